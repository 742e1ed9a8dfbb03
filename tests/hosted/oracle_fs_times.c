/* glibc's side of test_stat_times.c (oracle_fs_times.h), with 64-bit time_t on i386. */
#define _GNU_SOURCE
#define _TIME_BITS 64
#define _FILE_OFFSET_BITS 64
#include "oracle_fs_times.h"

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/time.h>

/* glibc's timevals from the pairs, or NULL. */
static struct timeval *to_tv(struct timeval out[2], const struct oracle_tv2 *tv) {
  if (!tv)
    return NULL;
  for (int i = 0; i < 2; i++) {
    out[i].tv_sec = tv->sec[i];
    out[i].tv_usec = tv->usec[i];
  }
  return out;
}

#define CALL(err, call)                                                                            \
  do {                                                                                             \
    struct timeval t[2];                                                                           \
    struct timeval *p = to_tv(t, tv);                                                              \
    errno = 0;                                                                                     \
    int r = (call);                                                                                \
    *(err) = errno;                                                                                \
    return r;                                                                                      \
  } while (0)

int oracle_utimes(const char *path, const struct oracle_tv2 *tv, int *err) {
  CALL(err, utimes(path, p));
}
int oracle_lutimes(const char *path, const struct oracle_tv2 *tv, int *err) {
  CALL(err, lutimes(path, p));
}
int oracle_futimes(int fd, const struct oracle_tv2 *tv, int *err) {
  CALL(err, futimes(fd, p));
}
int oracle_futimesat(int dirfd, const char *path, const struct oracle_tv2 *tv, int *err) {
  CALL(err, futimesat(dirfd, path, p));
}

int oracle_file_times_ns(const char *path, long long *atime_ns, long long *mtime_ns) {
  struct stat st;
  if (lstat(path, &st) != 0)
    return -1;
  *atime_ns = st.st_atim.tv_sec * 1000000000LL + st.st_atim.tv_nsec;
  *mtime_ns = st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
  return 0;
}
