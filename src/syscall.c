/* The library's external definitions of the trap layer (syscall0..6) and of the
 * error test, for calls the compiler did not inline (-O0, address taken).
 *
 * Not obvious: this file is generic; which asm the stubs hold was decided by
 * sysgate/arch.h when it was included.
 */
#include <sysgate/syscall.h>

SG_EXTERN(syscall0);
SG_EXTERN(syscall1);
SG_EXTERN(syscall2);
SG_EXTERN(syscall3);
SG_EXTERN(syscall4);
SG_EXTERN(syscall5);
SG_EXTERN(syscall6);
SG_EXTERN(sysgate_is_error);
SG_EXTERN(sysgate_ret);
