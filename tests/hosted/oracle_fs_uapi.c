/* The kernel's side of the fs layout tables (oracle_fs.h): struct stat (or
 * i386's stat64) and statfs (statfs64) as the machine's uapi headers define
 * them (statx is glibc's own <linux/stat.h> one, in oracle_fs.c).
 *
 * Not obvious: this file must not see glibc's <sys/stat.h>, whose struct stat
 * would collide with <asm/stat.h>'s, so it includes nothing of glibc's; the
 * row type and lists come from oracle_fs.h, which includes only <stddef.h>.
 */
#include "oracle_fs.h"

#include <asm/stat.h>
#include <asm/statfs.h>

const struct abi_row oracle_fs_uapi[] = FS_UAPI_TABLE(FS_UAPI_THEIRS, FS_UAPI_SIZE_THEIRS);
const unsigned oracle_fs_uapi_len = sizeof oracle_fs_uapi / sizeof oracle_fs_uapi[0];
