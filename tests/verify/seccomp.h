/* seccomp.h: the classic-BPF filters the verification programs install
 * (seccomp(2), "SECCOMP_SET_MODE_FILTER"), built without libc or kernel headers.
 *
 * Not obvious: under ptrace the kernel reports a call's entry to the tracer
 * before the filter runs (kernel/entry/common.c, syscall_trace_enter), so strace
 * still sees every argument of a call the filter then refuses. That is what lets
 * the strace oracle call kill(), munmap() or setuid() with made-up values: the
 * filter answers them all with an errno, and none is ever carried out.
 */
#ifndef SYSGATE_VERIFY_SECCOMP_H
#define SYSGATE_VERIFY_SECCOMP_H

#include <sysgate.h>

struct verify_bpf {
  unsigned short code;
  unsigned char jt, jf;
  unsigned int k;
};

#define VERIFY_BPF_LD_ABS 0x20u /* BPF_LD | BPF_W | BPF_ABS */
#define VERIFY_BPF_JEQ 0x15u    /* BPF_JMP | BPF_JEQ | BPF_K */
#define VERIFY_BPF_RET 0x06u    /* BPF_RET | BPF_K */
#define VERIFY_SECCOMP_ALLOW 0x7fff0000u
#define VERIFY_SECCOMP_ERRNO 0x00050000u
#define VERIFY_SECCOMP_KILL 0x80000000u /* SECCOMP_RET_KILL_PROCESS */
/* struct seccomp_data: nr, arch, instruction_pointer, args[6] (64-bit each). */
#define VERIFY_OFF_NR 0
#define VERIFY_OFF_ARCH 4
#define VERIFY_OFF_ARG_LO(i) (16 + 8 * (i))
#define VERIFY_OFF_ARG_HI(i) (20 + 8 * (i))
#if defined(__i386__)
#define VERIFY_AUDIT_ARCH 0x40000003u /* AUDIT_ARCH_I386 */
#else
#define VERIFY_AUDIT_ARCH 0xc000003eu /* AUDIT_ARCH_X86_64 */
#endif

#define VERIFY_MAX_FILTER 64

struct verify_filter {
  unsigned short len;
  struct verify_bpf insn[VERIFY_MAX_FILTER];
};

static inline void verify_bpf(struct verify_filter *f, unsigned short code, unsigned char jt,
                              unsigned char jf, unsigned int k) {
  if (f->len < VERIFY_MAX_FILTER)
    f->insn[f->len++] = (struct verify_bpf){code, jt, jf, k};
}

/* The start of every filter: another arch's call numbers mean other calls. */
static inline void verify_filter_begin(struct verify_filter *f) {
  f->len = 0;
  verify_bpf(f, VERIFY_BPF_LD_ABS, 0, 0, VERIFY_OFF_ARCH);
  verify_bpf(f, VERIFY_BPF_JEQ, 1, 0, VERIFY_AUDIT_ARCH);
  verify_bpf(f, VERIFY_BPF_RET, 0, 0, VERIFY_SECCOMP_KILL);
  verify_bpf(f, VERIFY_BPF_LD_ABS, 0, 0, VERIFY_OFF_NR);
}

/* With the number loaded: `nr` gets `ret`. */
static inline void verify_filter_nr(struct verify_filter *f, long nr, unsigned int ret) {
  verify_bpf(f, VERIFY_BPF_JEQ, 0, 1, (unsigned int)nr);
  verify_bpf(f, VERIFY_BPF_RET, 0, 0, ret);
}

/* With the number loaded: write(1, ...) is let through, the program's own output. */
static inline void verify_filter_stdout(struct verify_filter *f) {
  verify_bpf(f, VERIFY_BPF_JEQ, 0, 5, (unsigned int)SYS_write);
  verify_bpf(f, VERIFY_BPF_LD_ABS, 0, 0, VERIFY_OFF_ARG_LO(0));
  verify_bpf(f, VERIFY_BPF_JEQ, 0, 3, 1);
  verify_bpf(f, VERIFY_BPF_LD_ABS, 0, 0, VERIFY_OFF_ARG_HI(0));
  verify_bpf(f, VERIFY_BPF_JEQ, 0, 1, 0);
  verify_bpf(f, VERIFY_BPF_RET, 0, 0, VERIFY_SECCOMP_ALLOW);
  verify_bpf(f, VERIFY_BPF_LD_ABS, 0, 0, VERIFY_OFF_NR); /* the number again, for what follows */
}

/* Installs f for this process and its future children: 0, or -errno. No new
 * privileges first, which an unprivileged filter requires. */
static inline long verify_filter_install(const struct verify_filter *f) {
  struct {
    unsigned short len;
    const struct verify_bpf *filter;
  } prog = {f->len, f->insn};
  long r = syscall5(SYS_prctl, 38 /* PR_SET_NO_NEW_PRIVS */, 1, 0, 0, 0);
  if (r < 0)
    return r;
  return syscall3(SYS_prctl, 22 /* PR_SET_SECCOMP */, 2 /* SECCOMP_MODE_FILTER */, (long)&prog);
}

#endif
