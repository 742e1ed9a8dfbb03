/* tinysh: a tiny shell. Reads commands from standard input, one per line, and
 * runs each the way every Unix shell does: fork(2), then execve(2) in the child,
 * then waitpid(2) in the parent (see also environ(7) for PATH).
 *
 *   tinysh < script       or interactively, with a "tinysh$ " prompt on a terminal
 *
 * A line is split on spaces and tabs (no quotes, no $variables, no pipes). A name
 * with a '/' is run as it is; any other is looked for in each directory of $PATH.
 * A command that fails gets a line "<name>: exit status N" (or "killed by signal
 * N") on standard output. The builtin `exit [N]` leaves with N, or with the last
 * command's status; so does the end of the input.
 *
 * Not obvious: the shell reads its input one byte at a time. The child inherits
 * standard input: not a copy, but the same open file, with one shared read
 * position. If the shell read ahead a block, a command that reads its standard
 * input (`head -n 1`) would find the script's next lines already gone, or would
 * itself swallow them. Reading only up to each newline leaves the position right
 * after the current command's line, for the command and then for the shell.
 */
#include <sysgate.h>

#define LINE_BYTES 1024 /* bytes in a command line, with its NUL */
#define ARGS_MAX 64     /* words in a command, with argv's final NULL */

/* Writes a NUL-terminated string to fd; output errors have nowhere to go. */
static void say(int fd, const char *s) {
  (void)write(fd, s, strlen(s));
}

/* Appends n in decimal (no printf in sysgate); returns the new end. Here n is an
 * exit status (0..255) or a signal number (1..64): three digits at most. */
static char *append_small(char *p, unsigned int n) {
  if (n >= 100)
    *p++ = (char)('0' + n / 100);
  if (n >= 10)
    *p++ = (char)('0' + n / 10 % 10);
  *p++ = (char)('0' + n % 10);
  return p;
}

/* Reads one line into buf, without its '\n'. Returns its length; -1 at the end
 * of the input (a last line without '\n' still counts); -2 for a line too long,
 * which is read to its end and dropped. One read(2) per byte: see the top. */
static int read_line(char *buf, int cap) {
  int len = 0, got_any = 0, too_long = 0;
  for (;;) {
    char c;
    ssize_t n = read(STDIN_FILENO, &c, 1);
    if (n < 0 && errno == EINTR)
      continue;   /* a signal interrupted the wait for input: wait again */
    if (n <= 0) { /* 0: end of input; < 0: an error, which ends the input too */
      if (!got_any)
        return -1;
      break;
    }
    got_any = 1;
    if (c == '\n')
      break;
    if (len < cap - 1)
      buf[len++] = c;
    else
      too_long = 1;
  }
  buf[len] = '\0';
  return too_long ? -2 : len;
}

/* Splits line in place: each run of spaces or tabs becomes NULs, and argv gets a
 * pointer to each word, then NULL, as execve wants. Returns the word count, or
 * -1 when there are more than ARGS_MAX - 1 words. */
static int split(char *line, char **argv) {
  int argc = 0;
  for (char *p = line; *p != '\0';) {
    if (*p == ' ' || *p == '\t') {
      *p++ = '\0';
      continue;
    }
    if (argc == ARGS_MAX - 1)
      return -1;
    argv[argc++] = p;
    while (*p != '\0' && *p != ' ' && *p != '\t')
      p++;
  }
  argv[argc] = NULL;
  return argc;
}

/* In the child: replaces this process with the command, as execvp(3) does.
 * execve returns only when it failed; on success this program's memory is gone
 * and the command's main runs in the same process, with the same pid and the
 * same open files. Returns with errno set when no candidate could be run. */
static void exec_command(char **argv) {
  const char *name = argv[0];
  if (strchr(name, '/') != NULL) { /* "/bin/ls", "./prog": no search */
    execve(name, argv, environ);
    return;
  }
  const char *path = getenv("PATH");
  if (path == NULL)
    path = "/usr/local/bin:/usr/bin:/bin"; /* roughly glibc's default */

  int saw_eacces = 0;
  char file[LINE_BYTES + 256];
  size_t name_len = strlen(name);
  for (const char *dir = path;; dir++) {
    const char *end = strchr(dir, ':');
    if (end == NULL)
      end = dir + strlen(dir);
    size_t dir_len = (size_t)(end - dir);
    if (dir_len + 1 + name_len + 1 <= sizeof file) {
      /* An empty entry ("::", or a leading or trailing ':') is the current directory. */
      memcpy(file, dir_len ? dir : ".", dir_len ? dir_len : 1);
      size_t at = dir_len ? dir_len : 1;
      file[at] = '/';
      memcpy(file + at + 1, name, name_len + 1);
      execve(file, argv, environ);
      /* Not there (ENOENT, ENOTDIR) or not allowed (EACCES): try the next one.
       * Any other error (ENOEXEC, E2BIG, ENOMEM...) is this file's and final. */
      if (errno == EACCES)
        saw_eacces = 1;
      else if (errno != ENOENT && errno != ENOTDIR)
        return;
    }
    if (*end == '\0')
      break;
    dir = end;
  }
  errno = saw_eacces ? EACCES : ENOENT;
}

