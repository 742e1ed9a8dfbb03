/* <sys/personality.h>: personality and the PER_* domains with their flags
 * (sysgate/personality.h).
 *
 * Not obvious: glibc defines these as an enum; here they are macros with the
 * same values, so #ifdef ADDR_NO_RANDOMIZE works too.
 */
#ifndef SYSGATE_POSIX_SYS_PERSONALITY_H
#define SYSGATE_POSIX_SYS_PERSONALITY_H

#include <sysgate/personality.h>

#endif
