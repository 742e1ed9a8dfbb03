/* getauxval(3) over the auxiliary vector that _start recorded.
 *
 * Not obvious: 0 is both "absent" and a legal value (AT_SECURE is 0 for most
 * programs); like glibc, absence also sets errno to ENOENT.
 */
#include <sysgate/auxv.h>
#include <sysgate/errno.h>

unsigned long *sysgate_auxv;

unsigned long getauxval(unsigned long type) {
  for (unsigned long *p = sysgate_auxv; p && p[0] != AT_NULL; p += 2)
    if (p[0] == type)
      return p[1];
  errno = ENOENT;
  return 0;
}
