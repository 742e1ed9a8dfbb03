/* A program outside the sysgate tree, built against an installed sysgate by
 * tests/install/check_install.sh in three ways: CMake's find_package,
 * pkg-config, and sysgate-cc. It prints one line and exits 0.
 *
 * Not obvious: it includes only <sysgate.h>, as any consumer would, so a
 * header missing from the install fails the build here.
 */
#include <sysgate.h>

int main(int argc, char **argv) {
  static const char msg[] = "consumer ok\n";
  (void)argc;
  (void)argv;
  return write(STDOUT_FILENO, msg, sizeof msg - 1) == sizeof msg - 1 ? 0 : 1;
}
