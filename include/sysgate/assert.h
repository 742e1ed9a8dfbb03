/* sysgate/assert.h: the function behind assert(3) (the macro is in posix/assert.h).
 *
 * Not obvious: the message is glibc's, "name: file:line: function: Assertion `expr'
 * failed.\n", with program_invocation_short_name as the name, and it ends in abort().
 */
#ifndef SYSGATE_ASSERT_H
#define SYSGATE_ASSERT_H

#include "base.h"

_Noreturn void __assert_fail(const char *expr, const char *file, unsigned int line,
                             const char *function) SG_SYMBOL(__assert_fail);

#endif
