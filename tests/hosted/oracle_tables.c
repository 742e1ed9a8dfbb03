/* glibc's side of the table suites (oracle_tables.h): SYS_* of <sys/syscall.h>,
 * the E* values of <errno.h>, strerrorname_np and syscall(). Includes glibc's
 * headers and never sysgate's.
 *
 * Not obvious: the E* names are listed here by hand (every one glibc's Linux
 * <errno.h> has, the second names EWOULDBLOCK, EDEADLOCK and glibc's own ENOTSUP
 * included) because a name cannot be turned into its value at run time; the
 * values are glibc's, so the test compares sysgate's list with them by name.
 */
#define _GNU_SOURCE
#include "oracle_tables.h"

#include <errno.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define ORACLE_ROW(name) {#name, SYS_##name},
const struct oracle_name_value oracle_glibc_sys[] = {
    ORACLE_SYSCALL_NAMES(ORACLE_ROW){0, 0},
};
#undef ORACLE_ROW

#define ORACLE_ERRNO_NAMES(X)                                                                      \
  X(EPERM)                                                                                         \
  X(ENOENT)                                                                                        \
  X(ESRCH)                                                                                         \
  X(EINTR)                                                                                         \
  X(EIO)                                                                                           \
  X(ENXIO)                                                                                         \
  X(E2BIG)                                                                                         \
  X(ENOEXEC)                                                                                       \
  X(EBADF)                                                                                         \
  X(ECHILD)                                                                                        \
  X(EAGAIN)                                                                                        \
  X(ENOMEM)                                                                                        \
  X(EACCES)                                                                                        \
  X(EFAULT)                                                                                        \
  X(ENOTBLK)                                                                                       \
  X(EBUSY)                                                                                         \
  X(EEXIST)                                                                                        \
  X(EXDEV)                                                                                         \
  X(ENODEV)                                                                                        \
  X(ENOTDIR)                                                                                       \
  X(EISDIR)                                                                                        \
  X(EINVAL)                                                                                        \
  X(ENFILE)                                                                                        \
  X(EMFILE)                                                                                        \
  X(ENOTTY)                                                                                        \
  X(ETXTBSY)                                                                                       \
  X(EFBIG)                                                                                         \
  X(ENOSPC)                                                                                        \
  X(ESPIPE)                                                                                        \
  X(EROFS)                                                                                         \
  X(EMLINK)                                                                                        \
  X(EPIPE)                                                                                         \
  X(EDOM)                                                                                          \
  X(ERANGE)                                                                                        \
  X(EDEADLK)                                                                                       \
  X(ENAMETOOLONG)                                                                                  \
  X(ENOLCK)                                                                                        \
  X(ENOSYS)                                                                                        \
  X(ENOTEMPTY)                                                                                     \
  X(ELOOP)                                                                                         \
  X(ENOMSG)                                                                                        \
  X(EIDRM)                                                                                         \
  X(ECHRNG)                                                                                        \
  X(EL2NSYNC)                                                                                      \
  X(EL3HLT)                                                                                        \
  X(EL3RST)                                                                                        \
  X(ELNRNG)                                                                                        \
  X(EUNATCH)                                                                                       \
  X(ENOCSI)                                                                                        \
  X(EL2HLT)                                                                                        \
  X(EBADE)                                                                                         \
  X(EBADR)                                                                                         \
  X(EXFULL)                                                                                        \
  X(ENOANO)                                                                                        \
  X(EBADRQC)                                                                                       \
  X(EBADSLT)                                                                                       \
  X(EBFONT)                                                                                        \
  X(ENOSTR)                                                                                        \
  X(ENODATA)                                                                                       \
  X(ETIME)                                                                                         \
  X(ENOSR)                                                                                         \
  X(ENONET)                                                                                        \
  X(ENOPKG)                                                                                        \
  X(EREMOTE)                                                                                       \
  X(ENOLINK)                                                                                       \
  X(EADV)                                                                                          \
  X(ESRMNT)                                                                                        \
  X(ECOMM)                                                                                         \
  X(EPROTO)                                                                                        \
  X(EMULTIHOP)                                                                                     \
  X(EDOTDOT)                                                                                       \
  X(EBADMSG)                                                                                       \
  X(EOVERFLOW)                                                                                     \
  X(ENOTUNIQ)                                                                                      \
  X(EBADFD)                                                                                        \
  X(EREMCHG)                                                                                       \
  X(ELIBACC)                                                                                       \
  X(ELIBBAD)                                                                                       \
  X(ELIBSCN)                                                                                       \
  X(ELIBMAX)                                                                                       \
  X(ELIBEXEC)                                                                                      \
  X(EILSEQ)                                                                                        \
  X(ERESTART)                                                                                      \
  X(ESTRPIPE)                                                                                      \
  X(EUSERS)                                                                                        \
  X(ENOTSOCK)                                                                                      \
  X(EDESTADDRREQ)                                                                                  \
  X(EMSGSIZE)                                                                                      \
  X(EPROTOTYPE)                                                                                    \
  X(ENOPROTOOPT)                                                                                   \
  X(EPROTONOSUPPORT)                                                                               \
  X(ESOCKTNOSUPPORT)                                                                               \
  X(EOPNOTSUPP)                                                                                    \
  X(EPFNOSUPPORT)                                                                                  \
  X(EAFNOSUPPORT)                                                                                  \
  X(EADDRINUSE)                                                                                    \
  X(EADDRNOTAVAIL)                                                                                 \
  X(ENETDOWN)                                                                                      \
  X(ENETUNREACH)                                                                                   \
  X(ENETRESET)                                                                                     \
  X(ECONNABORTED)                                                                                  \
  X(ECONNRESET)                                                                                    \
  X(ENOBUFS)                                                                                       \
  X(EISCONN)                                                                                       \
  X(ENOTCONN)                                                                                      \
  X(ESHUTDOWN)                                                                                     \
  X(ETOOMANYREFS)                                                                                  \
  X(ETIMEDOUT)                                                                                     \
  X(ECONNREFUSED)                                                                                  \
  X(EHOSTDOWN)                                                                                     \
  X(EHOSTUNREACH)                                                                                  \
  X(EALREADY)                                                                                      \
  X(EINPROGRESS)                                                                                   \
  X(ESTALE)                                                                                        \
  X(EUCLEAN)                                                                                       \
  X(ENOTNAM)                                                                                       \
  X(ENAVAIL)                                                                                       \
  X(EISNAM)                                                                                        \
  X(EREMOTEIO)                                                                                     \
  X(EDQUOT)                                                                                        \
  X(ENOMEDIUM)                                                                                     \
  X(EMEDIUMTYPE)                                                                                   \
  X(ECANCELED)                                                                                     \
  X(ENOKEY)                                                                                        \
  X(EKEYEXPIRED)                                                                                   \
  X(EKEYREVOKED)                                                                                   \
  X(EKEYREJECTED)                                                                                  \
  X(EOWNERDEAD)                                                                                    \
  X(ENOTRECOVERABLE)                                                                               \
  X(ERFKILL)                                                                                       \
  X(EHWPOISON)                                                                                     \
  X(EWOULDBLOCK)                                                                                   \
  X(EDEADLOCK)                                                                                     \
  X(ENOTSUP)

#define ORACLE_ROW(name) {#name, name},
const struct oracle_name_value oracle_errno_values[] = {
    ORACLE_ERRNO_NAMES(ORACLE_ROW){0, 0},
};
#undef ORACLE_ROW

const char *oracle_strerrorname(int errnum) {
  return strerrorname_np(errnum);
}

long oracle_syscall(long number, const long args[6], int *err) {
  errno = 0;
  long r = syscall(number, args[0], args[1], args[2], args[3], args[4], args[5]);
  *err = errno;
  return r;
}

void oracle_call_syscall(void *call) {
  const struct oracle_syscall_call *c = call;
  syscall(c->number, c->args[0], c->args[1], c->args[2], c->args[3], c->args[4], c->args[5]);
}
