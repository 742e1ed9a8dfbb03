/* A deliberately bad hosted binary: it defines getpid, a libc name, so
 * check_libc_names.sh must reject it (the test expects that failure). */
int getpid(void);
int getpid(void) {
  return 42;
}
int main(void) {
  return getpid() == 42 ? 0 : 1;
}
