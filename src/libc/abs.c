/* abs(3), labs(3), llabs(3), imaxabs(3), div(3), ldiv(3), lldiv(3), imaxdiv(3).
 *
 * Not obvious: C99 fixed division to truncate toward zero (C89 let it round either way for negative
 * operands), so div(-7, 2) is {-3, -1}, exactly / and %; that is why these can be the plain
 * operators. They are ordinary functions, not inline ones in the header: gcc knows abs and its
 * siblings as builtins and expands the calls itself when it may, and it would emit an inline
 * definition of a builtin's name in every file including the header.
 */
#include <sysgate/inttypes.h>
#include <sysgate/stdlib.h>

int abs(int i) {
  return i < 0 ? -i : i;
}

long labs(long i) {
  return i < 0 ? -i : i;
}

long long llabs(long long i) {
  return i < 0 ? -i : i;
}

intmax_t imaxabs(intmax_t i) {
  return i < 0 ? -i : i;
}

div_t div(int num, int den) {
  return (div_t){num / den, num % den};
}

ldiv_t ldiv(long num, long den) {
  return (ldiv_t){num / den, num % den};
}

lldiv_t lldiv(long long num, long long den) {
  return (lldiv_t){num / den, num % den};
}

imaxdiv_t imaxdiv(intmax_t num, intmax_t den) {
  return (imaxdiv_t){num / den, num % den};
}
