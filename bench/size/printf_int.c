/* Size benchmark: printf with an integer and a string, nothing else. */
#include <stdio.h>

int main(int argc, char **argv) {
  printf("%d %s\n", argc, argv[0]);
  return 0;
}
