/* sysgate/ptrace.h: the variadic ptrace(2).
 *
 * Not obvious: the PEEK requests return the word read; the kernel stores it through
 * `data` instead (ptrace(2), "C library/kernel differences"), so errno must be
 * cleared to tell a word of -1 from an error, as with glibc.
 */
#include <stdarg.h>
#include <sysgate/ptrace.h>

long ptrace(int request, ...) {
  va_list ap;
  va_start(ap, request);
  pid_t pid = va_arg(ap, pid_t);
  void *addr = va_arg(ap, void *);
  void *data = va_arg(ap, void *);
  va_end(ap);
  if (request >= PTRACE_PEEKTEXT && request <= PTRACE_PEEKUSER) {
    long word;
    long r = sys_ptrace(request, pid, addr, &word);
    if (sysgate_is_error(r))
      return sysgate_ret(r);
    errno = 0;
    return word;
  }
  return sysgate_ret(sys_ptrace(request, pid, addr, data));
}
