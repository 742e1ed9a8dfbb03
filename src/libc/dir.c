/* opendir(3), fdopendir(3), readdir(3), closedir(3), rewinddir(3), telldir(3),
 * seekdir(3), dirfd(3): directory streams over getdents64(2).
 *
 * Not obvious: a position in a directory is not a byte offset but the opaque d_off cookie the
 * kernel gives each record (ext4 hashes names into it); lseek(fd, d_off, SEEK_SET) resumes after
 * that record (getdents64(2)). So telldir is the d_off of the entry last returned, and seekdir an
 * lseek that drops the buffered records. (the rest: docs/libc.md)
 */
#include <sysgate/dirent.h>
#include <sysgate/errno.h>
#include <sysgate/fcntl.h>
#include <sysgate/fd.h>
#include <sysgate/malloc.h>
#include <sysgate/stat.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>

/* Enough records for a typical directory in one call (glibc reads 32 KiB too). */
#define DIR_BUFFER_SIZE 32768

struct sysgate_dir {
  int fd;
  size_t next, end; /* unread records are buf[next, end) */
  int64_t position; /* d_off of the entry last returned */
  struct dirent entry;
  char *buf;
};

DIR *fdopendir(int fd) {
  struct stat st;
  if (fstat(fd, &st) < 0)
    return NULL; /* EBADF */
  if (!S_ISDIR(st.st_mode)) {
    errno = ENOTDIR;
    return NULL;
  }
  DIR *dir = malloc(sizeof *dir);
  char *buf = malloc(DIR_BUFFER_SIZE);
  if (dir == NULL || buf == NULL) {
    free(dir);
    free(buf);
    return NULL;
  }
  dir->fd = fd;
  dir->next = dir->end = 0;
  dir->position = 0;
  dir->buf = buf;
  return dir;
}

DIR *opendir(const char *path) {
  int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return NULL;
  DIR *dir = fdopendir(fd);
  if (dir == NULL) {
    int saved = errno;
    close(fd);
    errno = saved;
  }
  return dir;
}

struct dirent *readdir(DIR *dir) {
  if (dir->next >= dir->end) {
    ssize_t got = getdents64(dir->fd, dir->buf, DIR_BUFFER_SIZE);
    if (got <= 0)
      return NULL; /* 0: the end, errno untouched; < 0: errno set */
    dir->next = 0;
    dir->end = (size_t)got;
  }
  const struct linux_dirent64 *rec = (const void *)(dir->buf + dir->next);
  dir->next += rec->d_reclen;
  struct dirent *e = &dir->entry;
  e->d_ino = rec->d_ino;
  e->d_off = rec->d_off;
  e->d_type = rec->d_type;
  size_t len = strnlen(rec->d_name, sizeof e->d_name - 1);
  memcpy(e->d_name, rec->d_name, len);
  e->d_name[len] = '\0';
  /* The record's own length, as glibc reports it: header, name, NUL, padding. */
  e->d_reclen = rec->d_reclen;
  dir->position = rec->d_off;
  return e;
}

int closedir(DIR *dir) {
  int fd = dir->fd;
  free(dir->buf);
  free(dir);
  return close(fd);
}

void seekdir(DIR *dir, long pos) {
  lseek(dir->fd, pos, SEEK_SET);
  dir->next = dir->end = 0;
  dir->position = pos;
}

void rewinddir(DIR *dir) {
  seekdir(dir, 0);
}

/* A cookie wider than a long (i386 only) comes back cut to its low bits. */
long telldir(DIR *dir) {
  return (long)dir->position;
}

int dirfd(DIR *dir) {
  return dir->fd;
}
