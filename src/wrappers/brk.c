/* sysgate/brk.h: brk(2) and sbrk(2), out of line.
 *
 * Not obvious: brk() and sbrk() share `current_break`, the break as the kernel
 * last reported it, so sbrk() needs one system call per change, not two. It is
 * only sysgate's record: a program that also moves the break through another
 * libc, or through sys_brk, leaves it stale (glibc's __curbrk has the same
 * limit).
 */
#include <sysgate/brk.h>

static uintptr_t current_break; /* 0: not asked yet */

/* Success is a break at or above the one asked for, as with glibc: a request
 * below the start of the heap is one the kernel ignores without saying so. */
int brk(void *addr) {
  current_break = (uintptr_t)sys_brk(addr);
  if (current_break < (uintptr_t)addr) {
    errno = ENOMEM;
    return -1;
  }
  return 0;
}

void *sbrk(intptr_t increment) {
  if (current_break == 0)
    brk(NULL); /* cannot fail: it only reads the break */
  uintptr_t old = current_break;
  if (increment == 0)
    return (void *)old;
  uintptr_t target = old + (uintptr_t)increment; /* unsigned: wraps instead of overflowing */
  if (increment > 0 ? target < old : target > old) {
    errno = ENOMEM; /* past either end of the address space */
    return (void *)-1;
  }
  if (brk((void *)target) != 0)
    return (void *)-1;
  return (void *)old;
}
