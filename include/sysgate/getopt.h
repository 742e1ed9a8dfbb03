/* sysgate/getopt.h: getopt(3), getopt_long(3), getopt_long_only(3) and their
 * variables optarg, optind, opterr, optopt.
 *
 * Not obvious: like glibc's, getopt permutes argv (the pointers, never the
 * strings) so that options come first and operands after, unless optstring begins
 * with '+' or POSIXLY_CORRECT is set (stop at the first operand) or with '-'
 * (operands returned in place as option 1). Setting optind to 0 restarts the scan
 * from argv[1] and reads optstring's leading characters and POSIXLY_CORRECT again.
 */
/* posix/unistd.h defines SYSGATE_GETOPT_SHORT_ONLY: glibc's <unistd.h> gives getopt and
 * its variables, not struct option. Hence a guard per half. */
#ifndef SYSGATE_GETOPT_H
#define SYSGATE_GETOPT_H

#include "base.h"

extern char *optarg SG_SYMBOL(optarg);
extern int optind SG_SYMBOL(optind);
extern int opterr SG_SYMBOL(opterr);
extern int optopt SG_SYMBOL(optopt);

int getopt(int argc, char *const argv[], const char *optstring) SG_SYMBOL(getopt);
#endif

#if !defined(SYSGATE_GETOPT_SHORT_ONLY) && !defined(SYSGATE_GETOPT_LONG_H)
#define SYSGATE_GETOPT_LONG_H

struct option {
  const char *name;
  int has_arg; /* no_argument, required_argument or optional_argument */
  int *flag;   /* when not NULL, *flag = val and getopt_long returns 0 */
  int val;
};
#define no_argument 0
#define required_argument 1
#define optional_argument 2

int getopt_long(int argc, char *const argv[], const char *optstring, const struct option *longopts,
                int *longindex) SG_SYMBOL(getopt_long);
/* Also reads "-name" as a long option, falling back to the short ones. */
int getopt_long_only(int argc, char *const argv[], const char *optstring,
                     const struct option *longopts, int *longindex) SG_SYMBOL(getopt_long_only);

#endif
