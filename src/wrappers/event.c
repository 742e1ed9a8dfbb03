/* External definitions of poll(2), ppoll(2), select(2), pselect(2), the epoll
 * calls, eventfd(2), the inotify and fanotify calls: the bodies are the inline
 * ones in sysgate/event.h, sysgate/fanotify.h and the arch's event.h.
 */
#include <sysgate/event.h>
#include <sysgate/fanotify.h>

SG_EXTERN(sysgate_timeout_copy);
