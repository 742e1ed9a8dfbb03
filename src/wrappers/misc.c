/* External definitions of getrandom(2), sysinfo(2), futex(2), mount(2),
 * umount(2), umount2(2) and seccomp(2): the bodies are the inline ones in
 * sysgate/misc.h.
 */
#include <sysgate/misc.h>

SG_EXTERN(umount);
