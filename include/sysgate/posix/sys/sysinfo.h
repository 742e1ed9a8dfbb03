/* <sys/sysinfo.h>: sysinfo and struct sysinfo (sysgate/misc.h).
 *
 * Not obvious: glibc's get_nprocs, get_nprocs_conf, get_phys_pages and
 * get_avphys_pages are missing; sysconf(_SC_NPROCESSORS_ONLN) (<unistd.h>)
 * answers the first.
 */
#ifndef SYSGATE_POSIX_SYS_SYSINFO_H
#define SYSGATE_POSIX_SYS_SYSINFO_H

#include <sysgate/misc.h>

#endif
