/* getopt_err: getopt_long(3), err(3)/warn(3), setenv(3) and program_invocation_short_name
 * in a program without libc, started by sysgate's own _start. It reads its options the
 * way a small tool does, keeps one in the environment, then reports with warnx, warn
 * and finally errx, whose status (2) ctest checks with stdout and stderr.
 *
 * Not obvious: argv[0] is replaced by the short name before getopt runs, so that
 * getopt's messages (which print argv[0], the full path here) are the same in every
 * build directory; err and warn print program_invocation_short_name anyway. The
 * expected files were checked against the same program built with glibc.
 */
#include <sysgate.h>

static const struct option longopts[] = {
    {"name", required_argument, NULL, 'n'},
    {"verbose", no_argument, NULL, 'v'},
    {"count", optional_argument, NULL, 'c'},
    {NULL, 0, NULL, 0},
};

int main(int argc, char **argv) {
  dprintf(1, "short name: %s\n", program_invocation_short_name);
  argv[0] = program_invocation_short_name;
  int c, verbose = 0;
  while ((c = getopt_long(argc, argv, "n:vc::x", longopts, NULL)) != -1) {
    switch (c) {
    case 'n':
      if (setenv("GREETING_NAME", optarg, 1) != 0)
        err(1, "setenv");
      dprintf(1, "name %s\n", optarg);
      break;
    case 'v':
      verbose++;
      break;
    case 'c':
      dprintf(1, "count %s\n", optarg ? optarg : "(default)");
      break;
    case 'x':
      dprintf(1, "x\n");
      break;
    default:
      dprintf(1, "bad option (optopt %d)\n", optopt);
    }
  }
  for (int i = optind; i < argc; i++)
    dprintf(1, "operand %s\n", argv[i]);
  dprintf(1, "verbose %d, GREETING_NAME=%s, A=%s\n", verbose, getenv("GREETING_NAME"), getenv("A"));
  if (unsetenv("A") != 0 || getenv("A") != NULL)
    errx(1, "unsetenv did not remove A");
  if (setenv("B=C", "x", 1) != -1 || errno != EINVAL)
    errx(1, "setenv accepted a name with '='");
  warnx("%d operands", argc - optind);
  errno = ENOENT;
  warn("open %s", "missing.txt");
  errx(2, "done after %d options", optind - 1);
}
