/* sysgate/fd.h beyond its table rows: sync(2), a void call no row fits, and the
 * external definition of sysgate_ret_off, lseek's error test for a 64-bit result.
 *
 * Not obvious: an i386 offset of 2 GiB or more is negative as a long, which
 * sysgate_ret_off must not take for an error (sysgate/fd.h).
 */
#include <sysgate/fd.h>

SG_EXTERN(sysgate_ret_off);
SG_EXTERN(sys_sync);
SG_EXTERN(sync);
