/* External definitions of the descriptor calls of sysgate/fd.h, uio.h,
 * sendfile.h and file.h (lseek(2), pread(2), readv(2), dup(2), pipe(2),
 * fsync(2), truncate(2), sendfile(2), flock(2), ...): the bodies are the inline
 * ones in those headers and in the arch's fd.h.
 *
 * Not obvious: the raw layer of pread, pwrite, truncate, ftruncate and lseek is
 * defined in the arch header, yet emitted here like any other, by name.
 */
#include <sysgate/fd.h>
#include <sysgate/file.h>
#include <sysgate/sendfile.h>
#include <sysgate/uio.h>

/* For the (name, number) rows of uio.h; SG_EMIT uses neither count nor type. */
SG_EXTERN(sysgate_ret_off);
SG_EXTERN(sys_sync);
SG_EXTERN(sync);
