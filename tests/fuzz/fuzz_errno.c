/* libFuzzer target for the error convention (sysgate/syscall.h): any raw kernel
 * value through sysgate_is_error and sysgate_ret, and any 64-bit one through
 * sysgate_ret_off (sysgate/fd.h).
 *
 * Properties: a value in -4095..-1 is an error, becomes -1 and sets errno to its
 * negation; any other value, even a "negative" i386 address, comes back
 * unchanged with errno untouched. An off_t that a long cannot hold is a result.
 */
#include <sysgate/fd.h>
#include <sysgate/syscall.h>

#include "fuzz.h"

#define CANARY 12345

/* Its one external definition lives in src/wrappers/fd.c with every descriptor
 * call; this target wants only the function. */
SG_EXTERN(sysgate_ret_off);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  long v;
  long long wide;
  fuzz_take(&data, &size, &v, sizeof v);
  fuzz_take(&data, &size, &wide, sizeof wide);

  int in_range = v >= -4095 && v <= -1;
  FUZZ_REQUIRE(sysgate_is_error(v) == in_range);
  errno = CANARY;
  long r = sysgate_ret(v);
  if (in_range) {
    FUZZ_REQUIRE(r == -1);
    FUZZ_REQUIRE(errno == -v);
  } else {
    FUZZ_REQUIRE(r == v);
    FUZZ_REQUIRE(errno == CANARY);
  }

  errno = CANARY;
  off_t o = sysgate_ret_off((off_t)wide);
  if (wide >= -4095 && wide <= -1) {
    FUZZ_REQUIRE(o == -1);
    FUZZ_REQUIRE(errno == -wide);
  } else {
    FUZZ_REQUIRE(o == (off_t)wide);
    FUZZ_REQUIRE(errno == CANARY);
  }
  return 0;
}
