/* sysgate/stdlib.h: exit(3), environ.
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

#endif
