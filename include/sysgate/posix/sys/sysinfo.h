/* <sys/sysinfo.h>: sysinfo, struct sysinfo, get_nprocs, get_nprocs_conf,
 * get_phys_pages, get_avphys_pages (sysgate/misc.h).
 *
 * Not obvious: the last four are sysconf(3)'s _SC_NPROCESSORS_ONLN,
 * _SC_NPROCESSORS_CONF, _SC_PHYS_PAGES and _SC_AVPHYS_PAGES, as in glibc.
 */
#ifndef SYSGATE_POSIX_SYS_SYSINFO_H
#define SYSGATE_POSIX_SYS_SYSINFO_H

#include <sysgate/misc.h>

#endif
