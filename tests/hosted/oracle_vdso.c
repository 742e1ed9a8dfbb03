/* glibc's side of the vDSO suites and the corpus dumper (oracle_vdso.h).
 * glibc's headers only.
 *
 * Not obvious: the vDSO is read through /proc/self/mem, not by copying from
 * its address, because the kernel maps data pages (vvar) right before it that
 * may fault when read; /proc/self/mem reads exactly the range asked for. Its
 * offset is an address, beyond 2 GiB on i386: hence _FILE_OFFSET_BITS=64.
 */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64
#include "oracle_vdso.h"
#include "oracle_call.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

unsigned long oracle_getauxval(unsigned long type) {
  return getauxval(type);
}

char **oracle_environ(void) {
  return environ;
}

const char *oracle_getenv(const char *name) {
  return getenv(name);
}

int oracle_vdso_range(unsigned long *start, unsigned long *end) {
  FILE *f = fopen("/proc/self/maps", "r");
  char line[512];
  int found = -1;
  while (f && found != 0 && fgets(line, sizeof line, f))
    if (strstr(line, "[vdso]") && sscanf(line, "%lx-%lx", start, end) == 2)
      found = 0;
  if (f)
    fclose(f);
  return found;
}

void *oracle_vdso_copy(unsigned long *size) {
  unsigned long start, end;
  if (oracle_vdso_range(&start, &end) != 0)
    return NULL;
  int fd = open("/proc/self/mem", O_RDONLY);
  char *buf = malloc(end - start);
  if (fd < 0 || !buf || pread(fd, buf, end - start, (off_t)start) != (ssize_t)(end - start)) {
    free(buf);
    buf = NULL;
  }
  if (fd >= 0)
    close(fd);
  *size = end - start;
  return buf;
}

void oracle_vdso_free(void *copy) {
  free(copy);
}

void *oracle_vdso_dlvsym(const char *name, const char *version) {
  void *h = dlopen("linux-vdso.so.1", RTLD_LAZY | RTLD_NOLOAD);
  if (!h)
    h = dlopen("linux-gate.so.1", RTLD_LAZY | RTLD_NOLOAD);
  if (!h)
    return NULL;
  void *p = dlvsym(h, name, version);
  dlclose(h);
  return p;
}

int oracle_clock_gettime(int clock, void *ts, int *err) {
  ORACLE_RETURN(int, err, clock_gettime(clock, ts));
}

int oracle_clock_getres(int clock, void *res, int *err) {
  ORACLE_RETURN(int, err, clock_getres(clock, res));
}

int oracle_gettimeofday(void *tv, void *tz, int *err) {
  ORACLE_RETURN(int, err, gettimeofday(tv, tz));
}

long long oracle_time(void) {
  return (long long)time(NULL);
}

int oracle_getcpu(unsigned int *cpu, unsigned int *node, int *err) {
  ORACLE_RETURN(int, err, getcpu(cpu, node));
}

unsigned long long oracle_cpus(void) {
  cpu_set_t set;
  unsigned long long mask = 0;
  if (sched_getaffinity(0, sizeof set, &set) != 0)
    return 0;
  for (int i = 0; i < 64; i++)
    if (CPU_ISSET(i, &set))
      mask |= 1ull << i;
  return mask;
}

int oracle_set_cpus(unsigned long long mask) {
  cpu_set_t set;
  CPU_ZERO(&set);
  for (int i = 0; i < 64; i++)
    if (mask >> i & 1)
      CPU_SET(i, &set);
  return sched_setaffinity(0, sizeof set, &set);
}

int oracle_process_clock(int pid, int *clock) {
  clockid_t c;
  int r = clock_getcpuclockid(pid, &c);
  *clock = c;
  return r;
}

void *oracle_fenced(const void *data, unsigned long n) {
  long page = sysconf(_SC_PAGESIZE);
  unsigned long pages = (n + page - 1) / page;
  char *base = mmap(NULL, (pages + 2) * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (base == MAP_FAILED)
    return NULL;
  if (pages && mprotect(base + page, pages * page, PROT_READ | PROT_WRITE) != 0)
    return NULL;
  char *p = base + page + pages * page - n;
  memcpy(p, data, n);
  return p;
}

void oracle_unfence(void *p, unsigned long n) {
  long page = sysconf(_SC_PAGESIZE);
  unsigned long pages = (n + page - 1) / page;
  char *base = (char *)p + n - pages * page - page;
  munmap(base, (pages + 2) * page);
}
