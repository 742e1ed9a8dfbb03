/* sem_open(3), sem_close(3), sem_unlink(3): named semaphores, each a file
 * /dev/shm/sem.NAME holding one sem_t, mapped MAP_SHARED by every process that
 * opens it (glibc's layout, so sysgate and glibc programs share them).
 *
 * Not obvious (glibc's design, sysdeps/pthread/sem_open.c): a new semaphore is written whole into a
 * file under a temporary name and then link(2)ed to its real name, so no other process can open it
 * half made; when link says EEXIST and O_EXCL was not asked for, someone else created it first and
 * it is opened instead. One process opening a name twice gets the same address back (POSIX), so the
 * mappings are kept in a list by device and inode, counted, and unmapped by the last sem_close.
 */
#include <stdarg.h>
#include <sysgate/errno.h>
#include <sysgate/fcntl.h>
#include <sysgate/malloc.h>
#include <sysgate/misc.h>
#include <sysgate/mman.h>
#include <sysgate/path.h>
#include <sysgate/semaphore.h>
#include <sysgate/stat.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>

enum { NAME_MAX_BYTES = 255 };
#define SHM_DIR "/dev/shm/sem."

struct mapped {
  struct mapped *next;
  dev_t dev;
  ino_t ino;
  sem_t *sem;
  int refs;
};
static struct mapped *mapped_list;

/* path = "/dev/shm/sem." + name without its leading slashes: 0, or EINVAL for an
 * empty name, one with '/' or one longer than NAME_MAX (glibc 2.36's
 * __shm_get_name; a name of 252 to 255 bytes gets ENAMETOOLONG from the kernel,
 * "sem." making it too long). */
static int shm_path(const char *name, char path[sizeof SHM_DIR + NAME_MAX_BYTES]) {
  while (*name == '/')
    name++;
  size_t len = strnlen(name, NAME_MAX_BYTES + 1);
  if (len == 0 || len > NAME_MAX_BYTES || memchr(name, '/', len) != NULL)
    return EINVAL;
  memcpy(path, SHM_DIR, sizeof SHM_DIR - 1);
  memcpy(path + sizeof SHM_DIR - 1, name, len + 1);
  return 0;
}

/* The semaphore in fd mapped, or the mapping this process already has of it. */
static sem_t *map(int fd) {
  struct stat st;
  if (fstat(fd, &st) != 0)
    return SEM_FAILED;
  for (struct mapped *m = mapped_list; m != NULL; m = m->next)
    if (m->dev == st.st_dev && m->ino == st.st_ino) {
      m->refs++;
      return m->sem;
    }
  struct mapped *m = malloc(sizeof *m);
  if (m == NULL)
    return SEM_FAILED;
  void *addr = mmap(NULL, sizeof(sem_t), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  if (addr == MAP_FAILED) {
    free(m);
    return SEM_FAILED;
  }
  *m = (struct mapped){
      .next = mapped_list, .dev = st.st_dev, .ino = st.st_ino, .sem = addr, .refs = 1};
  mapped_list = m;
  return addr;
}

static sem_t *open_existing(const char *path, int oflag) {
  int fd = open(path, (oflag & ~(O_CREAT | O_EXCL | O_ACCMODE)) | O_RDWR | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0)
    return SEM_FAILED;
  sem_t *sem = map(fd);
  int saved = errno;
  close(fd);
  errno = saved;
  return sem;
}

/* A new file "/dev/shm/sem.XXXXXX" (random letters) holding an initialised sem_t. */
static int create_temporary(char tmp[sizeof SHM_DIR + 6], mode_t mode, unsigned int value) {
  static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (int attempt = 0; attempt < 100; attempt++) {
    unsigned char bytes[6];
    if (getrandom(bytes, sizeof bytes, GRND_NONBLOCK) != (ssize_t)sizeof bytes)
      return -1;
    memcpy(tmp, SHM_DIR, sizeof SHM_DIR - 1);
    for (int i = 0; i < 6; i++)
      tmp[sizeof SHM_DIR - 1 + i] = letters[bytes[i] % (sizeof letters - 1)];
    tmp[sizeof SHM_DIR + 5] = '\0';
    int fd = open(tmp, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0 && errno == EEXIST)
      continue;
    if (fd < 0)
      return -1;
    sem_t initial = {0};
    sem_init(&initial, 1, value);
    if (write(fd, &initial, sizeof initial) == (ssize_t)sizeof initial)
      return fd;
    int saved = errno;
    close(fd);
    unlink(tmp);
    errno = saved;
    return -1;
  }
  errno = EEXIST;
  return -1;
}

sem_t *sem_open(const char *name, int oflag, ...) {
  char path[sizeof SHM_DIR + NAME_MAX_BYTES];
  if (shm_path(name, path) != 0) {
    errno = EINVAL;
    return SEM_FAILED;
  }
  if (!(oflag & O_CREAT))
    return open_existing(path, oflag);
  va_list ap;
  va_start(ap, oflag);
  mode_t mode = va_arg(ap, mode_t);
  unsigned int value = va_arg(ap, unsigned int);
  va_end(ap);
  if (value > SEM_VALUE_MAX) {
    errno = EINVAL;
    return SEM_FAILED;
  }
  for (;;) {
    if (!(oflag & O_EXCL)) {
      sem_t *sem = open_existing(path, oflag);
      if (sem != SEM_FAILED || errno != ENOENT)
        return sem;
    }
    char tmp[sizeof SHM_DIR + 6];
    int fd = create_temporary(tmp, mode, value);
    if (fd < 0)
      return SEM_FAILED;
    sem_t *sem = SEM_FAILED;
    int linked = link(tmp, path) == 0;
    int saved = errno;
    if (linked)
      sem = map(fd);
    saved = linked ? errno : saved;
    close(fd);
    unlink(tmp);
    errno = saved;
    if (linked || saved != EEXIST || (oflag & O_EXCL))
      return sem; /* a mapping failure leaves the name, as glibc does */
  }
}

int sem_close(sem_t *sem) {
  for (struct mapped **at = &mapped_list; *at != NULL; at = &(*at)->next) {
    struct mapped *m = *at;
    if (m->sem != sem)
      continue;
    if (--m->refs == 0) {
      *at = m->next;
      munmap(m->sem, sizeof(sem_t));
      free(m);
    }
    return 0;
  }
  errno = EINVAL;
  return -1;
}

int sem_unlink(const char *name) {
  char path[sizeof SHM_DIR + NAME_MAX_BYTES];
  if (shm_path(name, path) != 0) {
    errno = ENOENT; /* glibc's sem_unlink: no such name */
    return -1;
  }
  int r = unlink(path);
  if (r != 0 && errno == EPERM)
    errno = EACCES; /* as glibc's sem_unlink reports it */
  return r;
}
