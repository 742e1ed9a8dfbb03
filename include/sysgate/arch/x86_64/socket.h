/* x86_64 parts of the socket calls (sysgate/socket.h): every call is its own
 * system call, so a row expands to the two plain layers.
 *
 * Not obvious: SO_RCVTIMEO and SO_SNDTIMEO are the _OLD numbers here, because
 * x86_64's old timeval already has a 64-bit tv_sec (asm-generic/socket.h picks
 * _OLD whenever time_t is as wide as the kernel's long); i386 needs _NEW.
 */
#ifndef SYSGATE_ARCH_X86_64_SOCKET_H
#define SYSGATE_ARCH_X86_64_SOCKET_H

#define SO_RCVTIMEO SO_RCVTIMEO_OLD
#define SO_SNDTIMEO SO_SNDTIMEO_OLD

/* Inline helpers of this arch that need an external definition: none. */
#define SYSGATE_ARCH_SOCKET_HELPERS(E)

#endif
