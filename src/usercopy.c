/* The checked copies of sysgate/usercopy.h: the kernel touches the caller's
 * range first, then the copy is an ordinary one.
 *
 * Not obvious: a page is readable or writable as a whole, and no x86 page is smaller than 4096
 * bytes, so words 4096 bytes apart and the range's last word meet every page of it. Two calls touch
 * a word each and change nothing else: getcpu(2) stores to both of its pointers, EFAULT if either
 * store fails (kernel/sys.c); rt_sigprocmask(2) reads its new set before it looks at `how`, and an
 * unknown `how` is EINVAL with the mask unchanged (kernel/signal.c). (the rest: docs/runtime.md)
 */
#include <stdint.h>
#include <sysgate/errno.h>
#include <sysgate/syscall.h>
#include <sysgate/usercopy.h>

#define SG_PAGE_MIN 4096 /* x86's smallest page (arch/x86/include/asm/page_types.h) */
#define SG_HOW_NONE (-1) /* no SIG_BLOCK, SIG_UNBLOCK or SIG_SETMASK */
#define SG_SIGSETSIZE 8  /* _NSIG / 8: the only size rt_sigprocmask takes */

/* 0: the kernel could write the word at a and the word at b; -EFAULT; 1: it would not say. */
static long touch_write(char *a, char *b) {
  long r = syscall3(SYS_getcpu, (long)a, (long)b, 0);
  return r == 0 ? 0 : r == -EFAULT ? -EFAULT : 1;
}

/* The same for reads of SG_SIGSETSIZE bytes; b only when it is on another page. */
static long touch_read(const char *a, const char *b) {
  long r = syscall4(SYS_rt_sigprocmask, SG_HOW_NONE, (long)a, 0, SG_SIGSETSIZE);
  if (r == -EINVAL &&
      (uintptr_t)a / SG_PAGE_MIN != ((uintptr_t)b + SG_SIGSETSIZE - 1) / SG_PAGE_MIN)
    r = syscall4(SYS_rt_sigprocmask, SG_HOW_NONE, (long)b, 0, SG_SIGSETSIZE);
  return r == -EINVAL ? 0 : r == -EFAULT ? -EFAULT : 1;
}

/* Touches [p, p + n) with words of w bytes at offsets 0, 4096, 8192 ... and at
 * the last word, two to a call: 0, -EFAULT or 1. */
static long touch(char *p, size_t n, size_t w, int write) {
  /* Both calls read NULL as "not wanted" and touch nothing: answered here,
   * as the kernel answers for page 0 (never mapped: mmap_min_addr). */
  if (p == NULL)
    return -EFAULT;
  size_t last = n - w;
  for (size_t off = 0;; off += 2 * SG_PAGE_MIN) {
    size_t a = off < last ? off : last;
    size_t b = last - a > SG_PAGE_MIN ? a + SG_PAGE_MIN : last;
    long r = write ? touch_write(p + a, p + b) : touch_read(p + a, p + b);
    if (r != 0 || b == last)
      return r;
  }
}

/* getcpu stores an unsigned int, rt_sigprocmask reads a sigset: a range smaller
 * than that is not touched (0). */
long sysgate_check_out(void *p, size_t n) {
  return n >= sizeof(unsigned) && touch(p, n, sizeof(unsigned), 1) < 0 ? -EFAULT : 0;
}

long sysgate_check_in(const void *p, size_t n) {
  return n >= SG_SIGSETSIZE && touch((char *)(uintptr_t)p, n, SG_SIGSETSIZE, 0) < 0 ? -EFAULT : 0;
}

long sysgate_copy_out(void *to, const void *from, size_t n) {
  if (sysgate_check_out(to, n) != 0)
    return -EFAULT;
  __builtin_memcpy(to, from, n);
  return 0;
}

long sysgate_copy_in(void *to, const void *from, size_t n) {
  if (sysgate_check_in(from, n) != 0)
    return -EFAULT;
  __builtin_memcpy(to, from, n);
  return 0;
}
