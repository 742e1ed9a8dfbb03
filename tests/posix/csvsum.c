/* csvsum: read comma-separated "region,item,amount" records from a file with
 * fscanf(3), add up amounts per region in a small table, and write a report file
 * with fprintf(3) ("%-10s %12.2f"), then print it back. -o names the report.
 *
 * Not obvious: "%31[^,\n]," stops at the comma and then consumes it; a line that
 * does not match is skipped to its end with "%*[^\n]" so one bad record does not
 * derail the rest.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct region {
  char name[32];
  double total;
  int records;
};

int main(int argc, char *argv[]) {
  const char *report = "report.txt";
  int opt;
  while ((opt = getopt(argc, argv, "o:")) != -1) {
    if (opt != 'o')
      return 1;
    report = optarg;
  }
  if (optind != argc - 1)
    errx(1, "usage: csvsum [-o REPORT] FILE.csv");
  FILE *in = fopen(argv[optind], "r");
  if (!in)
    err(1, "%s", argv[optind]);
  struct region regions[16];
  int nregions = 0, bad = 0, line = 0;
  char name[32], item[32];
  double amount;
  for (;;) {
    int got = fscanf(in, " %31[^,\n],%31[^,\n],%lf", name, item, &amount);
    if (got == EOF)
      break;
    line++;
    if (got != 3) {
      fprintf(stderr, "csvsum: record %d: bad format (%d fields)\n", line, got);
      bad++;
      if (fscanf(in, "%*[^\n]") == EOF)
        break;
      continue;
    }
    int r = 0;
    while (r < nregions && strcmp(regions[r].name, name) != 0)
      r++;
    if (r == nregions) {
      if (nregions == 16)
        errx(1, "too many regions");
      strcpy(regions[nregions].name, name);
      regions[nregions].total = 0;
      regions[nregions++].records = 0;
    }
    regions[r].total += amount;
    regions[r].records++;
  }
  fclose(in);
  FILE *out = fopen(report, "w");
  if (!out)
    err(1, "%s", report);
  double all = 0;
  for (int r = 0; r < nregions; r++) {
    fprintf(out, "%-10s %3d %12.2f\n", regions[r].name, regions[r].records, regions[r].total);
    all += regions[r].total;
  }
  fprintf(out, "%-10s %3d %12.2f %e\n", "TOTAL", line - bad, all, all);
  if (fclose(out) != 0)
    err(1, "%s", report);
  out = fopen(report, "r");
  if (!out)
    err(1, "%s", report);
  int c;
  while ((c = fgetc(out)) != EOF)
    putchar(c);
  fclose(out);
  return bad ? 1 : 0;
}
