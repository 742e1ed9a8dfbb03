/* getenv(3) over the environ that _start set, and abort(3).
 *
 * Not obvious: abort() must not return even when the program caught SIGABRT
 * with a handler that returns, or ignores or blocks it. So it unblocks the
 * signal, raises it once for the program's handler, then puts back the default
 * action and raises it again; _exit(127) is for the impossible case that the
 * process survives even that.
 */
#include <sysgate/signal.h>
#include <sysgate/stdlib.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>

char *getenv(const char *name) {
  size_t len = strlen(name);
  if (environ == NULL || len == 0 || strchr(name, '=') != NULL)
    return NULL; /* no such variable can exist */
  for (char **e = environ; *e != NULL; e++)
    if (strncmp(*e, name, len) == 0 && (*e)[len] == '=')
      return *e + len + 1;
  return NULL;
}

void abort(void) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGABRT);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(SIGABRT); /* the program's handler, if any, runs here */

  struct sigaction dfl = {.sa_handler = SIG_DFL};
  sigaction(SIGABRT, &dfl, NULL);
  raise(SIGABRT); /* the default action: the process dies, with a core if allowed */
  _exit(127);
}
