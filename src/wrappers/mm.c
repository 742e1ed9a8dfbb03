/* sysgate/mm.h beyond its table rows: the variadic mremap(2), whose fifth argument
 * is read only with MREMAP_FIXED.
 *
 * Not obvious: reading it otherwise would read whatever a caller left in the register
 * (mremap(2) names new_address only "if MREMAP_FIXED is specified").
 */
#include <stdarg.h>
#include <sysgate/mm.h>

void *mremap(void *old_address, size_t old_size, size_t new_size, int flags, ...) {
  void *new_address = NULL;
  if (flags & MREMAP_FIXED) {
    va_list ap;
    va_start(ap, flags);
    new_address = va_arg(ap, void *);
    va_end(ap);
  }
  long ret = sys_mremap(old_address, old_size, new_size, flags, new_address);
  SG_TRACE_ARGS(mremap, ret, 5, SG_TARG(old_address), SG_TARG(old_size), SG_TARG(new_size),
                SG_TARG(flags), SG_TARG(new_address));
  return (void *)sysgate_ret(ret);
}
