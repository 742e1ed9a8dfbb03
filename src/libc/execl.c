/* execl(3), execle(3), execv(3): execve(2) with the arguments listed, or with environ.
 *
 * Not obvious: the list is copied into an array on the stack, counted first (its end
 * is a NULL pointer argument, which must be written (char *)NULL: a plain 0 is an int
 * and may be too narrow on x86_64). execle's environment is the argument after it.
 */
#include <stdarg.h>
#include <sysgate/stdlib.h>
#include <sysgate/unistd.h>
#include <sysgate/unistd_posix.h>

#include "exec_list.h"

int execv(const char *path, char *const argv[]) {
  return execve(path, argv, environ);
}

/* How many pointers follow arg in ap up to and without the NULL. */
static size_t count_rest(va_list ap) {
  size_t n = 0;
  while (va_arg(ap, const char *) != NULL)
    n++;
  return n;
}

int sysgate_exec_list(const char *target, const char *arg, va_list ap, int with_env,
                      int (*run)(const char *, char *const[], char *const[])) {
  va_list counting;
  va_copy(counting, ap);
  size_t n = arg == NULL ? 0 : 1 + count_rest(counting);
  va_end(counting);
  char *argv[n + 1];
  argv[0] = (char *)arg;
  for (size_t i = 1; i < n; i++)
    argv[i] = va_arg(ap, char *);
  argv[n] = NULL;
  if (n > 0)
    (void)va_arg(ap, char *); /* the NULL itself, when arg was not it */
  char *const *envp = with_env ? va_arg(ap, char *const *) : environ;
  return run(target, argv, envp);
}

int execl(const char *path, const char *arg, ...) {
  va_list ap;
  va_start(ap, arg);
  int r = sysgate_exec_list(path, arg, ap, 0, execve);
  va_end(ap);
  return r;
}

int execle(const char *path, const char *arg, ...) {
  va_list ap;
  va_start(ap, arg);
  int r = sysgate_exec_list(path, arg, ap, 1, execve);
  va_end(ap);
  return r;
}
