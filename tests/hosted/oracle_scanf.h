/* The glibc side of test_scanf.c: glibc's sscanf (the C99 one, __isoc99_sscanf,
 * which reads %a as a float, not GNU's allocation flag) with six pointer arguments.
 *
 * Not obvious: every conversion's destination is one of six buffers, so both sides'
 * results compare byte for byte whatever the types in the format.
 */
#ifndef SYSGATE_TEST_ORACLE_SCANF_H
#define SYSGATE_TEST_ORACLE_SCANF_H

#define ORACLE_SCANF_ARGS 6

int oracle_sscanf(const char *input, const char *format, void *args[ORACLE_SCANF_ARGS]);
/* The same, with glibc's errno after the call (0 before it) in *err. */
int oracle_sscanf_err(const char *input, const char *format, void *args[ORACLE_SCANF_ARGS],
                      int *err);
/* glibc's fscanf on the file at path, then the byte getc reads next (EOF: -1) in
 * *next. */
int oracle_fscanf(const char *path, const char *format, void *args[ORACLE_SCANF_ARGS], int *next);

#endif
