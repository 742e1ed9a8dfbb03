/* External definitions of the POSIX timer calls (sysgate/timer.h) and of sigqueue(3)
 * with rt_sigqueueinfo(2) (sysgate/sigqueue.h): the bodies are the inline ones there.
 */
#include <sysgate/sigqueue.h>
#include <sysgate/timer.h>

SG_EXTERN(sigqueue);
