/* getrandom's vDSO state in the threaded build: each thread has its own, and a thread that
 * ends gives it back (pthread_exit calls sg_getrandom_thread_exit), so 50 threads made one
 * after another take at most two states between them.
 *
 * Not obvious: where there is no __vdso_getrandom (i386, kernels before 6.11, valgrind) there
 * are no states at all; the program says so and exits 77, which ctest counts as skipped.
 */
#include "../nostdlib/check.h"
#include <sysgate/pthread.h>
#include <sysgate/vdso_getrandom.h>

static void *draw(void *arg) {
  unsigned char b[16];
  if (getrandom(b, sizeof b, 0) != (ssize_t)sizeof b)
    return NULL;
  *(void **)arg = sysgate_vdso_getrandom_state();
  return arg;
}

int main(void) {
  if (!sysgate_vdso_getrandom_params()) {
    put("SKIPPED: no __vdso_getrandom here\n");
    return 77;
  }
  void *mine = NULL;
  check(draw(&mine) == &mine && mine != NULL, "main's state");
  void *seen[50];
  int distinct = 0, ok = 1;
  for (int i = 0; i < 50; i++) {
    void *s = NULL, *r = NULL;
    pthread_t t;
    ok &= pthread_create(&t, NULL, draw, &s) == 0 && pthread_join(t, &r) == 0 && r == &s;
    ok &= s != NULL && s != mine;
    int j = 0;
    while (j < distinct && seen[j] != s)
      j++;
    if (j == distinct)
      seen[distinct++] = s;
  }
  check(ok, "50 threads each drew through a state of their own");
  check(distinct <= 2, "ended threads gave their states back (at most 2 distinct)");
  return check_status();
}
