/* start_args: what sysgate's _start hands to main(): argc, argv, envp, environ and
 * the auxiliary vector (execve(2), environ(7), getauxval(3)).
 *
 * Run as `env -i A=1 B=xyz start_args one "two words"`. It prints what it saw
 * (ctest compares that with tests/expected/start_args.stdout) and checks each
 * fact; the exit status is the number of the first failed check.
 *
 * Not obvious: nothing here may take the startup code's word for where things
 * are. The auxiliary vector is found again by walking envp to its NULL, and
 * AT_ENTRY is compared with the address of the _start symbol the linker chose,
 * so a _start that skipped a word or mislaid the vector fails a check instead of
 * agreeing with itself.
 */
#include <stdint.h>
#include <sysgate.h>

#include "check.h"

/* Declared here only to take its address: it is code, never called from C. */
extern void _start(void);

int main(int argc, char **argv, char **envp) {
  /* What the program saw, for the expected-output file. argv[0] is left out: it is
   * the build directory's path to this program, which differs on every machine. */
  put("argc ");
  put_long(argc);
  put("\n");
  for (int i = 1; i < argc; i++) {
    put("argv[");
    put_long(i);
    put("] ");
    put(argv[i]);
    put("\n");
  }
  for (char **e = envp; *e; e++) {
    put("envp ");
    put(*e);
    put("\n");
  }

  check(argc == 3, "argc == 3");
  check(argc >= 2 && str_eq(argv[1], "one"), "argv[1] is \"one\"");
  check(argc >= 3 && str_eq(argv[2], "two words"), "argv[2] is \"two words\", one argument");
  check(argv[argc] == NULL, "argv[argc] == NULL");
  check(envp == argv + argc + 1, "envp starts right after argv's NULL");
  check(envp[0] != NULL && str_eq(envp[0], "A=1"), "envp[0] is \"A=1\"");
  check(envp[0] != NULL && envp[1] != NULL && str_eq(envp[1], "B=xyz"), "envp[1] is \"B=xyz\"");
  check(envp[0] != NULL && envp[1] != NULL && envp[2] == NULL, "envp[2] == NULL");
  check(environ == envp, "environ == envp");

  /* The kernel lays out the auxiliary vector right after envp's NULL. */
  char **env_end = envp;
  while (*env_end)
    env_end++;
  check((uintptr_t)sysgate_auxv == (uintptr_t)(env_end + 1),
        "sysgate_auxv is the word after envp's NULL");

  /* A key that is there: its value, and errno left alone (only absence sets it). */
  errno = 0;
  unsigned long pagesz = getauxval(AT_PAGESZ);
  check(pagesz == 4096, "getauxval(AT_PAGESZ) == 4096");
  check(errno == 0, "getauxval of a present key leaves errno alone");

  /* The vDSO is a whole ELF image mapped by the kernel: it starts with the ELF magic. */
  unsigned long ehdr = getauxval(AT_SYSINFO_EHDR);
  check(ehdr != 0 && memcmp((const void *)ehdr, "\177ELF", 4) == 0,
        "getauxval(AT_SYSINFO_EHDR) points to \"\\177ELF\"");

  check(getauxval(AT_RANDOM) != 0, "getauxval(AT_RANDOM) != 0");
  check(getauxval(AT_PHDR) != 0, "getauxval(AT_PHDR) != 0");
  /* One program header is 56 bytes in ELF64, 32 in ELF32: a value that is only
   * right if the vector is read as pairs of native words from the right place. */
  check(getauxval(AT_PHENT) == (sizeof(void *) == 8 ? 56u : 32u),
        "getauxval(AT_PHENT) is the size of one native program header");

  errno = 0;
  unsigned long absent = getauxval(9999);
  int absent_errno = errno;
  check(absent == 0 && absent_errno == ENOENT, "getauxval(9999) == 0 with errno ENOENT");

  check(getauxval(AT_ENTRY) == (unsigned long)(uintptr_t)&_start, "getauxval(AT_ENTRY) == &_start");

  return check_status();
}
