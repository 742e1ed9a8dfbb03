/* atexit(3), on_exit(3), and the exit(3) that runs them.
 *
 * Not obvious: how exit() learns of the handlers without costing a program that has none.
 * src/start.c's exit() is a weak alias of sysgate_exit_fini (the destructors, then _exit); this
 * file defines a strong exit(), which the linker prefers once this file is in the program (gABI
 * "Symbol Table": a global definition wins over a weak one), and that is only when the program
 * names atexit or on_exit. (the rest: docs/libc.md)
 *
 * At most 32 handlers (POSIX's ATEXIT_MAX minimum): one more fails with -1, without
 * the allocator glibc brings in for them.
 */
#include <sysgate/stdlib.h>

#include "lock.h"

#define ATEXIT_MAX 32

struct handler {
  void (*fn)(int status, void *arg); /* on_exit's; atexit's is called without arguments */
  void (*plain)(void);
  void *arg;
};

static struct handler handlers[ATEXIT_MAX];
static int count;
SG_LOCK_DEFINE(static, handlers_lock); /* threads register while others run */

_Noreturn void sysgate_exit_fini(int status);

int on_exit(void (*fn)(int status, void *arg), void *arg) {
  sg_lock_take(&handlers_lock);
  if (count == ATEXIT_MAX) {
    sg_lock_drop(&handlers_lock);
    return -1;
  }
  handlers[count++] = (struct handler){.fn = fn, .arg = arg};
  sg_lock_drop(&handlers_lock);
  return 0;
}

int atexit(void (*fn)(void)) {
  sg_lock_take(&handlers_lock);
  if (count == ATEXIT_MAX) {
    sg_lock_drop(&handlers_lock);
    return -1;
  }
  handlers[count++] = (struct handler){.plain = fn};
  sg_lock_drop(&handlers_lock);
  return 0;
}

/* Each handler is taken off under the lock and called without it, as glibc's
 * __run_exit_handlers: a handler may register another, which runs next. */
_Noreturn void exit(int status) {
  while (sg_lock_take(&handlers_lock), count > 0) {
    struct handler h = handlers[--count];
    sg_lock_drop(&handlers_lock);
    if (h.plain)
      h.plain();
    else
      h.fn(status, h.arg);
  }
  sg_lock_drop(&handlers_lock);
  sysgate_exit_fini(status);
}
