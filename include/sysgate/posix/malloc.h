/* <malloc.h>: malloc, free, calloc, realloc, reallocarray, memalign, valloc, pvalloc,
 * aligned_alloc, posix_memalign and malloc_usable_size (sysgate/malloc.h).
 *
 * Not obvious: glibc's <malloc.h> also has mallopt, mallinfo and the __malloc_hook
 * variables; sysgate has none of them, so a program that tunes glibc's allocator
 * through them does not build, rather than build and silently tune nothing.
 */
#ifndef SYSGATE_POSIX_MALLOC_H
#define SYSGATE_POSIX_MALLOC_H

#include <stddef.h>
#include <sysgate/malloc.h>

#endif
