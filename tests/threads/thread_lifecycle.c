/* Thread start and end: 1000 create/join cycles with no leaked mapping (/proc/self/maps
 * lines before and after), results through join, detached threads, pthread_detach after
 * exit, EDEADLK and EINVAL from join, self and equal, a join that really waits.
 *
 * Not obvious: the waiting join is the FUTEX_WAIT_PRIVATE regression: the kernel wakes the
 * clear-tid word with a shared wake, so a private wait never returns and the test times out.
 */
#include "../nostdlib/check.h"
#include <sysgate/pthread.h>
#include <sysgate/time.h>

static int count_maps(void) {
  char buf[4096];
  int fd = open("/proc/self/maps", O_RDONLY), lines = 0;
  ssize_t n;
  if (fd < 0)
    return -1;
  while ((n = read(fd, buf, sizeof buf)) > 0)
    for (ssize_t i = 0; i < n; i++)
      lines += buf[i] == '\n';
  close(fd);
  return lines;
}

static void *plus_one(void *arg) {
  return (void *)((long)arg + 1);
}

static void *slow(void *arg) {
  struct timespec ts = {0, 50 * 1000 * 1000}; /* join must be waiting by then */
  nanosleep(&ts, NULL);
  return arg;
}

static int finished, release;
static void *detached(void *arg) {
  while (arg && !__atomic_load_n(&release, __ATOMIC_ACQUIRE))
    sched_yield(); /* the last one waits: joined while alive, never after its end */
  __atomic_fetch_add(&finished, 1, __ATOMIC_RELEASE);
  return NULL;
}

static pthread_t seen_self;
static void *report_self(void *arg) {
  (void)arg;
  seen_self = pthread_self();
  return NULL;
}

/* Where a thread's locals and errno live: on the caller's stack when it gave one. */
static char own_stack[1 << 16] __attribute__((aligned(16)));
static void *where_am_i(void *arg) {
  char local;
  errno = 77; /* its TLS block is on that stack too */
  int inside = &local > own_stack && &local < own_stack + sizeof own_stack;
  int errno_inside = (char *)&errno > own_stack && (char *)&errno < own_stack + sizeof own_stack;
  return (void *)(long)(inside && errno_inside && errno == 77 && arg == own_stack);
}

static void *exits_early(void *arg) {
  pthread_exit((void *)((long)arg * 2));
}

int main(void) {
  pthread_t t;
  void *r = NULL;
  check(pthread_create(&t, NULL, plus_one, (void *)41L) == 0 && pthread_join(t, &r) == 0 &&
            r == (void *)42L,
        "join returns the thread's result");
  int before = count_maps(), ok = 1;
  for (long i = 0; i < 1000 && ok; i++) {
    ok = pthread_create(&t, NULL, plus_one, (void *)i) == 0 && pthread_join(t, &r) == 0 &&
         r == (void *)(i + 1);
  }
  check(ok, "1000 create/join cycles, each result right");
  int after = count_maps();
  put("maps lines before ");
  put_long(before);
  put(", after ");
  put_long(after);
  put("\n");
  check(before > 0 && after == before, "no mapping leaked over 1000 cycles (stacks reused)");

  check(pthread_create(&t, NULL, slow, (void *)7L) == 0 && pthread_join(t, &r) == 0 &&
            r == (void *)7L,
        "join waits on the clear-tid word (shared futex) and wakes");
  check(pthread_create(&t, NULL, exits_early, (void *)21L) == 0 && pthread_join(t, &r) == 0 &&
            r == (void *)42L,
        "pthread_exit's value reaches join");

  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  int created = 0;
  for (int i = 0; i < 20; i++)
    created += pthread_create(&t, &attr, detached, i == 19 ? &release : NULL) == 0;
  check(pthread_join(t, NULL) == EINVAL, "join of a detached thread: EINVAL");
  __atomic_store_n(&release, 1, __ATOMIC_RELEASE);
  while (__atomic_load_n(&finished, __ATOMIC_ACQUIRE) < created)
    sched_yield();
  check(created == 20, "20 detached threads ran");
  pthread_attr_destroy(&attr);

  check(pthread_create(&t, NULL, plus_one, NULL) == 0, "a joinable thread");
  struct timespec ts = {0, 20 * 1000 * 1000};
  nanosleep(&ts, NULL);
  check(pthread_detach(t) == 0, "detach after it exited: 0");

  pthread_attr_init(&attr);
  check(pthread_attr_setstack(&attr, own_stack, sizeof own_stack) == 0 &&
            pthread_create(&t, &attr, where_am_i, own_stack) == 0 && pthread_join(t, &r) == 0 &&
            r == (void *)1L,
        "a thread on the caller's stack (pthread_attr_setstack), its TLS there too");
  pthread_attr_init(&attr);
  ok = 1;
  static const size_t guards[] = {0, 1, 8192};
  for (int i = 0; i < 3; i++) {
    pthread_attr_setguardsize(&attr, guards[i]);
    pthread_attr_setstacksize(&attr, 65536);
    ok &= pthread_create(&t, &attr, plus_one, (void *)1L) == 0 && pthread_join(t, &r) == 0 &&
          r == (void *)2L;
  }
  check(ok, "guard sizes 0, 1 (a page) and 8192 with a 64 KiB stack");
  check(pthread_join(pthread_self(), NULL) == EDEADLK, "join of oneself: EDEADLK");
  check(pthread_create(&t, NULL, report_self, NULL) == 0 && pthread_join(t, NULL) == 0 &&
            pthread_equal(seen_self, t) && !pthread_equal(t, pthread_self()),
        "pthread_self in the thread equals create's id");
  return check_status();
}
