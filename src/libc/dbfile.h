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
/* For the functions returning static storage: doubles *size (from 1 KiB) and
 * reallocates *buf. 0, or ENOMEM. */
int sysgate_db_grow(char **buf, size_t *size);

#endif