/* "<name><what><n>\n" on standard output, in one write. */
static void status_line(const char *name, const char *what, unsigned int n) {
  char line[LINE_BYTES + 64];
  size_t name_len = strlen(name); /* a word of a line: shorter than LINE_BYTES */
  size_t what_len = strlen(what);
  memcpy(line, name, name_len);
  memcpy(line + name_len, what, what_len);
  char *p = append_small(line + name_len + what_len, n);
  *p++ = '\n';
  (void)write(STDOUT_FILENO, line, (size_t)(p - line));
}

/* Runs one command and returns its status as a shell gives it: the exit code,
 * or 128 + the signal that killed it. */
static int run(char **argv) {
  pid_t pid = fork();
  if (pid < 0) {
    perror("tinysh: fork");
    return 1;
  }
  if (pid == 0) {
    /* The child: a copy of the shell, until execve replaces it. */
    exec_command(argv);
    int err = errno;
    say(STDERR_FILENO, "tinysh: ");
    errno = err;
    perror(argv[0]); /* "tinysh: nosuchcmd: No such file or directory" */
    /* _exit, not exit: exit would run the shell's .fini_array functions here too,
     * and in a libc flush the shell's stdio buffers a second time. 127 "not
     * found" and 126 "not runnable" are what POSIX shells report. */
    _exit(err == ENOENT ? 127 : 126);
  }

  /* The parent: sleep until that child ends. waitpid also frees the kernel's
   * record of it; a child never waited for stays a zombie. */
  int ws;
  while (waitpid(pid, &ws, 0) < 0) {
    if (errno != EINTR) {
      perror("tinysh: waitpid");
      return 1;
    }
  }
  /* The status word packs the exit code or the signal (wait(2)'s macros unpack it). */
  if (WIFEXITED(ws)) {
    if (WEXITSTATUS(ws) != 0)
      status_line(argv[0], ": exit status ", (unsigned int)WEXITSTATUS(ws));
    return WEXITSTATUS(ws);
  }
  status_line(argv[0], ": killed by signal ", (unsigned int)WTERMSIG(ws));
  return 128 + WTERMSIG(ws);
}

/* `exit N`: N as a decimal number, taken modulo 256 as the kernel keeps only the
 * low 8 bits of an exit code. -1 when it is not a number. */
static int parse_status(const char *s) {
  unsigned int v = 0;
  if (*s == '\0')
    return -1;
  for (; *s; s++) {
    if (*s < '0' || *s > '9')
      return -1;
    v = (v * 10 + (unsigned int)(*s - '0')) & 0xff;
  }
  return (int)v;
}

int main(void) {
  /* A prompt only for a person: TIOCGWINSZ succeeds only on a terminal (see winsize.c). */
  struct winsize ws;
  int interactive = ioctl(STDIN_FILENO, TIOCGWINSZ, &ws) == 0;

  char line[LINE_BYTES];
  char *argv[ARGS_MAX];
  int status = 0; /* the last command's, as $? */
  for (;;) {
    if (interactive)
      say(STDERR_FILENO, "tinysh$ ");
    int len = read_line(line, sizeof line);
    if (len == -1)
      break;
    if (len == -2) {
      say(STDERR_FILENO, "tinysh: line too long\n");
      status = 2;
      continue;
    }
    int argc = split(line, argv);
    if (argc < 0) {
      say(STDERR_FILENO, "tinysh: too many words\n");
      status = 2;
      continue;
    }
    if (argc == 0)
      continue; /* a blank line */
    if (strcmp(argv[0], "exit") == 0) {
      int code = argc > 1 ? parse_status(argv[1]) : status;
      if (code < 0) {
        say(STDERR_FILENO, "tinysh: exit: not a number\n");
        code = 2;
      }
      return code;
    }
    status = run(argv);
  }
  return status;
}
