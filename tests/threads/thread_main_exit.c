/* How a threaded process ends: pthread_exit in main leaves the process to its last thread,
 * which ends it with status 0 (as glibc's); exit() in a thread ends every thread at once.
 *
 * Not obvious: the check is the output and the status: after main's pthread_exit, only the
 * other thread can still print, and its exit status must be 0 (`last`) or 3 (`exit`).
 */
#include "../nostdlib/check.h"
#include <sysgate/pthread.h>
#include <sysgate/time.h>

static void *outlives_main(void *arg) {
  struct timespec ts = {0, 30 * 1000 * 1000}; /* main is gone by then */
  nanosleep(&ts, NULL);
  put("thread: still running after main's pthread_exit\n");
  if (arg)
    exit(3);
  return NULL;
}

static void *sleeper(void *arg) {
  while (!arg) /* given NULL: until exit() ends the process */
    pause();
  return arg;
}

int main(int argc, char **argv) {
  pthread_t t;
  int with_exit = argc > 1 && str_eq(argv[1], "exit");
  if (with_exit)
    pthread_create(&t, NULL, sleeper, NULL); /* exit() must end it too */
  if (pthread_create(&t, NULL, outlives_main, with_exit ? &t : NULL) != 0)
    return 1;
  put("main: pthread_exit\n");
  pthread_exit(NULL);
}
