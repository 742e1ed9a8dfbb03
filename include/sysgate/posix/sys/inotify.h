/* <sys/inotify.h>: inotify_init, inotify_init1, inotify_add_watch,
 * inotify_rm_watch, struct inotify_event and the IN_* values
 * (sysgate/event.h).
 *
 * Not obvious: one read returns as many whole events as fit; each is
 * sizeof(struct inotify_event) + len bytes, with len covering the name's NUL
 * padding, so a buffer is walked by that sum, never by a fixed stride.
 */
#ifndef SYSGATE_POSIX_SYS_INOTIFY_H
#define SYSGATE_POSIX_SYS_INOTIFY_H

#include <sysgate/event.h>

#endif
