/* __thread variables with alignments 1, 4, 16 and 64, initialised (.tdata) and zeroed (.tbss),
 * checked in main and in two threads: values, alignment, and one copy per thread.
 *
 * Not obvious: the 64-aligned variable makes the template's p_align 64 while its size is not
 * a multiple of 64, the case where rounding the block offset to 8 put every variable off.
 */
#include "../nostdlib/check.h"
#include <sysgate/pthread.h>

/* External: a compiler may split a static array into scalars and drop its alignment. */
__thread char c1 = 'a';
__thread int i4 = 0x12345678;
__thread _Alignas(16) long long q16[2] = {0x1111, 0x2222};
__thread _Alignas(64) char l64[3] = {7, 8, 9};
__thread char z1;
__thread _Alignas(64) int z64[5];

static int aligned(const void *p, unsigned long a) {
  return ((unsigned long)p & (a - 1)) == 0;
}

/* Every value as initialised, every address aligned; then this thread's own values. */
static int check_thread(int who) {
  int bad = 0;
  bad |= c1 != 'a' || i4 != 0x12345678 || q16[0] != 0x1111 || q16[1] != 0x2222;
  bad |= l64[0] != 7 || l64[1] != 8 || l64[2] != 9 || z1 != 0;
  for (int i = 0; i < 5; i++)
    bad |= z64[i] != 0;
  bad |= !aligned(&i4, 4) || !aligned(q16, 16) || !aligned(l64, 64) || !aligned(z64, 64);
  c1 = (char)('b' + who), i4 = who, q16[1] = who, l64[2] = (char)who, z1 = (char)who;
  z64[4] = who;
  bad |= c1 != 'b' + who || i4 != who || q16[1] != who || l64[2] != who || z64[4] != who;
  return bad;
}

static void *thread(void *arg) {
  int who = (int)(long)arg;
  return (void *)(long)(check_thread(who) ? 1 : 0);
}

int main(void) {
  check(check_thread(0) == 0, "main: initial values and alignment (1, 4, 16, 64)");
  pthread_t a, b;
  void *ra = (void *)1, *rb = (void *)1;
  check(pthread_create(&a, NULL, thread, (void *)1L) == 0, "create thread 1");
  check(pthread_create(&b, NULL, thread, (void *)2L) == 0, "create thread 2");
  check(pthread_join(a, &ra) == 0 && pthread_join(b, &rb) == 0, "join both");
  check(ra == NULL, "thread 1: fresh copies, aligned, its own");
  check(rb == NULL, "thread 2: fresh copies, aligned, its own");
  check(c1 == 'b' && i4 == 0 && z64[4] == 0 && l64[2] == 0, "main's copies untouched");
  return check_status();
}
