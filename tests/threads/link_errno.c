/* For check_link.sh: errno, as every failing call sets it; thread-local with -pthread only. */
#include <sysgate.h>

int main(void) {
  return close(-1) == -1 && errno == EBADF ? 0 : 1;
}
