/* sysgate/sendfile.h: sendfile(2), glibc's <sys/sendfile.h>.
 *
 * Not obvious: the offset pointer must point at a 64-bit off_t on both arches,
 * so i386 uses sendfile64 (its plain sendfile reads a 32-bit off_t); the arch
 * header names the number. With a NULL offset the input descriptor's own file
 * offset is used and advanced; with one, it is left alone and *offset advances.
 */
#ifndef SYSGATE_SENDFILE_H
#define SYSGATE_SENDFILE_H

#include "syscall.h"
#include "types.h"
#include SYSGATE_ARCH_FD_H

#include "calls/sendfile.h"

#endif
