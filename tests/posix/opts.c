/* opts: a small tool's start-up, as people write it for glibc: getopt_long(3) with
 * permuted operands, err(3)/warnx(3) for reports, basename(3)/dirname(3) from
 * <libgen.h>, realpath(3), mkstemp(3), setenv(3), system(3), sysconf(3), and
 * assert(3) when asked to fail one. A POSIX program, unchanged for glibc and sysgate.
 *
 * Not obvious: <libgen.h>'s basename may write into its argument, so each operand is
 * copied before basename and dirname take it apart.
 */
#include <assert.h>
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct option longopts[] = {
    {"verbose", no_argument, NULL, 'v'},
    {"output", required_argument, NULL, 'o'},
    {"fail", optional_argument, NULL, 'f'},
    {NULL, 0, NULL, 0},
};

int main(int argc, char **argv) {
  int c, verbose = 0;
  const char *output = "-";
  while ((c = getopt_long(argc, argv, "vo:f::a", longopts, NULL)) != -1) {
    switch (c) {
    case 'v':
      verbose++;
      break;
    case 'o':
      output = optarg;
      break;
    case 'f':
      errx(optarg ? atoi(optarg) : 1, "asked to fail");
    case 'a':
      assert(verbose == 42);
      break;
    default:
      dprintf(1, "usage error\n");
      return 64;
    }
  }
  dprintf(1, "verbose=%d output=%s operands=%d\n", verbose, output, argc - optind);
  for (int i = optind; i < argc; i++) {
    char a[PATH_MAX], b[PATH_MAX];
    snprintf(a, sizeof a, "%s", argv[i]);
    snprintf(b, sizeof b, "%s", argv[i]);
    dprintf(1, "'%s': basename '%s' dirname '%s'\n", argv[i], basename(a), dirname(b));
  }

  char cwd[PATH_MAX], real[PATH_MAX];
  if (getcwd(cwd, sizeof cwd) == NULL || realpath(".", real) == NULL)
    err(1, "getcwd or realpath");
  dprintf(1, "realpath(\".\") is the cwd: %s\n", strcmp(cwd, real) == 0 ? "yes" : "no");
  if (realpath("no/such/file", real) == NULL)
    warn("realpath no/such/file");

  char name[] = "tmpXXXXXX";
  int fd = mkstemp(name);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0)
    err(1, "mkstemp");
  dprintf(1, "mkstemp: mode %o, name changed: %s\n", (unsigned)(st.st_mode & 0777),
          strcmp(name, "tmpXXXXXX") != 0 ? "yes" : "no");
  close(fd);
  unlink(name);

  if (setenv("OPTS_VALUE", "from setenv", 1) != 0)
    err(1, "setenv");
  int status = system("echo \"$OPTS_VALUE\"; exit 3");
  dprintf(1, "system: exit status %d\n", WEXITSTATUS(status));
  dprintf(1, "sysconf: clock ticks %ld, page size ok %d, open max ok %d\n", sysconf(_SC_CLK_TCK),
          sysconf(_SC_PAGESIZE) == getpagesize(), sysconf(_SC_OPEN_MAX) > 2);
  warnx("done with %d operands", argc - optind);
  return 0;
}
