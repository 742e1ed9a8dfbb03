/* <sys/random.h>: getrandom, getentropy and GRND_* (sysgate/misc.h).
 *
 * Not obvious: getentropy is limited to 256 bytes (EIO beyond), getrandom is not.
 */
#ifndef SYSGATE_POSIX_SYS_RANDOM_H
#define SYSGATE_POSIX_SYS_RANDOM_H

#include <sysgate/misc.h>

#endif
