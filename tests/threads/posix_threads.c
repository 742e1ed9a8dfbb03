/* For check_sysgate_cc.sh: a POSIX program with threads, built unchanged with
 * `sysgate-cc -pthread` (<pthread.h>, <errno.h>, <stdio.h> are sysgate's drop-ins).
 *
 * Not obvious: each thread fails a call and reads errno after its sibling has failed
 * differently, which a shared errno could not survive.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static __thread int calls;

static void *worker(void *arg) {
  calls++;
  if (arg)
    close(-1); /* EBADF */
  else
    access("/nonexistent-sysgate", F_OK); /* ENOENT */
  return (void *)(long)errno;
}

int main(void) {
  pthread_t a, b;
  void *ra, *rb;
  if (pthread_create(&a, NULL, worker, &a) || pthread_create(&b, NULL, worker, NULL))
    return 1;
  pthread_join(a, &ra);
  pthread_join(b, &rb);
  printf("errno a %s, b %s, main's calls %d\n", ra == (void *)EBADF ? "EBADF" : "wrong",
         rb == (void *)ENOENT ? "ENOENT" : "wrong", calls);
  return 0;
}
