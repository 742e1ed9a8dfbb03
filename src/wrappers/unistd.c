/* External definitions of read(2), write(2), close(2), getpid(2), _exit(2): the
 * bodies are the inline ones in sysgate/unistd.h.
 */
#include <sysgate/unistd.h>

SYSGATE_UNISTD_CALLS(SG_EMIT)
SYSGATE_UNISTD_NOFAIL_CALLS(SG_EMIT)
SG_EXTERN(_exit);
