/* <getopt.h>: getopt, getopt_long, getopt_long_only, struct option, optarg, optind,
 * opterr, optopt (sysgate/getopt.h).
 *
 * Not obvious: glibc's getopt permutes argv unless optstring starts with '+' or
 * POSIXLY_CORRECT is set; so does sysgate's.
 */
#ifndef SYSGATE_POSIX_GETOPT_H
#define SYSGATE_POSIX_GETOPT_H

#include <sysgate/getopt.h>

#endif
