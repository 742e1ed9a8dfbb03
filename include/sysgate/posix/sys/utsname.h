/* <sys/utsname.h>: uname and struct utsname (sysgate/utsname.h).
 *
 * Not obvious: the sixth field is domainname, as glibc's with _GNU_SOURCE
 * (__domainname otherwise); sysgate always uses the plain name.
 */
#ifndef SYSGATE_POSIX_SYS_UTSNAME_H
#define SYSGATE_POSIX_SYS_UTSNAME_H

#include <sysgate/utsname.h>

#endif
