/* scanf: read an inventory of "name quantity price" records with scanf(3) and
 * print a table and totals; comment lines start with '#'. Shows %s with a width,
 * %d, %lf, %[, %n and scanf's return count, and " %c" skipping blanks.
 *
 * Not obvious: scanf returns how many conversions were stored, and EOF only when
 * input ends before the first; %n does not count.
 */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  char name[16], comment[128];
  int qty, line = 0, used, errors = 0;
  double price, total = 0;
  long items = 0;
  char c;
  for (;;) {
    line++;
    if (scanf(" %c", &c) != 1)
      break;
    if (c == '#') {
      if (scanf("%127[^\n]", comment) == 1)
        printf("comment: %s\n", comment);
      continue;
    }
    ungetc(c, stdin);
    int got = scanf("%15s %d %lf%n", name, &qty, &price, &used);
    if (got != 3) {
      fprintf(stderr, "record %d: expected 3 fields, got %d\n", line, got);
      errors++;
      scanf("%*[^\n]");
      continue;
    }
    printf("%-15s %5d x %8.2f = %10.2f\n", name, qty, price, qty * price);
    total += qty * price;
    items += qty;
  }
  unsigned hex;
  int octal;
  if (sscanf("ff 0755", "%x %o", &hex, &octal) == 2)
    printf("sscanf: %u %d\n", hex, octal);
  printf("%ld items, total %.2f, %d bad records\n", items, total, errors);
  return errors ? EXIT_FAILURE : EXIT_SUCCESS;
}
