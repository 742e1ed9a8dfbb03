/* sysgate/stdlib.h: exit(3), environ, getenv(3), abort(3).
 *
 * Not obvious: exit() runs the .fini_array functions (in reverse) before
 * _exit(); _exit() runs nothing. A program that did not start through sysgate's
 * _start has nothing of sysgate's to run.
 */
#ifndef SYSGATE_STDLIB_H
#define SYSGATE_STDLIB_H

#include "base.h"

_Noreturn void exit(int status) SG_SYMBOL(exit);

/* The environment the kernel passed: envp as main() sees it. */
extern char **environ SG_SYMBOL(environ);

/* The value of NAME=value in environ, or NULL. A pointer into environ itself:
 * not a copy, so it changes if the program edits environ[]. */
char *getenv(const char *name) SG_SYMBOL(getenv);

/* Ends the program with SIGABRT even if SIGABRT is blocked, ignored or caught by a
 * handler that returns; runs no .fini_array. */
_Noreturn void abort(void) SG_SYMBOL(abort);

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

#endif
