/* sysgate/malloc.h: malloc(3), free(3), calloc(3), realloc(3), reallocarray(3),
 * aligned_alloc(3), posix_memalign(3), memalign(3), valloc(3), pvalloc(3) and
 * malloc_usable_size(3); sysgate/stdlib.h includes it. The allocator is src/libc/malloc.c.
 *
 * Not obvious: realloc(p, 0) frees p and returns NULL, as glibc's does (malloc(3),
 * "If size is equal to zero, and ptr is not NULL, then the call is equivalent to
 * free(ptr)"); C23 makes that call undefined, so portable code should not rely on it.
 * Every pointer returned is 16-byte aligned on both arches (glibc's MALLOC_ALIGNMENT,
 * which is 16 on i386 too), and malloc(0) returns a unique pointer, not NULL.
 */
#ifndef SYSGATE_MALLOC_H
#define SYSGATE_MALLOC_H

#include "base.h"
#include <stddef.h>

/* What the compiler may assume of a fresh block: it aliases nothing, and holds the
 * bytes the size argument(s) say (for -Wstringop-overflow and __builtin_object_size). */
#define SG_ALLOC(...) __attribute__((__malloc__, __alloc_size__(__VA_ARGS__)))

/* size bytes, uninitialized; NULL with errno ENOMEM when there is no memory. */
void *malloc(size_t size) SG_SYMBOL(malloc) SG_ALLOC(1);
/* Releases a block from any function here; free(NULL) does nothing. A pointer that
 * is not a live block's aborts with "free(): invalid pointer" or "free(): double free
 * detected" on stderr where the allocator can tell cheaply. */
void free(void *ptr) SG_SYMBOL(free);
/* nmemb * size zeroed bytes; NULL with ENOMEM when the product overflows. */
void *calloc(size_t nmemb, size_t size) SG_SYMBOL(calloc) SG_ALLOC(1, 2);
/* The block resized, contents kept up to the smaller size; it may move. NULL with
 * ENOMEM leaves ptr as it was. realloc(NULL, n) is malloc(n); realloc(p, 0) is free(p)
 * and returns NULL. */
void *realloc(void *ptr, size_t size) SG_SYMBOL(realloc) __attribute__((__alloc_size__(2)));
/* realloc(ptr, nmemb * size), except that an overflowing product is ENOMEM and ptr is
 * left alone (OpenBSD's, in glibc since 2.26). */
void *reallocarray(void *ptr, size_t nmemb, size_t size) SG_SYMBOL(reallocarray)
    __attribute__((__alloc_size__(2, 3)));

/* size bytes at a multiple of alignment, which must be a power of two: anything else is
 * NULL with EINVAL (C17 7.22.3.1: an unsupported alignment fails; Debian 12's glibc 2.36
 * rounds it up instead, as memalign does). free() releases it. */
void *aligned_alloc(size_t alignment, size_t size) SG_SYMBOL(aligned_alloc) SG_ALLOC(2)
    __attribute__((__alloc_align__(1)));
/* POSIX's form: 0 and *memptr set, or the error number returned (EINVAL: alignment
 * not a power of two multiple of sizeof(void *); ENOMEM) with *memptr and errno
 * untouched. */
int posix_memalign(void **memptr, size_t alignment, size_t size) SG_SYMBOL(posix_memalign);
/* glibc's older form: an alignment that is not a power of two is rounded up to one;
 * above SIZE_MAX / 2 + 1 it is EINVAL. */
void *memalign(size_t alignment, size_t size) SG_SYMBOL(memalign) SG_ALLOC(2)
    __attribute__((__alloc_align__(1)));
/* memalign(4096, size), and the same with size rounded up to whole pages. */
void *valloc(size_t size) SG_SYMBOL(valloc) SG_ALLOC(1);
void *pvalloc(size_t size) SG_SYMBOL(pvalloc) SG_ALLOC(1);

/* How many bytes of the block at ptr the program may use: at least what it asked for.
 * 0 for NULL. */
size_t malloc_usable_size(void *ptr) SG_SYMBOL(malloc_usable_size);

#endif
