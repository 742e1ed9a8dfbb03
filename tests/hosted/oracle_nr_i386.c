/* __NR_* numbers of the machine's uapi <asm/unistd_32.h> for the names in
 * ORACLE_SYSCALL_NAMES (oracle_tables.h), whichever arch the tests are built for.
 *
 * Not obvious: this file includes <asm/unistd_32.h> directly, not <asm/unistd.h>,
 * which would pick the arch compiled for; the other arch's header lives in its own
 * file because both define the same __NR_ names.
 */
#include "oracle_tables.h"

#include <asm/unistd_32.h>

#define ORACLE_ROW(name) {#name, __NR_##name},
const struct oracle_name_value oracle_uapi_i386[] = {
    ORACLE_SYSCALL_NAMES(ORACLE_ROW){0, 0},
};
