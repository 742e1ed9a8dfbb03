/* External definitions of the Landlock calls (sysgate/landlock.h): the bodies are the
 * inline ones there.
 */
#include <sysgate/landlock.h>

SYSGATE_LANDLOCK_CALLS(SG_EMIT)
