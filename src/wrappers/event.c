/* External definitions of poll(2), ppoll(2), select(2), pselect(2), the epoll
 * calls, eventfd(2), the inotify and fanotify calls: the bodies are the inline
 * ones in sysgate/event.h, sysgate/fanotify.h and the arch's event.h.
 */
#include <sysgate/event.h>
#include <sysgate/fanotify.h>

SYSGATE_EVENT_CALLS(SG_EMIT)
SYSGATE_FANOTIFY_CALLS(SG_EMIT)
SG_EXTERN(sys_ppoll);
SG_EXTERN(ppoll);
SG_EXTERN(sys_pselect6);
SG_EXTERN(pselect);
SG_EXTERN(sys_epoll_pwait);
SG_EXTERN(epoll_pwait);
SG_EXTERN(sys_epoll_pwait2);
SG_EXTERN(epoll_pwait2);
SG_EXTERN(sys_select);
SG_EXTERN(select);
SG_EXTERN(sysgate_timeout_copy);
SG_EXTERN(sys_fanotify_mark);
SG_EXTERN(fanotify_mark);
