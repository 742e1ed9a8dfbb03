/* The stack protector under sysgate's _start (-fstack-protector-all
 * -mstack-protector-guard=global): the guard is seeded from AT_RANDOM before
 * the program's first .preinit_array entry, and a smashed canary ends the
 * program with SIGABRT.
 *
 * Not obvious: `smash` overruns a char array, which the protector places
 * right below the canary (gcc's and clang's frame layout for -fstack-protector),
 * through a pointer an empty asm hands back, up to a length read from a
 * volatile. Writing through the array itself let gcc -O3 bound the loop by the
 * array's 8 bytes, since a store past them is undefined: the canary was never
 * reached. The canary check at the function's return is what must catch it.
 */
#include <sysgate.h>

extern uintptr_t __stack_chk_guard;

static void put(const char *s) {
  write(STDOUT_FILENO, s, strlen(s));
}

/* The length comes from a global: on i386 an argument lives above the frame,
 * and an overrun that rewrote it would run on past the canary into a crash.
 * 24 bytes reach the canary above the buffer, padding included. */
static volatile size_t smash_len = 8;

static __attribute__((noinline)) char smash(void) {
  char buf[8];
  /* p is buf's address, but the compiler cannot know it: no array bound to
   * trim the loop by, and stores through p that it must make, in order. */
  volatile char *p = buf;
  __asm__ volatile("" : "+r"(p) : : "memory");
  for (size_t i = 0; i < smash_len; i++)
    p[i] = 'x';
  return p[0];
}

/* The guard as the program's earliest code saw it: its own .preinit_array
 * entry, which runs before any of sysgate's, and a constructor. */
static uintptr_t guard_in_preinit, guard_in_ctor;
static void preinit(int argc, char **argv, char **envp) {
  (void)argc, (void)argv, (void)envp;
  guard_in_preinit = __stack_chk_guard;
}
__attribute__((section(".preinit_array"), used)) static void (*preinit_entry)(int, char **,
                                                                              char **) = preinit;
__attribute__((constructor)) static void ctor(void) {
  guard_in_ctor = __stack_chk_guard;
}

int main(int argc, char **argv) {
  if (argc == 2 && argv[1][0] == 's') {
    put("smashing\n");
    smash_len = 24;
    smash();
    put("survived\n"); /* not reached: the canary check aborts */
    return 1;
  }
  const unsigned char *random = (const unsigned char *)getauxval(AT_RANDOM);
  uintptr_t want = 0;
  for (size_t i = 1; i < sizeof want; i++)
    want |= (uintptr_t)random[i] << (8 * i);
  int fails = 0;
  if (__stack_chk_guard == 0) {
    put("FAIL guard is zero\n");
    fails++;
  }
  if ((__stack_chk_guard & 0xff) != 0) {
    put("FAIL guard's low byte is not zero\n");
    fails++;
  }
  if (__stack_chk_guard != want) {
    put("FAIL guard is not AT_RANDOM's bytes\n");
    fails++;
  }
  if (guard_in_preinit != __stack_chk_guard || guard_in_ctor != __stack_chk_guard) {
    put("FAIL guard changed after .preinit_array or a constructor ran\n");
    fails++;
  }
  smash(); /* within bounds: the check passes */
  if (!fails)
    put("ok guard seeded from AT_RANDOM, low byte zero, before .preinit_array\n");
  return fails;
}
