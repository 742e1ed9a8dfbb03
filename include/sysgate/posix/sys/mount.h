/* <sys/mount.h>: mount, umount, umount2, the MS_* flags and MNT_*,
 * UMOUNT_NOFOLLOW (sysgate/misc.h).
 *
 * Not obvious: sysgate/misc.h also carries the seccomp and BPF names of
 * <linux/seccomp.h> and <linux/filter.h>, which glibc's <sys/mount.h> does not;
 * the new mount API (fsopen, fsmount, move_mount, ...) of glibc 2.36 is missing.
 */
#ifndef SYSGATE_POSIX_SYS_MOUNT_H
#define SYSGATE_POSIX_SYS_MOUNT_H

#include <sysgate/misc.h>

#endif
