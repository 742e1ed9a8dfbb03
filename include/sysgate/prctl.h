/* sysgate/prctl.h: prctl(2) and a subset of its PR_* operations.
 *
 * Not obvious: prctl is variadic in glibc, and the kernel always reads four
 * arguments after the option; several operations (PR_SET_NO_NEW_PRIVS,
 * PR_GET_NO_NEW_PRIVS, ...) fail with EINVAL unless the unused ones are 0, so
 * a caller passes the zeros explicitly. Like glibc, prctl() reads four words
 * from its variable arguments whatever the option; sys_prctl takes all five.
 */
#ifndef SYSGATE_PRCTL_H
#define SYSGATE_PRCTL_H

#include "syscall.h"
#include "types.h"

/* include/uapi/linux/prctl.h */
#define PR_SET_PDEATHSIG 1
#define PR_GET_PDEATHSIG 2
#define PR_GET_DUMPABLE 3
#define PR_SET_DUMPABLE 4
#define PR_GET_KEEPCAPS 7
#define PR_SET_KEEPCAPS 8
#define PR_SET_NAME 15 /* up to 16 bytes with the NUL (TASK_COMM_LEN) */
#define PR_GET_NAME 16
#define PR_GET_SECCOMP 21
#define PR_CAPBSET_READ 23
#define PR_SET_TIMERSLACK 29
#define PR_GET_TIMERSLACK 30
#define PR_SET_CHILD_SUBREAPER 36
#define PR_GET_CHILD_SUBREAPER 37
#define PR_SET_NO_NEW_PRIVS 38
#define PR_GET_NO_NEW_PRIVS 39
#define PR_GET_TID_ADDRESS 40
#define PR_SET_PTRACER 0x59616d61
#define PR_SET_PTRACER_ANY ((unsigned long)-1)

SG_SYS(5, prctl, SYS_prctl, int, option, unsigned long, arg2, unsigned long, arg3, unsigned long,
       arg4, unsigned long, arg5)

int prctl(int option, ...) SG_SYMBOL(prctl);

#endif
