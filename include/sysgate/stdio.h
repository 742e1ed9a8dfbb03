/* sysgate/stdio.h: FILE streams (stdio(3)): fopen(3), fdopen, freopen, fclose(3), fflush(3),
 * setvbuf(3), fread(3), fwrite, fgetc(3), ungetc, fgets, getline(3), getdelim, fputc(3), fputs,
 * puts(3), fseek(3), ftell, rewind, fgetpos, fsetpos, feof(3), ferror, clearerr, fileno(3),
 * tmpfile(3), remove(3), popen(3), pclose, printf(3) and fprintf to a stream; perror(3); and the
 * printf family without FILE (sysgate/printf.h).
 *
 * Buffering is glibc's: stdout is line-buffered when it is a terminal and fully
 * buffered otherwise, stderr is unbuffered, stdin and every opened stream are fully
 * buffered (line-buffered on a terminal), with 4096-byte buffers. exit() and a return
 * from main flush every stream; _exit() does not.
 *
 * Not obvious: reading from a line-buffered or unbuffered stream first flushes stdout
 * when stdout is line-buffered, so a prompt without a newline shows before the program
 * waits (glibc's libio/fileops.c, _IO_new_file_underflow). Reaching end of file is
 * sticky: a stream that saw EOF returns EOF without reading again until clearerr,
 * a seek or ungetc (C99 7.19.7.1; glibc since 2.28).
 */
#ifndef SYSGATE_STDIO_H
#define SYSGATE_STDIO_H

#include "base.h"
#include "printf.h"
#include "scanf.h"
#include "types.h"
#include <stdarg.h>
#include <stddef.h>

void perror(const char *prefix) SG_SYMBOL(perror);

/* A stream. Its layout is the library's own (src/libc/stdio_impl.h). */
typedef struct sysgate_file FILE;

/* A position for fgetpos/fsetpos, of glibc's size: the offset and a conversion
 * state (always zero: no wide streams). */
typedef struct {
  off_t pos;
  int state[2];
} fpos_t;

#define EOF (-1)
#define BUFSIZ 8192 /* setbuf's buffer size, as glibc's */
#define FILENAME_MAX 4096
#define FOPEN_MAX 16
#define L_tmpnam 20
#define TMP_MAX 238328
#define P_tmpdir "/tmp"
#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif
#define _IOFBF 0 /* setvbuf modes, glibc's values */
#define _IOLBF 1
#define _IONBF 2

extern FILE *stdin SG_SYMBOL(stdin);
extern FILE *stdout SG_SYMBOL(stdout);
extern FILE *stderr SG_SYMBOL(stderr);

/* Opening and closing. Mode strings as glibc reads them: r, w or a first, then up to
 * six of + (read and write), b (ignored), x (O_EXCL), e (O_CLOEXEC), anything else
 * ignored. */
FILE *fopen(const char *restrict path, const char *restrict mode) SG_SYMBOL(fopen);
FILE *fdopen(int fd, const char *mode) SG_SYMBOL(fdopen);
FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict stream)
    SG_SYMBOL(freopen);
int fclose(FILE *stream) SG_SYMBOL(fclose);
FILE *tmpfile(void) SG_SYMBOL(tmpfile);
FILE *popen(const char *command, const char *mode) SG_SYMBOL(popen);
int pclose(FILE *stream) SG_SYMBOL(pclose);
int fileno(FILE *stream) SG_SYMBOL(fileno);

/* Buffering. fflush(NULL) flushes every output stream. */
int fflush(FILE *stream) SG_SYMBOL(fflush);
int setvbuf(FILE *restrict stream, char *restrict buf, int mode, size_t size) SG_SYMBOL(setvbuf);
void setbuf(FILE *restrict stream, char *restrict buf) SG_SYMBOL(setbuf);
void setbuffer(FILE *restrict stream, char *restrict buf, size_t size) SG_SYMBOL(setbuffer);
void setlinebuf(FILE *stream) SG_SYMBOL(setlinebuf);

/* Reading. */
size_t fread(void *restrict ptr, size_t size, size_t nmemb, FILE *restrict stream) SG_SYMBOL(fread);
int fgetc(FILE *stream) SG_SYMBOL(fgetc);
int getc(FILE *stream) SG_SYMBOL(getc);
int getchar(void) SG_SYMBOL(getchar);
int ungetc(int c, FILE *stream) SG_SYMBOL(ungetc);
char *fgets(char *restrict s, int n, FILE *restrict stream) SG_SYMBOL(fgets);
ssize_t getdelim(char **restrict lineptr, size_t *restrict n, int delim, FILE *restrict stream)
    SG_SYMBOL(getdelim);
ssize_t getline(char **restrict lineptr, size_t *restrict n, FILE *restrict stream)
    SG_SYMBOL(getline);

/* Writing. */
size_t fwrite(const void *restrict ptr, size_t size, size_t nmemb, FILE *restrict stream)
    SG_SYMBOL(fwrite);
