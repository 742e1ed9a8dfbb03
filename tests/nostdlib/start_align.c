/* start_align: the stack alignment sysgate's _start establishes, as seen from a
 * constructor, from main and from a destructor (x86_64 psABI 3.2.2, i386 psABI
 * 2.2.2: the stack is 16-byte aligned at every call).
 *
 * Two probes, each run from all three places:
 *  - a 16-byte aligned local, whose address must really be a multiple of 16;
 *  - a 16-byte SSE vector kept live across a call, which the compiler spills to
 *    an aligned stack slot with movaps: on a misaligned stack that instruction
 *    faults, and the test fails by SIGSEGV.
 * `start_align misalign` calls both probes with the stack deliberately off by 8,
 * to show that they do catch it: the first reports it, the second crashes.
 *
 * Not obvious: the compiler believes the ABI, so it folds `(uintptr_t)&x % 16 == 0`
 * for an _Alignas(16) local to "true" at compile time; the address is passed
 * through an empty asm to make it a value the compiler cannot know. And gcc
 * realigns main's own frame on i386, which hides a bad _start from main: that is
 * why the probes are separate functions, and also run from the constructor, which
 * sysgate_start_c calls directly.
 */
#include <stdint.h>
#include <sysgate.h>

#include "check.h"

typedef float v4 __attribute__((vector_size(16)));

/* Clobbers every vector register, so nothing vector-typed can stay in a register
 * across a call to it. Called through a volatile pointer, so that the compiler
 * cannot look inside either (gcc's -fipa-ra would otherwise keep values in the
 * registers it sees the callee leave alone). */
static void clobber_vector_registers(void) {
#if defined(__x86_64__)
  __asm__ volatile("" ::
                       : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8",
                         "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15", "memory");
#else
  __asm__ volatile("" ::: "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "memory");
#endif
}
static void (*volatile clobber)(void) = clobber_vector_registers;

/* Volatile, so the compiler cannot fold the vector to a constant or reload it
 * after the call: the value it read must itself survive the call. */
static volatile float seed[4] = {1.5f, 2.5f, 3.5f, 4.5f};

/* 1 when an _Alignas(16) local really is 16-byte aligned. */
__attribute__((noinline)) static int aligned_local_probe(void) {
  _Alignas(16) volatile unsigned char local[16];
  uintptr_t addr = (uintptr_t)local;
  __asm__("" : "+r"(addr)); /* from here on, addr is a run-time value */
  local[0] = 0;
  return addr % 16 == 0;
}

/* 1 when a vector spilled across a call comes back intact; a fault when the
 * stack is misaligned (movaps to a slot the compiler believed aligned). */
__attribute__((noinline)) static int sse_spill_probe(void) {
  v4 v = {seed[0], seed[1], seed[2], seed[3]};
  clobber();
  v = v * v; /* v must be in memory here: the call destroyed every xmm register */
  return v[0] == 2.25f && v[1] == 6.25f && v[2] == 12.25f && v[3] == 20.25f;
}

/* Calls probe(void) with the stack pointer 8 bytes off the 16-byte boundary the
 * ABI promises at a call; the canary for the probes above. */
static int call_misaligned(int (*probe)(void)) {
  int ret;
#if defined(__x86_64__)
  /* Below rsp lies the 128-byte red zone the compiler may be using: step over it,
   * then align down, then go 8 further, so rsp % 16 == 8 at the call. */
  __asm__ volatile("mov %%rsp, %%r12\n\t"
                   "sub $128, %%rsp\n\t"
                   "and $-16, %%rsp\n\t"
                   "sub $8, %%rsp\n\t"
                   "call *%[probe]\n\t"
                   "mov %%r12, %%rsp"
                   : "=a"(ret)
                   : [probe] "r"(probe)
                   : "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "xmm0", "xmm1",
                     "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10",
                     "xmm11", "xmm12", "xmm13", "xmm14", "xmm15", "memory", "cc");
#else
  __asm__ volatile("mov %%esp, %%esi\n\t"
                   "and $-16, %%esp\n\t"
                   "sub $8, %%esp\n\t"
                   "call *%[probe]\n\t"
                   "mov %%esi, %%esp"
                   : "=a"(ret)
                   : [probe] "r"(probe)
                   : "ecx", "edx", "esi", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6",
                     "xmm7", "memory", "cc");
#endif
  return ret;
}

/* Runs first, from sysgate_start_c, before main could have realigned anything. */
__attribute__((constructor)) static void align_constructor(void) {
  _Alignas(16) volatile unsigned char local[16];
  uintptr_t addr = (uintptr_t)local;
  __asm__("" : "+r"(addr));
  local[0] = 0;
  check(addr % 16 == 0, "constructor: its own 16-byte aligned local");
  check(aligned_local_probe(), "constructor: aligned local in a called function");
  check(sse_spill_probe(), "constructor: SSE value spilled across a call in a called function");
}

/* Runs from exit(), after main returned: main's status is already decided, so a
 * failure here ends the program itself with the failed check's number. */
__attribute__((destructor)) static void align_destructor(void) {
  check(aligned_local_probe(), "destructor: aligned local in a called function");
  check(sse_spill_probe(), "destructor: SSE value spilled across a call in a called function");
  if (check_status() != 0)
    _exit(check_status());
}

int main(int argc, char **argv) {
  if (argc == 2 && str_eq(argv[1], "misalign")) {
    /* The canary: the aligned-local probe must say "misaligned", and the spill
     * probe must crash, or these checks could not catch a bad _start. */
    if (call_misaligned(aligned_local_probe)) {
      put("canary: the aligned-local probe did not see the misalignment\n");
      return 100;
    }
    put("canary: the aligned-local probe saw the misalignment\n");
    call_misaligned(sse_spill_probe);
    put("canary: the SSE spill did not fault on a misaligned stack\n");
    return 101;
  }

  _Alignas(16) volatile unsigned char local[16];
  uintptr_t addr = (uintptr_t)local;
  __asm__("" : "+r"(addr));
  local[0] = 0;
  check(addr % 16 == 0, "main: its own 16-byte aligned local");
  check(aligned_local_probe(), "main: aligned local in a called function");
  check(sse_spill_probe(), "main: SSE value spilled across a call in a called function");
  return check_status();
}
