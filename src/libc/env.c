/* setenv(3), unsetenv(3), putenv(3), clearenv(3) over environ.
 *
 * Not obvious: no string is ever freed. A program may still hold what getenv returned for a value
 * it has since replaced, so glibc keeps every "NAME=value" string its setenv made, and reuses one
 * when the same pair is set again (setenv.c, its search tree of known values); sysgate keeps them
 * in a list for the same reuse. Strings handed to putenv belong to the caller and become part of
 * the environment themselves. (the rest: docs/libc.md)
 */
#include <sysgate/errno.h>
#include <sysgate/malloc.h>
#include <sysgate/stdlib.h>
#include <sysgate/stdlib_posix.h>
#include <sysgate/string.h>

#include "lock.h"

/* A string setenv built, followed in memory by its text. */
struct made {
  struct made *next;
  char text[];
};
static struct made *made_list;

/* setenv and its kin hold it (glibc's envlock); getenv does not: it is safe only while nobody
 * changes the environment, as glibc documents (MT-Safe env; setenv: MT-Unsafe const:env). */
SG_LOCK_DEFINE(static, env_lock);

static char **owned;     /* the array sysgate allocated, when environ still is it */
static size_t owned_cap; /* its room, in pointers, counting the final NULL */

static int bad_name(const char *name) {
  return name == NULL || *name == '\0' || strchr(name, '=') != NULL;
}

/* The entry for the first namelen bytes of name, or NULL. */
static char **find(const char *name, size_t namelen) {
  if (environ == NULL)
    return NULL;
  for (char **e = environ; *e != NULL; e++)
    if (strncmp(*e, name, namelen) == 0 && (*e)[namelen] == '=')
      return e;
  return NULL;
}

/* Appends entry to environ; -1 with ENOMEM when no room can be had. */
static int append(char *entry) {
  size_t n = 0;
  if (environ != NULL)
    while (environ[n] != NULL)
      n++;
  if (environ != owned || n + 2 > owned_cap) {
    size_t cap = n + 2 > 16 ? (n + 2) * 2 : 16;
    char **grown =
        environ == owned ? realloc(owned, cap * sizeof *grown) : malloc(cap * sizeof *grown);
    if (grown == NULL) {
      errno = ENOMEM;
      return -1;
    }
    if (environ != owned && n > 0)
      memcpy(grown, environ, n * sizeof *grown);
    owned = environ = grown;
    owned_cap = cap;
  }
  environ[n] = entry;
  environ[n + 1] = NULL;
  return 0;
}

/* "name=value", one setenv made earlier or a new one. */
static char *make(const char *name, size_t namelen, const char *value) {
  size_t vallen = strlen(value);
  for (struct made *m = made_list; m != NULL; m = m->next)
    if (strncmp(m->text, name, namelen) == 0 && m->text[namelen] == '=' &&
        strcmp(m->text + namelen + 1, value) == 0)
      return m->text;
  struct made *m = malloc(sizeof *m + namelen + 1 + vallen + 1);
  if (m == NULL) {
    errno = ENOMEM;
    return NULL;
  }
  memcpy(m->text, name, namelen);
  m->text[namelen] = '=';
  memcpy(m->text + namelen + 1, value, vallen + 1);
  m->next = made_list;
  made_list = m;
  return m->text;
}

static int set_locked(const char *name, const char *value, int replace) {
  size_t namelen = strlen(name);
  char **e = find(name, namelen);
  if (e != NULL && !replace)
    return 0;
  char *entry = make(name, namelen, value != NULL ? value : "");
  if (entry == NULL)
    return -1;
  if (e != NULL) {
    *e = entry;
    return 0;
  }
  return append(entry);
}

int setenv(const char *name, const char *value, int replace) {
  if (bad_name(name)) {
    errno = EINVAL;
    return -1;
  }
  sg_lock_take(&env_lock);
  int r = set_locked(name, value, replace);
  sg_lock_drop(&env_lock);
  return r;
}

/* Removes every entry for the first namelen bytes of name, keeping the order. */
static void remove_all(const char *name, size_t namelen) {
  sg_lock_take(&env_lock);
  if (environ == NULL) {
    sg_lock_drop(&env_lock);
    return;
  }
  char **out = environ;
  for (char **e = environ; *e != NULL; e++)
    if (!(strncmp(*e, name, namelen) == 0 && (*e)[namelen] == '='))
      *out++ = *e;
  *out = NULL;
  sg_lock_drop(&env_lock);
}

int unsetenv(const char *name) {
  if (bad_name(name)) {
    errno = EINVAL;
    return -1;
  }
  remove_all(name, strlen(name));
  return 0;
}

int putenv(char *string) {
  const char *eq = strchr(string, '=');
  if (eq == NULL) { /* glibc: a bare name unsets it */
    remove_all(string, strlen(string));
    return 0;
  }
  size_t namelen = (size_t)(eq - string);
  int r = 0;
  sg_lock_take(&env_lock);
  char **e = find(string, namelen);
  if (e != NULL)
    *e = string;
  else
    r = append(string);
  sg_lock_drop(&env_lock);
  return r;
}

int clearenv(void) {
  sg_lock_take(&env_lock);
  if (environ == owned && owned != NULL) {
    free(owned);
    owned = NULL;
    owned_cap = 0;
  }
  environ = NULL;
  sg_lock_drop(&env_lock);
  return 0;
}
