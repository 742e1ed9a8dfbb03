/* sysgate/process.h beyond its table rows: killpg's external definition.
 *
 * Not obvious: killpg(3) is kill(2) of -pgrp, a library function with no row of its
 * own in src/calls.tab, yet an addressable definition all the same.
 */
#include <sysgate/process.h>

SG_EXTERN(killpg);