int fputc(int c, FILE *stream) SG_SYMBOL(fputc);
int putc(int c, FILE *stream) SG_SYMBOL(putc);
int putchar(int c) SG_SYMBOL(putchar);
int fputs(const char *restrict s, FILE *restrict stream) SG_SYMBOL(fputs);
int puts(const char *s) SG_SYMBOL(puts);
int(printf)(const char *restrict format, ...) SG_SYMBOL(printf) SG_PRINTF(1, 2);
int(fprintf)(FILE *restrict stream, const char *restrict format, ...) SG_SYMBOL(fprintf)
    SG_PRINTF(2, 3);
int vprintf(const char *restrict format, va_list ap) SG_SYMBOL(vprintf) SG_PRINTF(1, 0);
int vfprintf(FILE *restrict stream, const char *restrict format, va_list ap) SG_SYMBOL(vfprintf)
    SG_PRINTF(2, 0);

/* Positioning. ftell fails with EOVERFLOW where the offset does not fit a long. */
int fseek(FILE *stream, long offset, int whence) SG_SYMBOL(fseek);
int fseeko(FILE *stream, off_t offset, int whence) SG_SYMBOL(fseeko);
long ftell(FILE *stream) SG_SYMBOL(ftell);
off_t ftello(FILE *stream) SG_SYMBOL(ftello);
void rewind(FILE *stream) SG_SYMBOL(rewind);
int fgetpos(FILE *restrict stream, fpos_t *restrict pos) SG_SYMBOL(fgetpos);
int fsetpos(FILE *stream, const fpos_t *pos) SG_SYMBOL(fsetpos);

/* State. */
int feof(FILE *stream) SG_SYMBOL(feof);
int ferror(FILE *stream) SG_SYMBOL(ferror);
void clearerr(FILE *stream) SG_SYMBOL(clearerr);

/* A stream held across calls (POSIX flockfile): ftrylockfile returns 0 when it took it. The
 * _unlocked forms do not take the stream's lock (the caller holds it); without the threaded
 * build, no stream is ever locked and they are the same as the plain calls. */
void flockfile(FILE *stream) SG_SYMBOL(flockfile);
int ftrylockfile(FILE *stream) SG_SYMBOL(ftrylockfile);
void funlockfile(FILE *stream) SG_SYMBOL(funlockfile);
int getc_unlocked(FILE *stream) SG_SYMBOL(getc_unlocked);
int getchar_unlocked(void) SG_SYMBOL(getchar_unlocked);
int fgetc_unlocked(FILE *stream) SG_SYMBOL(fgetc_unlocked);
int putc_unlocked(int c, FILE *stream) SG_SYMBOL(putc_unlocked);
int putchar_unlocked(int c) SG_SYMBOL(putchar_unlocked);
int fputc_unlocked(int c, FILE *stream) SG_SYMBOL(fputc_unlocked);
int fputs_unlocked(const char *restrict s, FILE *restrict stream) SG_SYMBOL(fputs_unlocked);
size_t fwrite_unlocked(const void *restrict ptr, size_t size, size_t nmemb, FILE *restrict stream)
    SG_SYMBOL(fwrite_unlocked);
size_t fread_unlocked(void *restrict ptr, size_t size, size_t nmemb, FILE *restrict stream)
    SG_SYMBOL(fread_unlocked);
char *fgets_unlocked(char *restrict s, int n, FILE *restrict stream) SG_SYMBOL(fgets_unlocked);
int fflush_unlocked(FILE *stream) SG_SYMBOL(fflush_unlocked);
int feof_unlocked(FILE *stream) SG_SYMBOL(feof_unlocked);
int ferror_unlocked(FILE *stream) SG_SYMBOL(ferror_unlocked);
void clearerr_unlocked(FILE *stream) SG_SYMBOL(clearerr_unlocked);
int fileno_unlocked(FILE *stream) SG_SYMBOL(fileno_unlocked);

/* Files by name. remove() unlinks a file and removes an empty directory. */
int remove(const char *path) SG_SYMBOL(remove);

/* <stdio_ext.h> (glibc's, from Solaris): a stream's buffer state. */
size_t __fbufsize(FILE *stream) SG_SYMBOL(__fbufsize);
size_t __fpending(FILE *stream) SG_SYMBOL(__fpending);
int __freading(FILE *stream) SG_SYMBOL(__freading);
int __fwriting(FILE *stream) SG_SYMBOL(__fwriting);
int __freadable(FILE *stream) SG_SYMBOL(__freadable);
int __fwritable(FILE *stream) SG_SYMBOL(__fwritable);
int __flbf(FILE *stream) SG_SYMBOL(__flbf);
void __fpurge(FILE *stream) SG_SYMBOL(__fpurge);
void _flushlbf(void) SG_SYMBOL(_flushlbf);
int __fsetlocking(FILE *stream, int type) SG_SYMBOL(__fsetlocking);
#define FSETLOCKING_QUERY 0
#define FSETLOCKING_INTERNAL 1
#define FSETLOCKING_BYCALLER 2

#endif
