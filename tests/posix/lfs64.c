/* lfs64: the large-file names glibc declares under _GNU_SOURCE (off64_t,
 * open64, lseek64, pread64, pwrite64, ftruncate64, stat64, fstat64, lstat64,
 * statfs64, getrlimit64), on a sparse file past 4 GiB.
 *
 * Not obvious: with glibc on i386 these are other functions than the plain
 * ones (off_t is 32-bit there without _FILE_OFFSET_BITS=64); with sysgate they
 * are the plain calls. The file is sparse: no disk space for its 5 GiB.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

int main(void) {
  long r;
  printf("sizeof(off64_t) %zu\n", sizeof(off64_t));
  int fd = open64("big.dat", O_RDWR | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    perror("open64");
    return 1;
  }
  off64_t far = (off64_t)5 << 30;
  printf("ftruncate64 to 5 GiB: %d\n", ftruncate64(fd, far));
  printf("lseek64 end: %lld\n", (long long)lseek64(fd, 0, SEEK_END));
  printf("pwrite64: %zd\n", pwrite64(fd, "tail", 4, far - 4));
  char buf[5] = "";
  r = pread64(fd, buf, 4, far - 4);
  printf("pread64: %ld %s\n", r, buf);
  struct stat64 st;
  r = fstat64(fd, &st);
  printf("fstat64: %ld size %lld\n", r, (long long)st.st_size);
  r = stat64("big.dat", &st);
  printf("stat64: %ld size %lld\n", r, (long long)st.st_size);
  r = lstat64("big.dat", &st);
  printf("lstat64: %ld regular %d\n", r, S_ISREG(st.st_mode));
  struct statfs64 fs;
  r = fstatfs64(fd, &fs);
  printf("fstatfs64: %ld bsize>0 %d\n", r, fs.f_bsize > 0);
  struct rlimit64 rl;
  r = getrlimit64(RLIMIT_FSIZE, &rl);
  printf("getrlimit64(FSIZE): %ld unlimited %d\n", r, rl.rlim_cur == RLIM64_INFINITY);
  close(fd);
  unlink("big.dat");
  errno = 0;
  r = open64("no/such", O_RDONLY);
  printf("open64 missing: %ld %s\n", r, strerror(errno));
  return 0;
}
