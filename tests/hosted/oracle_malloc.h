/* The glibc side of test_malloc*.c: glibc's own allocator on the same input, with its
 * errno; what the kernel has mapped; and a child process whose death by a signal, and
 * what it wrote to stderr, the suite can look at. Built in oracle_malloc.c.
 *
 * Not obvious: glibc's malloc and sysgate's live side by side in the suite, each with
 * its own memory. A block from one must only be freed by the same one: glibc_free is
 * how the suite frees what glibc_malloc and friends returned.
 */
#ifndef SYSGATE_TEST_ORACLE_MALLOC_H
#define SYSGATE_TEST_ORACLE_MALLOC_H

#include "oracle_fd.h"

/* X(return type, name, (parameters..., int *err), (arguments)), as in oracle_fd.h. */
#define ORACLE_MALLOC_CALLS(X)                                                                     \
  X(void *, malloc, (size_t n, int *err), (n))                                                     \
  X(void *, calloc, (size_t nmemb, size_t size, int *err), (nmemb, size))                          \
  X(void *, realloc, (void *p, size_t n, int *err), (p, n))                                        \
  X(void *, reallocarray, (void *p, size_t nmemb, size_t size, int *err), (p, nmemb, size))        \
  X(void *, aligned_alloc, (size_t align, size_t n, int *err), (align, n))                         \
  X(void *, memalign, (size_t align, size_t n, int *err), (align, n))                              \
  X(int, posix_memalign, (void **p, size_t align, size_t n, int *err), (p, align, n))

ORACLE_MALLOC_CALLS(ORACLE_DECLARE)
void glibc_free(void *p);
size_t glibc_malloc_usable_size(void *p);

/* Bytes in anonymous mappings (no file, not [heap] or [stack]) per /proc/self/maps,
 * where sysgate's allocator keeps everything; 0 if maps cannot be read. */
unsigned long oracle_anon_mapped(void);

/* Runs fn(arg) in a child with stderr going to a pipe and core dumps off. Returns
 * the signal that ended the child, 0 if it exited, -1 if it could not run; msg gets
 * what it wrote to stderr (NUL-terminated, cut at len - 1). */
int oracle_child_signal(void (*fn)(void *), void *arg, char *msg, unsigned long len);

#endif
