/* sysgate/usercopy.h: copies between a caller's memory and a wrapper's own
 * local, checked by the kernel first, so that a bad pointer fails with EFAULT, as
 * the system call itself would, instead of faulting in sysgate's code.
 *
 * Where the kernel's struct is not sysgate's (sigaction's; i386: statx behind
 * stat, the 32-bit itimerval and rusage, select's timeval) or must not be written (the
 * const timeout of ppoll and pselect), the kernel works on a local and the
 * wrapper converts; these carry the caller's side of that conversion.
 *
 * Not obvious: the kernel is asked to touch the caller's range first, with calls that store or load
 * a word there and change nothing else (getcpu, rt_sigprocmask with no valid `how`:
 * src/usercopy.c); then the copy is a plain one, about 0.1-0.2 us more than the conversion alone. A
 * kernel or sandbox that refuses those calls (ENOSYS, EPERM from seccomp) gets the plain copy only,
 * and a bad pointer then faults in sysgate, as in glibc. (the rest: docs/calls.md)
 */
#ifndef SYSGATE_USERCOPY_H
#define SYSGATE_USERCOPY_H

#include <stddef.h>

/* Copies n bytes from the local `from` to the caller's `to`: 0, or -EFAULT when
 * the kernel cannot write all of `to` (then nothing is promised about it). A
 * range under 4 bytes is copied untouched: getcpu's word would not fit. */
long sysgate_copy_out(void *to, const void *from, size_t n);

/* Copies n bytes from the caller's `from` to the local `to`: 0, or -EFAULT when
 * the kernel cannot read all of `from`. A range under 8 bytes (the sigset
 * rt_sigprocmask reads) is copied untouched. */
long sysgate_copy_in(void *to, const void *from, size_t n);

/* The checks alone, for a wrapper that then reads or writes the caller's
 * struct field by field: 0, or -EFAULT when the kernel cannot write (check_out)
 * or read (check_in) all of [p, p + n). */
long sysgate_check_out(void *p, size_t n);
long sysgate_check_in(const void *p, size_t n);

#endif
