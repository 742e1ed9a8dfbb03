/* longopts: parse options the GNU way with getopt_long(3) and print what was seen:
 * short options with and without arguments (-v, -o FILE, -c[N]), long ones
 * (--verbose, --output=FILE, --count[=N], --flag setting a variable), "--", and
 * the operands in the order getopt leaves them.
 *
 * Not obvious: glibc's getopt permutes argv so that operands mixed between options
 * end up after them (unless POSIXLY_CORRECT is set or the string starts with '+'),
 * and it prints its own messages for unknown options and missing arguments.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static int flag;

int main(int argc, char *argv[]) {
  static struct option longopts[] = {
      {"verbose", no_argument, NULL, 'v'},     {"output", required_argument, NULL, 'o'},
      {"count", optional_argument, NULL, 'c'}, {"flag", no_argument, &flag, 42},
      {"version", no_argument, NULL, 'V'},     {0, 0, 0, 0}};
  int opt, index = -1, verbose = 0, bad = 0;
  while ((opt = getopt_long(argc, argv, ":vo:c::V", longopts, &index)) != -1) {
    switch (opt) {
    case 0:
      printf("long option --%s set flag to %d\n", longopts[index].name, flag);
      break;
    case 'v':
      verbose++;
      printf("verbose (level %d)\n", verbose);
      break;
    case 'o':
      printf("output to '%s'\n", optarg);
      break;
    case 'c':
      printf("count %s\n", optarg ? optarg : "(default)");
      break;
    case 'V':
      printf("version 1.0\n");
      break;
    case ':':
      fprintf(stderr, "option -%c needs an argument\n", optopt);
      bad++;
      break;
    case '?':
      if (optopt)
        fprintf(stderr, "unknown option -%c\n", optopt);
      else
        fprintf(stderr, "unknown option %s\n", argv[optind - 1]);
      bad++;
      break;
    }
    index = -1;
  }
  printf("optind %d of %d\n", optind, argc);
  for (int i = 1; i < argc; i++)
    printf("argv[%d] = %s\n", i, argv[i]);
  for (int i = optind; i < argc; i++)
    printf("operand: %s\n", argv[i]);

  /* A second scan with opterr on and a plain option string: glibc's messages. */
  optind = 1;
  while ((opt = getopt(argc, argv, "vo:")) != -1)
    if (opt == '?')
      bad++;
  return bad ? EXIT_FAILURE : EXIT_SUCCESS;
}
