/* External definitions of the time calls (sysgate/time.h): the bodies are the
 * inline ones there and in the arch's time.h.
 *
 * Not obvious: the arch's helpers (i386's itimerval conversions) need external
 * definitions too, since a caller compiled without inlining calls them by name;
 * the arch header lists them, so this file never tests the arch.
 */
#include <sysgate/time.h>

#define SG_EXTERN_ONE(name) SG_EXTERN(name);

SYSGATE_ARCH_TIME_HELPERS(SG_EXTERN_ONE)
