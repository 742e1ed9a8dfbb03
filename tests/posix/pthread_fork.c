/* pthread_fork: <pthread.h>'s synchronisation without threads: a process-shared
 * mutex and condition variable in a shared mapping make a parent and a forked child
 * take turns, a process-shared barrier of 2 lets exactly one of them be its serial
 * thread, and the error numbers of pthread_mutex_lock(3p), trylock, timedlock,
 * pthread_condattr_setclock(3p) and pthread_barrier_init(3p) are printed by name.
 *
 * Not obvious: each side flushes stdout after printing, since both write to the same
 * file and the turns, not the buffers, must decide the order of the lines.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct shared {
  pthread_mutex_t m;
  pthread_cond_t c;
  pthread_barrier_t b;
  int turn, serial;
};

static int once_runs;
static void once_init(void) {
  once_runs++;
}

static void errors(void) {
  pthread_mutex_t m;
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
  pthread_mutex_init(&m, &a);
  pthread_mutex_lock(&m);
  printf("errorcheck relock: %s\n", strerror(pthread_mutex_lock(&m)));
  printf("errorcheck trylock: %s\n", strerror(pthread_mutex_trylock(&m)));
  pthread_mutex_unlock(&m);
  printf("errorcheck unlock again: %s\n", strerror(pthread_mutex_unlock(&m)));
  pthread_mutex_t n = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&n);
  struct timespec soon;
  clock_gettime(CLOCK_REALTIME, &soon);
  soon.tv_nsec += 10000000;
  if (soon.tv_nsec >= 1000000000) {
    soon.tv_sec++;
    soon.tv_nsec -= 1000000000;
  }
  printf("timedlock of a held mutex: %s\n", strerror(pthread_mutex_timedlock(&n, &soon)));
  printf("destroy of a held mutex: %s\n", strerror(pthread_mutex_destroy(&n)));
  pthread_condattr_t ca;
  pthread_condattr_init(&ca);
  printf("condattr_setclock(CPUTIME): %s\n",
         strerror(pthread_condattr_setclock(&ca, CLOCK_PROCESS_CPUTIME_ID)));
  pthread_barrier_t b;
  printf("barrier_init(0): %s\n", strerror(pthread_barrier_init(&b, NULL, 0)));
  pthread_spinlock_t s;
  pthread_spin_init(&s, PTHREAD_PROCESS_PRIVATE);
  pthread_spin_lock(&s);
  printf("spin_trylock of a held lock: %s\n", strerror(pthread_spin_trylock(&s)));
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, once_init);
  pthread_once(&once, once_init);
  printf("once ran %d time(s)\n", once_runs);
}

int main(void) {
  errors();
  struct shared *s =
      mmap(NULL, sizeof *s, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (s == MAP_FAILED) {
    perror("mmap");
    return 1;
  }
  pthread_mutexattr_t ma;
  pthread_mutexattr_init(&ma);
  pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
  pthread_condattr_t ca;
  pthread_condattr_init(&ca);
  pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED);
  pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
  pthread_barrierattr_t ba;
  pthread_barrierattr_init(&ba);
  pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED);
  if (pthread_mutex_init(&s->m, &ma) != 0 || pthread_cond_init(&s->c, &ca) != 0 ||
      pthread_barrier_init(&s->b, &ba, 2) != 0) {
    puts("init failed");
    return 1;
  }
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  int me = pid == 0; /* the parent moves even turns on, the child odd ones */
  pthread_mutex_lock(&s->m);
  while (s->turn < 10) {
    if (s->turn % 2 == me) {
      printf("%s: turn %d\n", me ? "child" : "parent", s->turn);
      fflush(stdout);
      s->turn++;
      pthread_cond_signal(&s->c);
    } else {
      pthread_cond_wait(&s->c, &s->m);
    }
  }
  pthread_mutex_unlock(&s->m);
  if (pthread_barrier_wait(&s->b) == PTHREAD_BARRIER_SERIAL_THREAD)
    __atomic_add_fetch(&s->serial, 1, __ATOMIC_SEQ_CST);
  if (pid == 0)
    return 0;
  int status;
  waitpid(pid, &status, 0);
  printf("child exited with %d; serial threads: %d\n", WEXITSTATUS(status), s->serial);
  return 0;
}
