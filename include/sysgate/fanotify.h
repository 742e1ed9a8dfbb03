/* sysgate/fanotify.h: fanotify_init(2) and fanotify_mark(2) (fanotify(7)),
 * the FAN_* values, struct fanotify_event_metadata with FAN_EVENT_OK and
 * FAN_EVENT_NEXT, fanotify_event_info_header and fanotify_response.
 *
 * Not obvious: fanotify_mark's mask is 64 bits, so on i386 it travels as two
 * registers, low word first; that body is the arch's, in the arch part of
 * sysgate/event.h. This header is apart from event.h so that <poll.h> and the
 * other event headers do not define the FAN_* names.
 */
#ifndef SYSGATE_FANOTIFY_H
#define SYSGATE_FANOTIFY_H

#include "event.h"

/* --- fanotify (include/uapi/linux/fanotify.h) ----------------------------- */
/* Events, for fanotify_mark's mask and the metadata's. */
#define FAN_ACCESS 0x00000001u
#define FAN_MODIFY 0x00000002u
#define FAN_ATTRIB 0x00000004u
#define FAN_CLOSE_WRITE 0x00000008u
#define FAN_CLOSE_NOWRITE 0x00000010u
#define FAN_CLOSE (FAN_CLOSE_WRITE | FAN_CLOSE_NOWRITE)
#define FAN_OPEN 0x00000020u
#define FAN_MOVED_FROM 0x00000040u
#define FAN_MOVED_TO 0x00000080u
#define FAN_MOVE (FAN_MOVED_FROM | FAN_MOVED_TO)
#define FAN_CREATE 0x00000100u
#define FAN_DELETE 0x00000200u
#define FAN_DELETE_SELF 0x00000400u
#define FAN_MOVE_SELF 0x00000800u
#define FAN_OPEN_EXEC 0x00001000u
#define FAN_Q_OVERFLOW 0x00004000u
#define FAN_FS_ERROR 0x00008000u
#define FAN_OPEN_PERM 0x00010000u
#define FAN_ACCESS_PERM 0x00020000u
#define FAN_OPEN_EXEC_PERM 0x00040000u
#define FAN_EVENT_ON_CHILD 0x08000000u
#define FAN_RENAME 0x10000000u
#define FAN_ONDIR 0x40000000u

/* fanotify_init's flags. */
#define FAN_CLOEXEC 0x00000001
#define FAN_NONBLOCK 0x00000002
#define FAN_CLASS_NOTIF 0x00000000
#define FAN_CLASS_CONTENT 0x00000004
#define FAN_CLASS_PRE_CONTENT 0x00000008
#define FAN_UNLIMITED_QUEUE 0x00000010
#define FAN_UNLIMITED_MARKS 0x00000020
#define FAN_ENABLE_AUDIT 0x00000040
#define FAN_REPORT_PIDFD 0x00000080
#define FAN_REPORT_TID 0x00000100
#define FAN_REPORT_FID 0x00000200
#define FAN_REPORT_DIR_FID 0x00000400
#define FAN_REPORT_NAME 0x00000800
#define FAN_REPORT_TARGET_FID 0x00001000
#define FAN_REPORT_DFID_NAME (FAN_REPORT_DIR_FID | FAN_REPORT_NAME)

/* fanotify_mark's flags. */
#define FAN_MARK_ADD 0x00000001
#define FAN_MARK_REMOVE 0x00000002
#define FAN_MARK_DONT_FOLLOW 0x00000004
#define FAN_MARK_ONLYDIR 0x00000008
#define FAN_MARK_MOUNT 0x00000010
#define FAN_MARK_IGNORED_MASK 0x00000020
#define FAN_MARK_IGNORED_SURV_MODIFY 0x00000040
#define FAN_MARK_FLUSH 0x00000080
#define FAN_MARK_FILESYSTEM 0x00000100
#define FAN_MARK_EVICTABLE 0x00000200
#define FAN_MARK_IGNORE 0x00000400
#define FAN_MARK_INODE 0x00000000

#define FANOTIFY_METADATA_VERSION 3
#define FAN_ALLOW 0x01
#define FAN_DENY 0x02
#define FAN_AUDIT 0x10
#define FAN_NOFD -1
#define FAN_EVENT_INFO_TYPE_FID 1
#define FAN_EVENT_INFO_TYPE_DFID_NAME 2
#define FAN_EVENT_INFO_TYPE_DFID 3
#define FAN_EVENT_INFO_TYPE_PIDFD 4
#define FAN_EVENT_INFO_TYPE_ERROR 5

/* One event as read(2) returns it; event_len covers any info records after
 * it. The mask is 8-aligned on i386 too (the kernel's __aligned_u64). */
struct fanotify_event_metadata {
  uint32_t event_len;
  uint8_t vers;
  uint8_t reserved;
  uint16_t metadata_len;
  uint64_t mask __attribute__((aligned(8)));
  int32_t fd;
  int32_t pid;
};

struct fanotify_event_info_header {
  uint8_t info_type;
  uint8_t pad;
  uint16_t len;
};

/* What a FAN_CLASS_CONTENT listener writes back for a *_PERM event. */
struct fanotify_response {
  int32_t fd;
  uint32_t response;
};

#define FAN_EVENT_METADATA_LEN (sizeof(struct fanotify_event_metadata))
#define FAN_EVENT_NEXT(meta, len)                                                                  \
  ((len) -= (meta)->event_len,                                                                     \
   (struct fanotify_event_metadata *)((char *)(meta) + (meta)->event_len))
#define FAN_EVENT_OK(meta, len)                                                                    \
  ((long)(len) >= (long)FAN_EVENT_METADATA_LEN &&                                                  \
   (long)(meta)->event_len >= (long)FAN_EVENT_METADATA_LEN &&                                      \
   (long)(meta)->event_len <= (long)(len))

#include "calls/fanotify.h"

/* sys_fanotify_mark is per arch: the mask is one register on x86_64, two on i386. */

#endif
