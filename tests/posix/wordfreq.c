/* wordfreq: count how often each word occurs in the input and print the most
 * frequent ones, or look words up with -l. Words are lower-cased runs of letters.
 * Uses strdup(3), qsort(3) and bsearch(3) over a sorted array that grows with
 * realloc(3).
 *
 * Not obvious: the table stays sorted by word so bsearch can find entries, and a
 * new word is inserted with memmove; the by-count order is a second sort at the end.
 */
#include <ctype.h>
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct entry {
  char *word;
  long count;
};

static struct entry *table;
static size_t used, cap;

static int by_word(const void *a, const void *b) {
  return strcmp(((const struct entry *)a)->word, ((const struct entry *)b)->word);
}

static int by_count(const void *a, const void *b) {
  const struct entry *x = a, *y = b;
  if (x->count != y->count)
    return x->count < y->count ? 1 : -1;
  return strcmp(x->word, y->word);
}

/* The entry for word, or NULL. The table is NULL until the first word: bsearch
 * must not be handed a null array, even of no elements. */
static struct entry *find(char *word) {
  struct entry key = {word, 0};
  return used == 0 ? NULL : bsearch(&key, table, used, sizeof *table, by_word);
}

static void add(char *word) {
  struct entry *e = find(word);
  if (e) {
    e->count++;
    return;
  }
  if (used == cap) {
    cap = cap ? cap * 2 : 4;
    table = realloc(table, cap * sizeof *table);
    if (!table)
      err(1, "realloc");
  }
  size_t at = 0;
  while (at < used && strcmp(table[at].word, word) < 0)
    at++;
  memmove(&table[at + 1], &table[at], (used - at) * sizeof *table);
  table[at].word = strdup(word);
  table[at].count = 1;
  used++;
}

int main(int argc, char *argv[]) {
  int top = 10, opt;
  char *lookup = NULL;
  while ((opt = getopt(argc, argv, "n:l:")) != -1) {
    switch (opt) {
    case 'n':
      top = atoi(optarg);
      break;
    case 'l':
      lookup = optarg;
      break;
    default:
      return 2;
    }
  }
  char word[64];
  size_t len = 0;
  int c;
  do {
    c = getchar();
    if (c != EOF && isalpha(c)) {
      if (len < sizeof word - 1)
        word[len++] = (char)tolower(c);
    } else if (len > 0) {
      word[len] = '\0';
      add(word);
      len = 0;
    }
  } while (c != EOF);
  printf("%zu distinct words\n", used);
  if (lookup) {
    struct entry *e = find(lookup);
    if (!e)
      errx(1, "%s: not found", lookup);
    printf("%s %ld\n", e->word, e->count);
  } else {
    if (used > 0)
      qsort(table, used, sizeof *table, by_count);
    for (size_t i = 0; i < used && (int)i < top; i++)
      printf("%4ld %s\n", table[i].count, table[i].word);
  }
  for (size_t i = 0; i < used; i++)
    free(table[i].word);
  free(table);
  return 0;
}
