/* random(3), srandom(3), initstate(3), setstate(3), rand(3), srand(3), rand_r(3).
 *
 * Not obvious: the numbers are glibc's, so the generator is glibc's (random_r.c, after BSD's): a
 * table of `degree` 32-bit words (31 by default), each new word the sum of the words `sep` and
 * `degree` places back (mod 2^32), its top 31 bits returned. A seed fills the table by the "minimal
 * standard" generator x = 16807 x mod (2^31 - 1) (Schrage's method, as glibc computes it, in signed
 * 32 bits), then 10 * degree results are thrown away. (the rest: docs/libc.md)
 */
#include <stdint.h>
#include <sysgate/errno.h>
#include <sysgate/stdlib_posix.h>

#include "lock.h"

enum { MAX_TYPES = 5 };
static const int degrees[MAX_TYPES] = {0, 7, 15, 31, 63};
static const int seps[MAX_TYPES] = {0, 3, 1, 3, 1};

static int32_t default_table[1 + 31];

SG_LOCK_DEFINE(static, g_lock); /* g's, held by every call but rand_r: glibc's are MT-Safe */

static struct {
  int32_t *state; /* the words; state[-1] is the caller's bookkeeping word */
  int32_t *front, *rear, *end;
  int type, degree, sep;
} g;

static int32_t next_word(void) {
  if (g.type == 0) {
    uint32_t v = ((uint32_t)g.state[0] * 1103515245u + 12345u) & 0x7fffffff;
    g.state[0] = (int32_t)v;
    return (int32_t)v;
  }
  uint32_t v = (uint32_t)*g.front + (uint32_t)*g.rear;
  *g.front = (int32_t)v;
  if (++g.front >= g.end) {
    g.front = g.state;
    ++g.rear;
  } else if (++g.rear >= g.end) {
    g.rear = g.state;
  }
  return (int32_t)(v >> 1);
}

static void seed_state(unsigned int seed) {
  if (seed == 0)
    seed = 1;
  g.state[0] = (int32_t)seed;
  if (g.type == 0)
    return;
  int32_t word = (int32_t)seed;
  for (int i = 1; i < g.degree; i++) {
    int32_t hi = word / 127773, lo = word % 127773;
    word = 16807 * lo - 2836 * hi;
    if (word < 0)
      word += 2147483647;
    g.state[i] = word;
  }
  g.front = &g.state[g.sep];
  g.rear = &g.state[0];
  for (int i = 0; i < 10 * g.degree; i++)
    next_word();
}

/* Selects type and the words at `words` (one after the bookkeeping word). */
static void use(int type, int32_t *words) {
  g.type = type;
  g.degree = degrees[type];
  g.sep = seps[type];
  g.state = words;
  g.end = words + g.degree;
}

static void ensure_state(void) {
  if (g.state == NULL) {
    use(3, default_table + 1);
    seed_state(1);
  }
}

/* Writes type and rear position into the bookkeeping word before the current state. */
static void save_position(void) {
  g.state[-1] = g.type == 0 ? 0 : (int32_t)(MAX_TYPES * (g.rear - g.state) + g.type);
}

long random(void) {
  sg_lock_take(&g_lock);
  ensure_state();
  long r = next_word();
  sg_lock_drop(&g_lock);
  return r;
}

void srandom(unsigned int seed) {
  sg_lock_take(&g_lock);
  ensure_state();
  seed_state(seed);
  sg_lock_drop(&g_lock);
}

char *initstate(unsigned int seed, char *state, size_t n) {
  sg_lock_take(&g_lock);
  ensure_state();
  if (n < 8) {
    sg_lock_drop(&g_lock);
    errno = EINVAL;
    return NULL;
  }
  int type = n < 32 ? 0 : n < 64 ? 1 : n < 128 ? 2 : n < 256 ? 3 : 4;
  char *old = (char *)(g.state - 1);
  save_position();
  use(type, (int32_t *)(void *)state + 1);
  seed_state(seed);
  save_position();
  sg_lock_drop(&g_lock);
  return old;
}

char *setstate(char *state) {
  sg_lock_take(&g_lock);
  ensure_state();
  int32_t *words = (int32_t *)(void *)state + 1;
  int type = words[-1] % MAX_TYPES;
  if (type < 0) {
    sg_lock_drop(&g_lock);
    errno = EINVAL;
    return NULL;
  }
  char *old = (char *)(g.state - 1);
  save_position();
  use(type, words);
  if (type != 0) {
    int rear = words[-1] / MAX_TYPES;
    g.rear = &words[rear];
    g.front = &words[(rear + g.sep) % g.degree];
  }
  sg_lock_drop(&g_lock);
  return old;
}

int rand(void) {
  return (int)random();
}

void srand(unsigned int seed) {
  srandom(seed);
}

/* Three steps of the C standard's example congruence, 11 + 10 + 10 bits of them. */
int rand_r(unsigned int *seed) {
  unsigned int next = *seed, result;
  next = next * 1103515245u + 12345u;
  result = (next / 65536) % 2048;
  next = next * 1103515245u + 12345u;
  result = (result << 10) ^ ((next / 65536) % 1024);
  next = next * 1103515245u + 12345u;
  result = (result << 10) ^ ((next / 65536) % 1024);
  *seed = next;
  return (int)result;
}
