/* sysgate/sigqueue.h beyond its table row: sigqueue(3)'s external definition.
 *
 * Not obvious: sigqueue is a library function over rt_sigqueueinfo(2), so it has no row
 * of its own in src/calls.tab, yet an addressable definition all the same.
 */
#include <sysgate/sigqueue.h>

SG_EXTERN(sigqueue);
