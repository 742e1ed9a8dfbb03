/* sysgate/event.h beyond its table rows: the external definition of
 * sysgate_timeout_copy, the timeout ppoll and pselect read once.
 *
 * Not obvious: the kernel writes the time left back into a timeout; the libc
 * layers pass a copy, as glibc does, so the caller's stays as it was.
 */
#include <sysgate/event.h>

SG_EXTERN(sysgate_timeout_copy);
