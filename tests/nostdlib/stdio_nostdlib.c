/* stdio_nostdlib: sysgate's FILE streams in a program started by sysgate's own _start,
 * with no glibc anywhere: what only a whole program can show.
 *
 *   stdio_nostdlib         stdout a pipe (ctest's): fully buffered, so every line
 *                          below is still in the buffer when main returns; exit()
 *                          runs the atexit and on_exit handlers (last registered
 *                          first), then the destructor, then flushes stdout, so the
 *                          expected file shows that order
 *   stdio_nostdlib _exit   prints a line and calls _exit: nothing may come out
 *   stdio_nostdlib reopen  fclose(stdout), freopen it: exit still flushes it
 *   stdio_nostdlib exit3   a handler calls exit's status through on_exit: status 3
 *   stdio_nostdlib prompt  stdin a file: reading it flushes a line-buffered stdout
 *                          only once stdin is unbuffered (glibc's rule: the input
 *                          stream is line-buffered or unbuffered)
 *   stdio_nostdlib tty     run on a pty (script(1)): stdout must be line-buffered,
 *                          each line written as it ends, stderr unbuffered
 *
 * Not obvious: the "ok" lines are printed with printf to the buffered stdout too, so
 * if exit() did not flush, the output would be empty and the comparison fail.
 */
#include <sysgate.h>
#include <sysgate/posix/stdio_ext.h>

static void first_registered(void) {
  printf("atexit: first registered, runs last\n");
}
static void second_registered(void) {
  printf("atexit: second registered, runs first\n");
}
static void with_status(int status, void *arg) {
  printf("on_exit: status %d, arg %s\n", status, (const char *)arg);
}
static void late(void) {
  printf("atexit: registered by a handler, runs next\n");
}
static void registers_late(void) {
  printf("atexit: registering one more\n");
  atexit(late);
}

static void destructor(void) {
  printf("destructor: after the handlers, before the flush\n");
}
__attribute__((section(".fini_array"), used)) static void (*destructor_entry)(void) = destructor;

static int checks, failed;
static void check(int ok, const char *what) {
  checks++;
  if (!ok && !failed)
    failed = checks;
  printf("%s %d %s\n", ok ? "ok" : "FAIL", checks, what);
}

static int streq(const char *a, const char *b) {
  while (*a && *a == *b)
    a++, b++;
  return *a == *b;
}

int main(int argc, char **argv) {
  if (argc > 1 && streq(argv[1], "_exit")) {
    printf("this line is buffered and _exit must drop it\n");
    _exit(0);
  }
  if (argc > 1 && streq(argv[1], "reopen")) { /* fclose(stdout), then freopen on it */
    int keep = dup(1);
    fclose(stdout); /* closes fd 1; the stream stays, closed, with its buffer */
    int r = printf("lost\n");
    char path[40];
    snprintf(path, sizeof path, "/proc/self/fd/%d", keep);
    FILE *f = freopen(path, "w", stdout); /* the same pipe, on fd 1 again */
    check(r < 0, "printf to a closed stdout fails");
    check(f == stdout && fileno(stdout) == 1, "freopen brings stdout back on fd 1");
    printf("reopened, still flushed at exit\n");
    return failed;
  }
  if (argc > 1 && streq(argv[1], "exit3")) {
    on_exit(with_status, "three");
    exit(3);
  }
  if (argc > 1 && streq(argv[1], "prompt")) { /* stdin is a file */
    setlinebuf(stdout);
    printf("prompt: ");
    int c = getchar(); /* stdin fully buffered: stdout is left alone */
    check(c != EOF && __fpending(stdout) == 8, "a buffered input stream does not flush stdout");
    printf("again: ");
    setvbuf(stdin, NULL, _IONBF, 0);
    c = getchar(); /* unbuffered input: the line-buffered stdout goes out first */
    check(c != EOF && __fpending(stdout) == 0, "an unbuffered input stream flushes stdout");
    return failed;
  }
  if (argc > 1 && streq(argv[1], "tty")) {
    printf("tty line one\n");
    check(__flbf(stdout) && __fpending(stdout) == 0, "stdout on a terminal: line-buffered");
    printf("partial ");
    check(__fpending(stdout) == 8, "a partial line waits for its newline");
    printf("\n");
    check(__fpending(stdout) == 0 && __fbufsize(stderr) <= 1, "stderr: unbuffered");
    return failed;
  }

  check(atexit(first_registered) == 0, "atexit registers a handler");
  check(on_exit(with_status, "hello") == 0, "on_exit registers a handler");
  check(atexit(registers_late) == 0 && atexit(second_registered) == 0, "two more");
  printf("main: stdout is a pipe here\n");
  check(!__flbf(stdout) && __fpending(stdout) > 0, "stdout on a pipe: fully buffered");
  fputs("main: returning without fflush\n", stdout);
  return failed;
}
