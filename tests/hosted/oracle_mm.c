/* glibc-side helpers of the memory suites (oracle_mm.h). This file includes
 * glibc's headers and never sysgate's.
 *
 * Not obvious: oracle_vma reads smaps with read(2) into a static buffer, not
 * stdio: test_brk.c calls it while sysgate holds a break glibc's malloc does not
 * know about, and a malloc then (stdio allocates its buffers) could move it.
 */
#define _GNU_SOURCE
#include "oracle_mm.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

ORACLE_MM_CALLS(ORACLE_DEFINE)

const struct oracle_constant oracle_mm_constants[] = {ORACLE_MM_CONSTANTS(ORACLE_CONSTANT)};
const size_t oracle_mm_constant_count = sizeof oracle_mm_constants / sizeof oracle_mm_constants[0];

static char smaps[1 << 20];

/* The number after the line "name" in [from, to), a smaps entry's lines. */
static unsigned long field_kb(const char *from, const char *to, const char *name) {
  size_t n = strlen(name);
  for (const char *p = from; p && p < to; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
    if (strncmp(p, name, n) == 0)
      return strtoul(p + n, NULL, 10);
  return 0;
}

int oracle_vma(const void *addr, struct oracle_vma *out) {
  int fd = open("/proc/self/smaps", O_RDONLY);
  if (fd < 0)
    return -1;
  size_t len = 0;
  ssize_t n;
  while (len < sizeof smaps - 1 && (n = read(fd, smaps + len, sizeof smaps - 1 - len)) > 0)
    len += (size_t)n;
  close(fd);
  smaps[len] = '\0';
  unsigned long a = (unsigned long)addr;
  /* An entry starts with "start-end perms ..." at the beginning of a line. */
  for (char *line = smaps; line && *line;
       line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
    unsigned long s, e;
    char perms[5];
    if (sscanf(line, "%lx-%lx %4s", &s, &e, perms) != 3 || a < s || a >= e)
      continue;
    char *next = strstr(line, "VmFlags:");
    if (!next)
      return -1;
    char *flags_end = strchr(next, '\n');
    out->start = s;
    out->end = e;
    memcpy(out->perms, perms, 5);
    out->rss_kb = field_kb(line, next, "Rss:");
    out->locked_kb = field_kb(line, next, "Locked:");
    out->dirty_kb = field_kb(line, next, "Shared_Dirty:") + field_kb(line, next, "Private_Dirty:");
    size_t flen = flags_end ? (size_t)(flags_end - next) - 8 : strlen(next) - 8;
    if (flen >= sizeof out->flags)
      flen = sizeof out->flags - 1;
    memcpy(out->flags, next + 8, flen);
    out->flags[flen] = '\0';
    return 0;
  }
  return 1;
}

int oracle_vma_has_flag(const struct oracle_vma *vma, const char *flag) {
  size_t n = strlen(flag);
  for (const char *p = vma->flags; (p = strstr(p, flag)) != NULL; p += n)
    if ((p == vma->flags || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
      return 1;
  return 0;
}

void *oracle_kernel_brk(void) {
  return (void *)syscall(SYS_brk, 0);
}
