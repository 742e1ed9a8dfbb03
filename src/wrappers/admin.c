/* External definitions of the administration calls (sysgate/admin.h): the bodies are the
 * inline ones there.
 */
#include <sysgate/admin.h>

SG_EXTERN(sys_reboot);
SG_EXTERN(reboot);
SYSGATE_ADMIN_CALLS(SG_EMIT)
SG_EXTERN(sys_syslog);
SG_EXTERN(klogctl);
