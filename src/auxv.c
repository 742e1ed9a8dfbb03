/* getauxval(3) over the auxiliary vector that _start recorded.
 *
 * Not obvious: 0 is both "absent" and a legal value (AT_SECURE is 0 for most
 * programs); like glibc, absence also sets errno to ENOENT.
 */
#include <sysgate/auxv.h>
#include <sysgate/errno.h>

unsigned long *sysgate_auxv;

SG_EXTERN(sysgate_auxv_find);
SG_EXTERN(sysgate_auxv_value);

unsigned long getauxval(unsigned long type) {
  const unsigned long *p = sysgate_auxv ? sysgate_auxv_find(sysgate_auxv, type) : 0;
  if (p)
    return p[1];
  errno = ENOENT;
  return 0;
}
