/* x86_64 numbers and bodies of the time calls (sysgate/time.h).
 *
 * Not obvious: nothing to convert. A 64-bit kernel's timespec, timeval and
 * itimerval are sysgate's own, so every call here is the plain system call;
 * only i386 needs the *_time64 twins and the 32-bit itimerval.
 */
#ifndef SYSGATE_ARCH_X86_64_TIME_H
#define SYSGATE_ARCH_X86_64_TIME_H

/* Inline helpers of this arch that need an external definition: none. */
#define SYSGATE_ARCH_TIME_HELPERS(E)

#endif
