/* i386 sizes of the pthread synchronisation types (sysgate/pthread_sync.h).
 *
 * Not obvious: these are glibc's sizes (sysdeps/x86/nptl/bits/pthreadtypes-arch.h,
 * __SIZEOF_PTHREAD_*), so a structure that embeds a lock has glibc's layout; the
 * contents are sysgate's own.
 */
#ifndef SYSGATE_ARCH_I386_PTHREAD_H
#define SYSGATE_ARCH_I386_PTHREAD_H

#define SYSGATE_SIZEOF_PTHREAD_MUTEX 24
#define SYSGATE_SIZEOF_PTHREAD_RWLOCK 32
#define SYSGATE_SIZEOF_PTHREAD_BARRIER 20

#endif
