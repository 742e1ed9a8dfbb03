/* The kernel uapi's side of test_landlock.c, test_keys.c and test_io_uring.c
 * (oracle_landlock.h): ABI tables from <linux/landlock.h>, <linux/keyctl.h> and
 * <linux/io_uring.h>; the calls themselves go through glibc's syscall(2) (suite_raw.h).
 */
#include "oracle_landlock.h"

#include <linux/io_uring.h>
#include <linux/keyctl.h>
#include <linux/landlock.h>

const struct abi_row oracle_landlock_abi[] = ABI_TABLE(LANDLOCK_ABI);
const unsigned oracle_landlock_abi_len = sizeof oracle_landlock_abi / sizeof oracle_landlock_abi[0];
const struct abi_row oracle_keys_abi[] = ABI_TABLE(KEYS_ABI);
const unsigned oracle_keys_abi_len = sizeof oracle_keys_abi / sizeof oracle_keys_abi[0];
const unsigned oracle_io_uring_params_size = sizeof(struct io_uring_params);
