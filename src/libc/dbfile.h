/* The colon-separated files of the user database (/etc/passwd, /etc/group), read for
 * pwd.c and grp.c. Internal to the C library layer.
 *
 * Not obvious: a line with the wrong number of fields, or a number field that is not
 * all digits, is skipped as glibc's files backend skips it, and so are empty lines
 * and comments; the rest of the file still counts.
 */
#ifndef SYSGATE_SRC_LIBC_DBFILE_H
#define SYSGATE_SRC_LIBC_DBFILE_H

#include <stddef.h>

/* A whole file, read into memory, and the offset of the next line. */
struct sysgate_db {
  char *data;
  size_t size, next;
};

/* One field of a line: not NUL-terminated in the file. */
struct sysgate_db_field {
  const char *start;
  size_t len;
};

/* Reads path whole. 0, or an errno value. */
int sysgate_db_open(struct sysgate_db *db, const char *path);
void sysgate_db_close(struct sysgate_db *db);
/* The next line with exactly n fields, split into f[]: 1, or 0 at the end. */
int sysgate_db_line(struct sysgate_db *db, struct sysgate_db_field *f, int n);
/* A field that is a decimal id. 0 and *id, or -1 when it is not one. */
int sysgate_db_id(struct sysgate_db_field f, unsigned *id);
/* The field copied with a NUL at *cursor, which moves past it; NULL when it would
 * pass end. */
char *sysgate_db_string(struct sysgate_db_field f, char **cursor, char *end);

/* What tells the files apart: where the file is, its fields, and how an entry is
 * filled from a line. Field 0 is the name every file is searched by. */
struct sysgate_db_kind {
  const char *path;
  int fields;         /* exactly this many per line, or the line is skipped */
  unsigned id_fields; /* bit i: field i is a decimal id, or the line is skipped */
  int id_field;       /* the id searched by number */
  /* Fills entry, its strings in buf[0..size): 0, or ERANGE when they do not fit.
   * ids[i] holds field i's value for the id fields. */
  int (*fill)(const struct sysgate_db_field *f, const unsigned *ids, void *entry, char *buf,
              size_t size);
};

/* The first entry named name (by id when name is NULL) into entry and buf: 1 when
 * found, 0 when there is none, or minus an errno value (ERANGE: buf is too small). */
int sysgate_db_lookup(const struct sysgate_db_kind *kind, const char *name, unsigned id,
                      void *entry, char *buf, size_t size);

/* Static storage for the functions that return one entry: a buffer grown until
 * the entry fits. */
struct sysgate_db_store {
  char *buf;
  size_t size;
};
/* sysgate_db_lookup into entry and store: the entry, or NULL (errno set on error). */
void *sysgate_db_keep(const struct sysgate_db_kind *kind, const char *name, unsigned id,
                      void *entry, struct sysgate_db_store *store);
/* The next entry of the file, opened at the first call (getpwent): the entry, or
 * NULL at the end or on error (errno set). */
void *sysgate_db_next_entry(const struct sysgate_db_kind *kind, struct sysgate_db *all, void *entry,
                            struct sysgate_db_store *store);

#endif
