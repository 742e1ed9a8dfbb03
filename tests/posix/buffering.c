/* buffering: print to stdout and stderr in turns, under each buffering mode that
 * setvbuf(3) offers (chosen by the operand: default, line, none, full, setbuf,
 * setlinebuf), so that with both going to one file the order of the lines shows how
 * stdout was buffered. Also putchar, puts, fputs, fprintf, fwrite and fflush.
 *
 * Not obvious: with stdout redirected to a file or pipe, the default is full
 * buffering, so all of stdout's lines land after stderr's, at exit; stderr is never
 * buffered.
 */
#include <stdio.h>
#include <string.h>

int main(int argc, char *argv[]) {
  static char buf[BUFSIZ];
  const char *mode = argc > 1 ? argv[1] : "default";
  if (strcmp(mode, "line") == 0)
    setvbuf(stdout, NULL, _IOLBF, 0);
  else if (strcmp(mode, "none") == 0)
    setvbuf(stdout, NULL, _IONBF, 0);
  else if (strcmp(mode, "full") == 0)
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
  else if (strcmp(mode, "setbuf") == 0)
    setbuf(stdout, NULL);
  else if (strcmp(mode, "setlinebuf") == 0)
    setlinebuf(stdout);
  else if (strcmp(mode, "default") != 0) {
    fprintf(stderr, "unknown mode %s\n", mode);
    return 2;
  }
  for (int i = 1; i <= 3; i++) {
    printf("out %d (%s)\n", i, mode);
    fprintf(stderr, "err %d\n", i);
  }
  fputs("out partial line...", stdout);
  fputs("err after the partial line\n", stderr);
  puts(" ...finished");
  fwrite("out fwrite\n", 1, 11, stdout);
  putchar('!');
  putchar('\n');
  fprintf(stderr, "err before fflush\n");
  fflush(stdout);
  fprintf(stderr, "err after fflush\n");
  printf("out last\n");
  return 0;
}
