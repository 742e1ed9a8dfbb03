/* Size benchmark: printf with a double (%f), which pulls in float formatting. */
#include <stdio.h>

int main(int argc, char **argv) {
  (void)argv;
  printf("%f\n", argc * 1.25);
  return 0;
}
