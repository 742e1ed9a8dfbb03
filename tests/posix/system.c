/* system: run shell commands with system(3) and report how each ended, decoding
 * the wait status with WIFEXITED/WEXITSTATUS/WIFSIGNALED/WTERMSIG. system(NULL)
 * asks whether a shell exists.
 *
 * Not obvious: the parent's stdout buffer must be flushed before system(), or the
 * child's output would come before lines this program printed earlier.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

int main(int argc, char *argv[]) {
  printf("shell available: %s\n", system(NULL) ? "yes" : "no");
  int failures = 0;
  for (int i = 1; i < argc; i++) {
    printf("$ %s\n", argv[i]);
    fflush(stdout);
    int status = system(argv[i]);
    if (status == -1) {
      perror("system");
      return 1;
    }
    if (WIFEXITED(status)) {
      printf("-> exited with %d\n", WEXITSTATUS(status));
      failures += WEXITSTATUS(status) != 0;
    } else if (WIFSIGNALED(status)) {
      printf("-> killed by signal %d\n", WTERMSIG(status));
      failures++;
    }
  }
  printf("%d of %d commands failed\n", failures, argc - 1);
  return failures > 0;
}
