/* The main thread's %fs base, set at startup of the threaded build: arch_prctl(2).
 *
 * Not obvious: ARCH_SET_FS writes the base itself (MSR_FS_BASE); %fs's selector stays 0
 * (arch/x86/kernel/process_64.c, do_arch_prctl_64).
 */
#include <sysgate/arch/x86_64/thread.h>
#include <sysgate/syscall.h>

#define SG_ARCH_SET_FS 0x1002 /* arch/x86/include/uapi/asm/prctl.h */

long sg_arch_set_thread_pointer(void *tcb) {
  return syscall2(SYS_arch_prctl, SG_ARCH_SET_FS, (long)tcb);
}
