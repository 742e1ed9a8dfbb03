/* Thread-specific data: values per thread, destructors at thread exit (with the value, not for
 * NULL), PTHREAD_DESTRUCTOR_ITERATIONS rounds for a destructor that stores again, and a
 * deleted key that reads NULL and refuses values; then pthread_sigmask and pthread_kill.
 *
 * Not obvious: the signal is blocked in the thread only, so after pthread_kill it must be
 * pending there (sigpending) and the process must still be alive.
 */
#include "../nostdlib/check.h"
#include <sysgate/pthread.h>

static pthread_key_t plain, sticky;
static int plain_calls, sticky_calls;
static void *plain_value;

static void plain_destructor(void *v) {
  plain_calls++;
  plain_value = v;
}

static void sticky_destructor(void *v) {
  sticky_calls++;
  pthread_setspecific(sticky, v); /* stores again: another round */
}

static void *uses_keys(void *arg) {
  int ok = pthread_getspecific(plain) == NULL; /* main's value is main's */
  pthread_setspecific(plain, arg);
  pthread_setspecific(sticky, arg);
  ok &= pthread_getspecific(plain) == arg;
  pthread_exit((void *)(long)ok);
}

static void *no_values(void *arg) {
  return arg;
}

static void *signal_target(void *arg) {
  sigset_t set, pending;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  pthread_sigmask(SIG_BLOCK, &set, NULL);
  __atomic_store_n((int *)arg, 1, __ATOMIC_RELEASE);
  while (__atomic_load_n((int *)arg, __ATOMIC_ACQUIRE) != 2)
    sched_yield();
  sigpending(&pending);
  return (void *)(long)sigismember(&pending, SIGUSR1);
}

int main(void) {
  int v;
  check(pthread_key_create(&plain, plain_destructor) == 0 &&
            pthread_key_create(&sticky, sticky_destructor) == 0 && plain != sticky,
        "two keys");
  check(pthread_getspecific(plain) == NULL, "a new key reads NULL");
  check(pthread_setspecific(plain, &v) == 0 && pthread_getspecific(plain) == &v, "main's value");
  pthread_t t;
  void *r = NULL;
  check(pthread_create(&t, NULL, uses_keys, &plain_calls) == 0 && pthread_join(t, &r) == 0 &&
            r == (void *)1L,
        "a thread's values are its own");
  check(plain_calls == 1 && plain_value == &plain_calls, "destructor ran once, with the value");
  check(sticky_calls == PTHREAD_DESTRUCTOR_ITERATIONS, "a re-storing destructor: 4 rounds");
  check(pthread_getspecific(plain) == &v, "main's value survives the thread's exit");
  plain_calls = 0;
  check(pthread_create(&t, NULL, no_values, NULL) == 0 && pthread_join(t, NULL) == 0 &&
            plain_calls == 0,
        "no destructor for a NULL value");
  check(pthread_key_delete(plain) == 0, "delete");
  check(pthread_key_delete(plain) == EINVAL, "delete again: EINVAL");
  check(pthread_setspecific(plain, &v) == EINVAL, "setspecific on a deleted key: EINVAL");
  pthread_key_t again;
  check(pthread_key_create(&again, NULL) == 0 && pthread_getspecific(again) == NULL,
        "a key made again reads NULL, not the old value");

  int state = 0;
  check(pthread_create(&t, NULL, signal_target, &state) == 0, "a thread that blocks SIGUSR1");
  while (__atomic_load_n(&state, __ATOMIC_ACQUIRE) != 1)
    sched_yield();
  check(pthread_kill(t, 0) == 0, "pthread_kill(t, 0): alive");
  check(pthread_kill(t, 999) == EINVAL, "pthread_kill with a bad signal: EINVAL");
  check(pthread_kill(t, SIGUSR1) == 0, "pthread_kill SIGUSR1");
  __atomic_store_n(&state, 2, __ATOMIC_RELEASE);
  check(pthread_join(t, &r) == 0 && r == (void *)1L, "pending in that thread, process alive");
  check(pthread_kill(t, 0) == ESRCH, "pthread_kill after join: ESRCH");
  sigset_t old;
  check(pthread_sigmask(SIG_BLOCK, NULL, &old) == 0 && !sigismember(&old, SIGUSR1),
        "main's mask untouched");
  check(pthread_sigmask(99, &old, NULL) == EINVAL, "pthread_sigmask bad how: EINVAL");
  return check_status();
}
