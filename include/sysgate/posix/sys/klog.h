/* <sys/klog.h>: klogctl, the kernel log (sysgate/admin.h). */
#ifndef SYSGATE_POSIX_SYS_KLOG_H
#define SYSGATE_POSIX_SYS_KLOG_H

#include <sysgate/admin.h>

#endif
