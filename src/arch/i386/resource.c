/* External definitions of the i386 rusage copy (sysgate/arch/i386/resource.h),
 * for calls of sys_getrusage and sys_wait4 that the compiler did not inline.
 *
 * Not obvious: this file exists on i386 only; x86_64 needs no copy.
 */
#include <sysgate/resource.h> /* which includes sysgate/arch/i386/resource.h */

SG_EXTERN(sysgate_rusage_widen);
SG_EXTERN(sysgate_rusage_out);
