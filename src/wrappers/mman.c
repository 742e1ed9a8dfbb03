/* External definitions of mmap(2) and munmap(2): the bodies are the inline ones
 * in sysgate/mman.h and the arch's abi.h (mmap on x86_64, mmap2 on i386).
 */
#include <sysgate/mman.h>

SG_EXTERN(sys_mmap);
SG_EXTERN(mmap);
SYSGATE_MMAN_CALLS(SG_EMIT)
