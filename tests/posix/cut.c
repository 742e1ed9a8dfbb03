/* cut: print selected fields (-f with -d) or characters (-c) of each line, like
 * cut(1), with lists such as 1,3-4 and 2-. Uses getline(3), strtok_r(3), strtoul(3).
 *
 * Not obvious: with -f, a line with no delimiter at all is printed whole, as POSIX
 * says (unless -s).
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAXPOS 1024
static char wanted[MAXPOS + 2];

static void parse_list(char *list) {
  char *save, *item;
  for (item = strtok_r(list, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
    char *end;
    unsigned long lo = 1, hi;
    if (*item != '-')
      lo = strtoul(item, &end, 10);
    else
      end = item;
    hi = lo;
    if (*end == '-') {
      end++;
      hi = *end != '\0' ? strtoul(end, &end, 10) : MAXPOS; /* "N-" runs to the end */
    }
    if (*end != '\0' || lo == 0 || hi < lo)
      errx(1, "invalid field range: '%s'", item);
    for (unsigned long i = lo; i <= hi && i <= MAXPOS; i++)
      wanted[i] = 1;
  }
}

int main(int argc, char *argv[]) {
  int opt, fields = 0, chars = 0, only_delimited = 0;
  char delim = '\t';
  while ((opt = getopt(argc, argv, "c:d:f:s")) != -1) {
    switch (opt) {
    case 'c':
      chars = 1;
      parse_list(optarg);
      break;
    case 'f':
      fields = 1;
      parse_list(optarg);
      break;
    case 'd':
      if (strlen(optarg) != 1)
        errx(1, "the delimiter must be a single character");
      delim = optarg[0];
      break;
    case 's':
      only_delimited = 1;
      break;
    default:
      exit(1);
    }
  }
  if (fields == chars)
    errx(1, "you must specify a list of bytes, characters, or fields");
  char *line = NULL;
  size_t size = 0;
  ssize_t len;
  while ((len = getline(&line, &size, stdin)) != -1) {
    if (len > 0 && line[len - 1] == '\n')
      line[--len] = '\0';
    if (chars) {
      for (ssize_t i = 0; i < len; i++)
        if (i + 1 <= MAXPOS && wanted[i + 1])
          putchar(line[i]);
      putchar('\n');
      continue;
    }
    if (strchr(line, delim) == NULL) {
      if (!only_delimited)
        puts(line);
      continue;
    }
    int field = 1, first = 1;
    char *start = line;
    for (;;) {
      char *end = strchr(start, delim);
      if (end)
        *end = '\0';
      if (field <= MAXPOS && wanted[field]) {
        printf("%s%s", first ? "" : (char[]){delim, '\0'}, start);
        first = 0;
      }
      if (!end)
        break;
      start = end + 1;
      field++;
    }
    putchar('\n');
  }
  free(line);
  return 0;
}
