/* External definitions of add_key(2), request_key(2) and keyctl(2) (sysgate/keys.h):
 * the bodies are the inline ones there.
 */
#include <sysgate/keys.h>

SYSGATE_KEYS_CALLS(SG_EMIT)
