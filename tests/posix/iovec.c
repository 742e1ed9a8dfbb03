/* iovec: scatter/gather I/O with writev(2) and readv(2), and the positioned
 * preadv(2)/pwritev(2), on a file in the working directory.
 *
 * Not obvious: readv fills the buffers in order, each completely before the
 * next; the last one gets what is left, and a short read leaves the rest alone.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

int main(void) {
  long r;
  int fd = open("iov.dat", O_RDWR | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    perror("iov.dat");
    return 1;
  }
  char h[] = "header:", b[] = "the body of it;", t[] = "trailer\n";
  struct iovec out[] = {{h, strlen(h)}, {b, strlen(b)}, {t, strlen(t)}};
  printf("writev: %zd\n", writev(fd, out, 3));

  char a1[5], a2[10], a3[40];
  memset(a3, 0, sizeof a3);
  struct iovec in[] = {{a1, sizeof a1}, {a2, sizeof a2}, {a3, sizeof a3 - 1}};
  lseek(fd, 0, SEEK_SET);
  ssize_t n = readv(fd, in, 3);
  printf("readv: %zd: [%.5s] [%.10s] [%s]", n, a1, a2, a3);

  char x[] = "XXXX";
  struct iovec px[] = {{x, 2}, {x + 2, 2}};
  printf("pwritev at 7: %zd\n", pwritev(fd, px, 2, 7));
  char p1[4], p2[8];
  struct iovec pin[] = {{p1, sizeof p1}, {p2, sizeof p2}};
  r = preadv(fd, pin, 2, 5);
  printf("preadv at 5: %ld: [%.4s] [%.8s]\n", r, p1, p2);
  printf("offset still %lld\n", (long long)lseek(fd, 0, SEEK_CUR));

  fflush(stdout);
  char l1[] = "to stdout ", l2[] = "in two pieces\n";
  struct iovec so[] = {{l1, strlen(l1)}, {l2, strlen(l2)}};
  n = writev(1, so, 2);
  printf("writev(stdout): %zd\n", n);

  errno = 0;
  r = readv(-1, in, 1);
  printf("bad fd: %ld %s\n", r, strerror(errno));
  errno = 0;
  r = readv(fd, in, 0);
  printf("zero count: %ld %s\n", r, strerror(errno));
  errno = 0;
  r = preadv(fd, pin, 2, -1);
  printf("negative offset: %ld %s\n", r, strerror(errno));
  close(fd);
  return 0;
}
