/* <assert.h>: assert and static_assert.
 *
 * Not obvious: no include guard, on purpose (C11 7.2): each inclusion defines assert
 * again by the NDEBUG of that point. A failed assertion prints glibc's message and
 * aborts (sysgate/assert.h). The function is named by __PRETTY_FUNCTION__, as glibc's
 * assert.h does: gcc gives "main" for C, clang "int main(int, char **)".
 */
#include <sysgate/assert.h>

#undef assert
#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
#define assert(expr)                                                                               \
  ((expr) ? (void)0 : __assert_fail(#expr, __FILE__, __LINE__, __extension__ __PRETTY_FUNCTION__))
#endif

#if !defined(static_assert) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L &&         \
    __STDC_VERSION__ < 202311L
#define static_assert _Static_assert
#endif
