/* External definitions of the socket calls, CMSG_NXTHDR's helper and the byte
 * order functions: the bodies are the inline ones in sysgate/socket.h and the
 * arch's socket.h (which lists its own helpers, i386's socketcall).
 */
#include <sysgate/socket.h>

#define SG_EXTERN_ONE(name) SG_EXTERN(name);
#define SG_EXTERN_BSWAP(bits, name) SG_EXTERN(name);

SG_EXTERN(sysgate_cmsg_nxthdr);
SYSGATE_BYTE_ORDER_FUNCS(SG_EXTERN_BSWAP)
SYSGATE_ARCH_SOCKET_HELPERS(SG_EXTERN_ONE)
