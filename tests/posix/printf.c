/* printf: the printf(1) utility: a format and arguments, the format reused while
 * arguments remain. Each conversion (%d %i %u %o %x %X %c %s %f %F %e %g %G %a and %%,
 * with flags, width and precision, "*" included) is handed to printf(3) with the
 * argument converted by strtoll(3), strtoull(3) or strtod(3); escapes \n \t \\ \0NNN.
 *
 * Not obvious: an argument that is not entirely a number is an error reported on
 * stderr, but the value converted so far is still printed and the status becomes 1.
 */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int status;

static void check(const char *arg, const char *end) {
  if (errno == ERANGE) {
    fprintf(stderr, "printf: %s: Numerical result out of range\n", arg);
    status = 1;
  } else if (*end != '\0' || end == arg) {
    fprintf(stderr, "printf: %s: %s\n", arg,
            end == arg ? "expected a numeric value" : "value not completely converted");
    status = 1;
  }
}

static long long as_int(const char *arg) {
  char *end;
  errno = 0;
  if (arg[0] == '\'' || arg[0] == '"')
    return (unsigned char)arg[1];
  long long v = strtoll(arg, &end, 0);
  check(arg, end);
  return v;
}

static double as_double(const char *arg) {
  char *end;
  errno = 0;
  double v = strtod(arg, &end);
  check(arg, end);
  return v;
}

/* Prints one conversion spec (from '%' to the conversion letter) with arg. */
static void convert(char *spec, size_t len, const char *arg) {
  char conv = spec[len - 1], fmt[64];
  spec[len - 1] = '\0';
  if (strchr("diouxX", conv)) {
    snprintf(fmt, sizeof fmt, "%sll%c", spec, conv);
    if (conv == 'd' || conv == 'i')
      printf(fmt, as_int(arg));
    else
      printf(fmt, (unsigned long long)as_int(arg));
  } else if (strchr("fFeEgGaA", conv)) {
    snprintf(fmt, sizeof fmt, "%s%c", spec, conv);
    printf(fmt, as_double(arg));
  } else if (conv == 'c') {
    snprintf(fmt, sizeof fmt, "%sc", spec);
    printf(fmt, arg[0]);
  } else {
    snprintf(fmt, sizeof fmt, "%ss", spec);
    printf(fmt, arg);
  }
}

int main(int argc, char *argv[]) {
  if (argc < 2) {
    fputs("printf: missing operand\n", stderr);
    return 1;
  }
  const char *format = argv[1];
  char **args = argv + 2;
  int left = argc - 2;
  do {
    int used = 0;
    for (const char *p = format; *p; p++) {
      if (*p == '\\' && p[1]) {
        p++;
        if (*p == 'n')
          putchar('\n');
        else if (*p == 't')
          putchar('\t');
        else if (*p == '0') {
          int v = 0;
          for (int k = 0; k < 3 && p[1] >= '0' && p[1] <= '7'; k++)
            v = v * 8 + (*++p - '0');
          putchar(v);
        } else
          putchar(*p);
      } else if (*p == '%' && p[1] == '%') {
        putchar('%');
        p++;
      } else if (*p == '%') {
        char spec[48];
        size_t n = 0;
        spec[n++] = *p++;
        while (*p && strchr("-+ #0", *p) && n < 40)
          spec[n++] = *p++;
        for (int part = 0; part < 2; part++) {
          if (*p == '*') {
            n += (size_t)snprintf(spec + n, sizeof spec - n, "%d",
                                  left > used ? (int)as_int(args[used]) : 0);
            used += left > used;
            p++;
          }
          while (isdigit((unsigned char)*p) && n < 40)
            spec[n++] = *p++;
          if (part == 0 && *p == '.')
            spec[n++] = *p++;
          else
            break;
        }
        if (!*p || !strchr("diouxXfFeEgGaAcs", *p)) {
          fprintf(stderr, "printf: %%%c: invalid conversion specification\n", *p ? *p : '?');
          return 1;
        }
        spec[n++] = *p;
        spec[n] = '\0';
        convert(spec, n, left > used ? args[used] : (strchr("cs", *p) ? "" : "0"));
        used += left > used;
      } else {
        putchar(*p);
      }
    }
    args += used;
    left -= used;
    if (used == 0)
      break;
  } while (left > 0);
  return status;
}
