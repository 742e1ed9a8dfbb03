/* External definitions of the POSIX message queue calls (sysgate/mqueue.h),
 * and the libc layers that check the name or the notification first.
 *
 * Not obvious: mq_unlink reports EPERM as EACCES, as glibc does (mq_unlink.c):
 * the kernel's unlink path can answer either, and POSIX names only EACCES.
 * mq_open reads mode and attr only with O_CREAT, like open's mode.
 */
#include <stdarg.h>
#include <sysgate/mqueue.h>

mqd_t mq_open(const char *name, int flags, ...) {
  if (name && name[0] != '/') /* NULL goes on to the kernel's EFAULT */
    return (mqd_t)sysgate_ret(-EINVAL);
  mode_t mode = 0;
  struct mq_attr *attr = 0;
  if (flags & O_CREAT) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, mode_t);
    attr = va_arg(ap, struct mq_attr *);
    va_end(ap);
  }
  return (mqd_t)sysgate_ret(sys_mq_open(name ? name + 1 : name, flags, mode, attr));
}

int mq_unlink(const char *name) {
  if (name && name[0] != '/')
    return (int)sysgate_ret(-EINVAL);
  long ret = sys_mq_unlink(name ? name + 1 : name);
  return (int)sysgate_ret(ret == -EPERM ? -EACCES : ret);
}

int mq_notify(mqd_t mqd, const struct sigevent *sev) {
  if (sev && sev->sigev_notify == SIGEV_THREAD)
    return (int)sysgate_ret(-ENOSYS);
  return (int)sysgate_ret(sys_mq_notify(mqd, sev));
}
