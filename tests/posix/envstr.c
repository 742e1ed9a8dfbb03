/* envstr: the environment and the string functions: getenv(3), strcmp(3),
 * strncmp, strchr, strrchr, strcpy, strncpy, strcat, memcmp, strlen, and abort(3)
 * when the first argument is "abort". A POSIX program, unchanged for glibc and
 * sysgate.
 *
 * Not obvious: getenv returns NULL for a variable that is not set and "" for
 * one set to nothing; the two are different answers.
 */
#include <stdlib.h>
#include <string.h>

#include "put.h"

static void show_env(const char *name) {
  const char *v = getenv(name);
  put(name);
  if (v == NULL) {
    put(" is not set\n");
  } else {
    put("=");
    put(v);
    put("\n");
  }
}

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "abort") == 0) {
    put("aborting\n");
    abort();
  }

  show_env("GREETING");
  show_env("EMPTY");
  show_env("UNSET_VARIABLE_XYZ");

  const char *path = argc > 1 ? argv[1] : "/usr/local/bin/tool";
  const char *slash = strrchr(path, '/');
  put("basename: ");
  put(slash ? slash + 1 : path);
  put("\n");
  const char *colon = strchr("key:value", ':');
  put("after the colon: ");
  put(colon + 1);
  put("\n");

  char buf[64];
  strcpy(buf, "sys");
  strcat(buf, "gate");
  put_line("strcpy+strcat: ", (long long)strlen(buf), " bytes, \"");
  put(buf);
  put("\"\n");

  char fixed[8];
  strncpy(fixed, "abc", sizeof fixed);
  put_line("strncpy pads: ", fixed[3] == '\0' && fixed[7] == '\0', "\n");

  put_line("strcmp(\"apple\", \"apricot\") < 0: ", strcmp("apple", "apricot") < 0, "\n");
  put_line("strncmp(\"apple\", \"apricot\", 2) == 0: ", strncmp("apple", "apricot", 2) == 0, "\n");
  put_line("memcmp of equal bytes: ", memcmp("abc", "abc", 3), "\n");
  return EXIT_SUCCESS;
}
