/* sysnum: system call names and numbers for x86_64 and i386, from sysgate's
 * generated tables. Itself a -nostdlib program built with sysgate.
 *
 *   sysnum write                 the number of write on each arch
 *   sysnum 4 --arch i386         the name of call 4 on i386 (default: this build's arch)
 *   sysnum --list [--arch A]     every number and name
 *
 * Not obvious: both arches' tables are in every build, so an x86_64 sysnum
 * answers for i386 too; the default arch is the one sysnum was compiled for.
 * Exit status: 0 found, 1 no such call, 2 usage error.
 */
#include <sysgate.h>

static void out(int fd, const char *s) {
  write(fd, s, strlen(s));
}

static void out_number(long v) {
  char digits[24];
  int n = 0;
  unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
  do
    digits[n++] = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  if (v < 0)
    out(STDOUT_FILENO, "-");
  while (n)
    write(STDOUT_FILENO, &digits[--n], 1);
}

/* A whole decimal number, or -1 when s is not one. */
static long parse_number(const char *s) {
  long v = 0;
  if (!*s)
    return -1;
  for (; *s; s++) {
    if (*s < '0' || *s > '9' || v > 100000000)
      return -1;
    v = v * 10 + (*s - '0');
  }
  return v;
}

static int same(const char *a, const char *b) {
  while (*a && *a == *b)
    a++, b++;
  return *a == *b;
}

static int usage(void) {
  out(STDERR_FILENO, "usage: sysnum NAME | sysnum NUMBER [--arch x86_64|i386] | "
                     "sysnum --list [--arch x86_64|i386]\n");
  return 2;
}

static void fail(const char *what, const char *detail, const char *arch) {
  out(STDERR_FILENO, "sysnum: no system call ");
  out(STDERR_FILENO, what);
  out(STDERR_FILENO, detail);
  if (arch) {
    out(STDERR_FILENO, " on ");
    out(STDERR_FILENO, arch);
  }
  out(STDERR_FILENO, "\n");
}

int main(int argc, char **argv) {
  enum sysgate_arch arch = SYSGATE_ARCH_NATIVE;
  const char *query = 0;
  int list = 0, arch_given = 0;
  for (int i = 1; i < argc; i++) {
    if (same(argv[i], "--list")) {
      list = 1;
    } else if (same(argv[i], "--arch") && i + 1 < argc) {
      const char *a = argv[++i];
      if (same(a, "x86_64"))
        arch = SYSGATE_ARCH_X86_64;
      else if (same(a, "i386"))
        arch = SYSGATE_ARCH_I386;
      else
        return usage();
      arch_given = 1;
    } else if (!query && argv[i][0] != '-') {
      query = argv[i];
    } else {
      return usage();
    }
  }
  if (list == !!query)
    return usage(); /* exactly one of --list and a query */

  if (list) {
    for (long nr = 0; nr <= sysgate_syscall_max(arch); nr++) {
      const char *name = sysgate_syscall_name(arch, nr);
      if (name) {
        out_number(nr);
        out(STDOUT_FILENO, " ");
        out(STDOUT_FILENO, name);
        out(STDOUT_FILENO, "\n");
      }
    }
    return 0;
  }

  long nr = parse_number(query);
  if (nr >= 0) { /* a number: its name */
    const char *name = sysgate_syscall_name(arch, nr);
    if (!name) {
      fail(query, "", sysgate_arch_name(arch));
      return 1;
    }
    out(STDOUT_FILENO, name);
    out(STDOUT_FILENO, "\n");
    return 0;
  }

  /* A name: its number on each arch (or on the one asked for); "-" where an
   * arch lacks it, and nothing at all when no arch has it. */
  long numbers[2];
  int found = 0;
  for (int a = SYSGATE_ARCH_X86_64; a <= SYSGATE_ARCH_I386; a++) {
    numbers[a] = sysgate_syscall_number((enum sysgate_arch)a, query);
    if (numbers[a] >= 0 && (!arch_given || (enum sysgate_arch)a == arch))
      found = 1;
  }
  if (!found) {
    fail("named ", query, arch_given ? sysgate_arch_name(arch) : 0);
    return 1;
  }
  for (int a = SYSGATE_ARCH_X86_64; a <= SYSGATE_ARCH_I386; a++) {
    if (arch_given && (enum sysgate_arch)a != arch)
      continue;
    out(STDOUT_FILENO, sysgate_arch_name((enum sysgate_arch)a));
    out(STDOUT_FILENO, " ");
    if (numbers[a] < 0)
      out(STDOUT_FILENO, "-");
    else
      out_number(numbers[a]);
    out(STDOUT_FILENO, "\n");
  }
  return 0;
}
