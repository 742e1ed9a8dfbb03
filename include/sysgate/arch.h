/* sysgate/arch.h: the one place that picks the architecture's headers.
 *
 * SYSGATE_ARCH_<FAMILY>_H names arch/<arch>/<family>.h, the ABI of a family that
 * differs on this arch (FD: 64-bit offsets; STAT: struct stat; ...); it is defined
 * only where there is one, and the family header includes it by that name, so no
 * generic header ever tests the architecture itself.
 *
 * Not obvious: x32 (__x86_64__ with __ILP32__) has different numbers and is not
 * supported; the kernel of the target machines has no x32 either.
 */
#ifndef SYSGATE_ARCH_H
#define SYSGATE_ARCH_H

#if defined(__x86_64__) && !defined(__ILP32__)
#include "arch/x86_64/calls.h"
#include "arch/x86_64/nr.h"
#include "arch/x86_64/syscall.h"
#define SYSGATE_ARCH_NR_UAPI_H "sysgate/arch/x86_64/nr_uapi.h" /* for <sys/syscall.h> */
#define SYSGATE_ARCH_FCNTL_H "arch/x86_64/fcntl.h"
#define SYSGATE_ARCH_FD_H "arch/x86_64/fd.h"
#define SYSGATE_ARCH_STAT_H "arch/x86_64/stat.h"
#define SYSGATE_ARCH_STATFS_H "arch/x86_64/statfs.h"
#define SYSGATE_ARCH_SIGNAL_H "arch/x86_64/signal.h"
#define SYSGATE_ARCH_TIME_H "arch/x86_64/time.h"
#define SYSGATE_ARCH_EVENT_H "arch/x86_64/event.h"
#define SYSGATE_ARCH_SOCKET_H "arch/x86_64/socket.h"
#define SYSGATE_ARCH_IPC_H "arch/x86_64/ipc.h"
#define SYSGATE_ARCH_VDSO_H "arch/x86_64/vdso.h"
#define SYSGATE_ARCH_VDSO_TIME_H "arch/x86_64/vdso_time.h"
#define SYSGATE_ARCH_THREAD_H "sysgate/arch/x86_64/thread.h" /* threaded build: the TCB */
#define SYSGATE_ARCH_PTHREAD_H "arch/x86_64/pthread.h"
#define SYSGATE_ARCH_TIMESPEC_PAD
/* The one relocation a static PIE holds: base + addend (psABI 4.4.1, R_X86_64_RELATIVE). */
#define SYSGATE_ARCH_R_RELATIVE 8
#define SYSGATE_ARCH_RELOC_HAS_ADDEND 1
#elif defined(__i386__)
#include "arch/i386/calls.h"
#include "arch/i386/nr.h"
#include "arch/i386/split.h"
#include "arch/i386/syscall.h"
#define SYSGATE_ARCH_NR_UAPI_H "sysgate/arch/i386/nr_uapi.h" /* for <sys/syscall.h> */
#define SYSGATE_ARCH_FCNTL_H "arch/i386/fcntl.h"
#define SYSGATE_ARCH_FD_H "arch/i386/fd.h"
#define SYSGATE_ARCH_STAT_H "arch/i386/stat.h"
#define SYSGATE_ARCH_STATFS_H "arch/i386/statfs.h"
#define SYSGATE_ARCH_MMAN_H "arch/i386/mman.h"
#define SYSGATE_ARCH_SCHED_H "arch/i386/sched.h"
#define SYSGATE_ARCH_RESOURCE_H "arch/i386/resource.h"
#define SYSGATE_ARCH_WAIT_H "arch/i386/wait.h"
#define SYSGATE_ARCH_SIGNAL_H "arch/i386/signal.h"
#define SYSGATE_ARCH_TIME_H "arch/i386/time.h"
#define SYSGATE_ARCH_EVENT_H "arch/i386/event.h"
#define SYSGATE_ARCH_SOCKET_H "arch/i386/socket.h"
#define SYSGATE_ARCH_IPC_H "arch/i386/ipc.h"
#define SYSGATE_ARCH_VDSO_H "arch/i386/vdso.h"
#define SYSGATE_ARCH_VDSO_TIME_H "arch/i386/vdso_time.h"
#define SYSGATE_ARCH_THREAD_H "sysgate/arch/i386/thread.h" /* threaded build: the TCB */
#define SYSGATE_ARCH_PTHREAD_H "arch/i386/pthread.h"
/* tv_nsec is a 32-bit long; the kernel's 64-bit field has this upper half,
 * unnamed (as glibc's) so that `struct timespec ts = {1, 0};` stays complete. */
#define SYSGATE_ARCH_TIMESPEC_PAD int : 32;
/* i386 uses REL: the addend is the word already at the place (R_386_RELATIVE). */
#define SYSGATE_ARCH_R_RELATIVE 8
#define SYSGATE_ARCH_RELOC_HAS_ADDEND 0
#else
#error "sysgate supports x86_64 and i386 only"
#endif

#endif
