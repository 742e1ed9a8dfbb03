/* __assert_fail, what a failed assert(3) calls.
 *
 * Not obvious: the message is glibc's exactly, "name: file:line: function: Assertion
 * `expression' failed.\n", name being program_invocation_short_name (glibc's
 * __progname), in one write so that it is not torn by other writers; then abort().
 */
#include <sysgate/assert.h>
#include <sysgate/err.h>
#include <sysgate/printf.h>
#include <sysgate/stdlib.h>

void __assert_fail(const char *expr, const char *file, unsigned int line, const char *function) {
  const char *name = program_invocation_short_name;
  dprintf(2, "%s%s%s:%u: %s%sAssertion `%s' failed.\n", name, *name ? ": " : "", file, line,
          function ? function : "", function ? ": " : "", expr);
  abort();
}
