/* External definitions of read(2), write(2), close(2), getpid(2), _exit(2): the
 * bodies are the inline ones in sysgate/unistd.h.
 */
#include <sysgate/unistd.h>

SG_EXTERN(_exit);
