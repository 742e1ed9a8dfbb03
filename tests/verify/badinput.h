/* badinput.h: the glibc side of the bad-input harness (badinput_glibc.c), in
 * plain C types so that badinput.c, which includes sysgate's headers and never
 * glibc's, can call it.
 *
 * Not obvious: every call runs in a child of its own, with no privileges (as
 * root: uid/gid 65534) and a timer, so a call that succeeds does nothing to the
 * test or the machine (a hostname, the clock), and one that blocks (a NULL
 * timeout means forever) ends by SIGALRM rather than hanging the suite.
 */
#ifndef SYSGATE_VERIFY_BADINPUT_H
#define SYSGATE_VERIFY_BADINPUT_H

struct badinput_result {
  long ret;
  int err;    /* errno after the call */
  int signal; /* what killed the child, or 0 */
  int status; /* the child's exit status: 0, or a harness failure */
};

/* Runs fn[i](v) for i < n, each in an unprivileged child of its own, all at once,
 * with a timer of `ms` milliseconds. errp[i]: sysgate's errno (&sysgate_errno), or
 * 0 for glibc's. 0, or -1 if a child could not be made. */
#define BADINPUT_MAX_RUN 3
int badinput_run(int n, long (*const *fn)(const long long *v), int *const *errp, const long long *v,
                 int ms, struct badinput_result *out);

/* Maps and opens everything the cases use, the unmapped gap last, so that no later
 * mapping can land in the gap. Call first. 0, or -1. */
int badinput_setup(void);

/* An address no mapping covers (mapped, then unmapped). */
void *badinput_unmapped(void);
/* A descriptor open on /dev/null for reading and writing; one that is closed. */
int badinput_open_fd(void);
int badinput_closed_fd(void);
/* A zeroed, writable buffer of BADINPUT_BUF bytes per argument position. */
#define BADINPUT_BUF 65536
void *badinput_buffer(int position);

/* Nonzero under ASan, whose glibc interceptors check pointers themselves. */
int badinput_sanitized(void);

#endif
