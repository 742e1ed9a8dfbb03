/* popen: run commands through popen(3): read a command's output line by line and
 * number it, or with -w write lines into a command's input. The command's exit
 * status comes back from pclose(3) as a wait(2) status.
 *
 * Not obvious: what this program prints and what the child prints go to the same
 * stdout; fflush before popen keeps this program's buffered lines first.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  int writing = 0, opt;
  while ((opt = getopt(argc, argv, "w")) != -1) {
    if (opt != 'w')
      return 2;
    writing = 1;
  }
  if (optind != argc - 1)
    errx(2, "usage: popen [-w] COMMAND");
  printf("running: %s\n", argv[optind]);
  fflush(stdout);
  FILE *p = popen(argv[optind], writing ? "w" : "r");
  if (p == NULL)
    err(2, "popen");
  if (writing) {
    for (int i = 1; i <= 5; i++)
      fprintf(p, "line %d of %d\n", i, 5);
  } else {
    char buf[256];
    int n = 0;
    while (fgets(buf, sizeof buf, p) != NULL)
      printf("%3d: %s", ++n, buf);
    printf("%d lines\n", n);
  }
  int status = pclose(p);
  if (status == -1)
    err(2, "pclose");
  if (WIFEXITED(status))
    printf("exit status %d\n", WEXITSTATUS(status));
  else if (WIFSIGNALED(status))
    printf("killed by signal %d\n", WTERMSIG(status));
  return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
