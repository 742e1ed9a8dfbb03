/* <sys/mman.h>: mmap, munmap, mprotect, msync, madvise, mlock, memfd_create,
 * shm_open, shm_unlink... and the PROT_*, MAP_*, MADV_* values (sysgate/mman.h,
 * sysgate/mm.h).
 *
 * Not obvious: mmap fails with MAP_FAILED, (void *)-1, not NULL; on i386 an
 * address above 2 GiB looks negative and is still a success.
 */
#ifndef SYSGATE_POSIX_SYS_MMAN_H
#define SYSGATE_POSIX_SYS_MMAN_H

#include <sysgate/mman.h>

#include <sysgate/lfs64.h> /* the *64 names under _GNU_SOURCE */

#endif
