/* get_nprocs(3), get_nprocs_conf(3), get_phys_pages(3), get_avphys_pages(3):
 * glibc's <sys/sysinfo.h> names for four of sysconf(3)'s answers.
 *
 * Not obvious: glibc's sysconf calls these, not the other way round; the
 * answers are the same either way (src/libc/sysconf.c says how each is found).
 */
#include <sysgate/misc.h>
#include <sysgate/unistd_posix.h>

int get_nprocs(void) {
  return (int)sysconf(_SC_NPROCESSORS_ONLN);
}

int get_nprocs_conf(void) {
  return (int)sysconf(_SC_NPROCESSORS_CONF);
}

long get_phys_pages(void) {
  return sysconf(_SC_PHYS_PAGES);
}

long get_avphys_pages(void) {
  return sysconf(_SC_AVPHYS_PAGES);
}
