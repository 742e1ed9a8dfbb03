/* errno(3) storage.
 *
 * Not obvious: the symbol is sysgate_errno, never errno or __errno_location,
 * so it cannot collide with a libc linked into the same program (a hosted test).
 */
#include <sysgate/errno.h>

int sysgate_errno;
