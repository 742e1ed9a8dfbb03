/* calc: a reverse Polish calculator, one expression per line ("3 4 + 2 *"), numbers
 * read with strtod(3) (so 1e3, 0x1p4, inf and nan work) and results printed with
 * printf("%g") and, with -p N, "%.Ng". Supports + - * / ^ (integer powers) and
 * "neg", "dup", "swap".
 *
 * Not obvious: strtod accepts words such as "inf" and "nan", so operators are
 * looked up first and a token is a number only if strtod consumes all of it.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static double stack[64];
static int depth;

static double pop(int line) {
  if (depth == 0)
    errx(2, "line %d: stack underflow", line);
  return stack[--depth];
}

static void push(double v, int line) {
  if (depth == 64)
    errx(2, "line %d: stack overflow", line);
  stack[depth++] = v;
}

static double power(double base, long n) {
  double r = 1;
  for (long i = 0; i < (n < 0 ? -n : n); i++)
    r *= base;
  return n < 0 ? 1 / r : r;
}

int main(int argc, char *argv[]) {
  int precision = -1, opt;
  while ((opt = getopt(argc, argv, "p:")) != -1) {
    if (opt != 'p')
      return 1;
    precision = atoi(optarg);
  }
  char buf[512];
  int line = 0, status = 0;
  while (fgets(buf, sizeof buf, stdin)) {
    line++;
    depth = 0;
    for (char *tok = strtok(buf, " \t\n"); tok; tok = strtok(NULL, " \t\n")) {
      double b;
      if (strcmp(tok, "+") == 0)
        b = pop(line), push(pop(line) + b, line);
      else if (strcmp(tok, "-") == 0)
        b = pop(line), push(pop(line) - b, line);
      else if (strcmp(tok, "*") == 0)
        b = pop(line), push(pop(line) * b, line);
      else if (strcmp(tok, "/") == 0)
        b = pop(line), push(pop(line) / b, line);
      else if (strcmp(tok, "^") == 0)
        b = pop(line), push(power(pop(line), (long)b), line);
      else if (strcmp(tok, "neg") == 0)
        push(-pop(line), line);
      else if (strcmp(tok, "dup") == 0)
        b = pop(line), push(b, line), push(b, line);
      else if (strcmp(tok, "swap") == 0) {
        b = pop(line);
        double a = pop(line);
        push(b, line), push(a, line);
      } else {
        char *end;
        errno = 0;
        double v = strtod(tok, &end);
        if (*end != '\0') {
          fprintf(stderr, "calc: line %d: bad token '%s'\n", line, tok);
          status = 1;
          depth = -1;
          break;
        }
        if (errno == ERANGE)
          fprintf(stderr, "calc: line %d: %s is out of range\n", line, tok);
        push(v, line);
      }
    }
    if (depth < 0)
      continue;
    if (depth != 1) {
      fprintf(stderr, "calc: line %d: %d values left\n", line, depth);
      status = 1;
      continue;
    }
    if (precision >= 0)
      printf("%.*g\n", precision, stack[0]);
    else
      printf("%g\n", stack[0]);
  }
  return status;
}
