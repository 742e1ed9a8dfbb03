/* <sys/fanotify.h>: fanotify_init, fanotify_mark, struct
 * fanotify_event_metadata, fanotify_response with FAN_EVENT_OK and
 * FAN_EVENT_NEXT, and the FAN_* values (sysgate/fanotify.h).
 *
 * Not obvious: fanotify_init needs CAP_SYS_ADMIN; without it the call fails
 * with EPERM (fanotify_init(2)).
 */
#ifndef SYSGATE_POSIX_SYS_FANOTIFY_H
#define SYSGATE_POSIX_SYS_FANOTIFY_H

#include <sysgate/fanotify.h>

#endif
