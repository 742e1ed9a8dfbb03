/* The glibc side of test_vdso.c, test_vdso_time*.c and test_syscall_entry.c
 * (oracle_vdso.c), also linked into tests/fuzz/dump_vdso: the auxiliary
 * vector, the vDSO's bytes and bounds, glibc's own lookup in it (dlvsym) and
 * glibc's time calls.
 *
 * Not obvious: glibc loads the vDSO as a shared object of its own
 * ("linux-vdso.so.1", i386 "linux-gate.so.1"), so dlvsym() on it is an
 * independent implementation of the same lookup to compare sysgate's with.
 */
#ifndef SYSGATE_TEST_ORACLE_VDSO_H
#define SYSGATE_TEST_ORACLE_VDSO_H

unsigned long oracle_getauxval(unsigned long type);
char **oracle_environ(void);
const char *oracle_getenv(const char *name);

/* The [vdso] mapping's bounds from /proc/self/maps; 0 when found. */
int oracle_vdso_range(unsigned long *start, unsigned long *end);

/* A malloc'd copy of the whole [vdso] mapping, read through /proc/self/mem;
 * its size in *size. NULL when there is no vDSO or it cannot be read. */
void *oracle_vdso_copy(unsigned long *size);
void oracle_vdso_free(void *copy);

/* glibc's address for name@version in the vDSO (dlvsym), or NULL. */
void *oracle_vdso_dlvsym(const char *name, const char *version);

/* glibc's calls (built with 64-bit time_t, so the structures are sysgate's);
 * err: glibc's errno after the call. */
int oracle_clock_gettime(int clock, void *ts, int *err);
int oracle_clock_getres(int clock, void *res, int *err);
int oracle_gettimeofday(void *tv, void *tz, int *err);
long long oracle_time(void);
int oracle_getcpu(unsigned int *cpu, unsigned int *node, int *err);

/* The CPUs this process may run on, as a bit mask of the first 64 (0 on
 * failure); oracle_pin_cpu restricts it to one CPU, oracle_set_cpus sets a mask. */
unsigned long long oracle_cpus(void);
int oracle_set_cpus(unsigned long long mask);

/* A clock id for another process's CPU time (clock_getcpuclockid). */
int oracle_process_clock(int pid, int *clock);

/* n bytes placed so that the byte after the last one is unmapped, and the page
 * before the first one too: any read past either end faults. */
void *oracle_fenced(const void *data, unsigned long n);
void oracle_unfence(void *p, unsigned long n);

#endif
