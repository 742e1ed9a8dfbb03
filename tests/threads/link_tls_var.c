/* For check_link.sh: a __thread variable, which only the threaded build can run. */
#include <sysgate.h>

__thread int link_counter = 1; /* external and written: no compiler may fold it away */

int main(int argc, char **argv) {
  (void)argv;
  link_counter += argc;
  return link_counter - argc - 1;
}
