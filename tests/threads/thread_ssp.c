/* -fstack-protector-all with the compilers' default guard, read from the thread block
 * (%fs:0x28, %gs:0x14): seeded at startup, the same in every thread, and a smashed canary in
 * a thread ends the program with the message and SIGABRT (`smash`).
 *
 * Not obvious: every function here is protected, thread entry included, so a thread whose
 * block lacked the guard would fail its first return, not just the smash.
 */
#include "../nostdlib/check.h"
#include <sysgate/pthread.h>
#include SYSGATE_ARCH_THREAD_H

static uintptr_t guard_here(void) {
  const struct sg_tcb_head *tcb = sg_arch_thread_pointer();
  return tcb->stack_guard;
}

/* How many bytes fill writes into its 16: a global, read at every step, so that an overrun
 * cannot rewrite its own bound (an argument lives above the frame) and the compiler cannot
 * trim the loop; 32 reach the canary above the buffer, padding included. */
static volatile size_t fill_len = 8;

static __attribute__((noinline)) int fill(void) {
  char buf[16];
  volatile char *p = buf;
  __asm__ volatile("" : "+r"(p) : : "memory");
  for (size_t i = 0; i < fill_len; i++)
    p[i] = 'x';
  return p[0];
}

static void *thread(void *arg) {
  int smash = (int)(long)arg;
  if (smash) {
    put("smashing in a thread\n");
    fill_len = 32;
    return (void *)(long)fill();
  }
  return (void *)(guard_here() + (uintptr_t)fill() - 'x');
}

int main(int argc, char **argv) {
  pthread_t t;
  void *r = NULL;
  if (argc > 1 && str_eq(argv[1], "smash")) {
    pthread_create(&t, NULL, thread, (void *)1L);
    pthread_join(t, NULL);
    return 0; /* not reached: the thread's check aborts the process */
  }
  check(guard_here() != 0 && (guard_here() & 0xff) == 0, "guard seeded, low byte 0");
  check(fill() == 'x', "a protected function returns in main");
  check(pthread_create(&t, NULL, thread, NULL) == 0 && pthread_join(t, &r) == 0,
        "a protected thread entry runs and returns");
  check((uintptr_t)r == guard_here(), "the thread's guard is main's");
  return check_status();
}
