/* <strings.h>: strcasecmp, strncasecmp, index, rindex, bzero, bcmp, ffs, ffsl, ffsll
 * (sysgate/strings.h).
 *
 * Not obvious: <string.h> declares these too, as glibc's does by default, so a
 * program that calls strcasecmp after including only <string.h> builds as well.
 */
#ifndef SYSGATE_POSIX_STRINGS_H
#define SYSGATE_POSIX_STRINGS_H

#include <sysgate/strings.h>

#endif
