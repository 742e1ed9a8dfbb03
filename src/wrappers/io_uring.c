/* External definitions of io_uring_setup(2), io_uring_enter(2) and io_uring_register(2)
 * (sysgate/io_uring.h): the bodies are the inline ones there.
 */
#include <sysgate/io_uring.h>

SYSGATE_IO_URING_CALLS(SG_EMIT)
