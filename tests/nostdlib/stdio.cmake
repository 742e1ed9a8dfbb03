# sysgate's FILE streams, atexit and the exit flush in a program without libc
# (tests/nostdlib/CMakeLists.txt includes every <family>.cmake).
add_executable(stdio_nostdlib ${CMAKE_CURRENT_LIST_DIR}/stdio_nostdlib.c)
target_link_libraries(stdio_nostdlib PRIVATE sysgate::nostdlib)
sysgate_program_test(stdio_nostdlib
                     STDOUT_FILE ${PROJECT_SOURCE_DIR}/tests/expected/stdio_nostdlib.stdout)
sysgate_program_test(stdio_nostdlib__exit PROGRAM stdio_nostdlib ARGS _exit
                     STDOUT_FILE ${PROJECT_SOURCE_DIR}/tests/expected/empty.txt)
sysgate_program_test(stdio_nostdlib_exit3 PROGRAM stdio_nostdlib ARGS exit3 STATUS 3
                     STDOUT_FILE ${PROJECT_SOURCE_DIR}/tests/expected/stdio_nostdlib_exit3.stdout)
# On a terminal: script(1) gives the program a fresh pty (as example_winsize_pty).
find_program(SYSGATE_SCRIPT script)
if(SYSGATE_SCRIPT)
  add_test(NAME stdio_nostdlib_tty
           COMMAND sh -c "exec \"$0\" -qec \"\\\"$1\\\" tty\" /dev/null"
                   ${SYSGATE_SCRIPT} $<TARGET_FILE:stdio_nostdlib>)
  set_tests_properties(stdio_nostdlib_tty PROPERTIES
                       PASS_REGULAR_EXPRESSION "ok 3 stderr: unbuffered" FAIL_REGULAR_EXPRESSION "FAIL")
else()
  add_test(NAME stdio_nostdlib_tty COMMAND sh -c
    "echo 'SKIPPED: script(1) not found (Debian: apt-get install bsdutils)'; exit 77")
  set_tests_properties(stdio_nostdlib_tty PROPERTIES SKIP_RETURN_CODE 77)
endif()
# A program that uses no stream links none of stdio or atexit: hello has no fflush,
# stdout or atexit symbol, while stdio_nostdlib (the canary) has them all.
add_test(NAME stdio_not_linked_without_use
         COMMAND sh -c "nm \"$0\" | grep -qw -e fflush -e stdout -e atexit -e sysgate_stdio_put && { echo \"$0 links stdio\"; exit 1; }
                        for s in sysgate_stdio_put stdout atexit; do nm \"$1\" | grep -qw $s || { echo \"no $s in $1: the check sees nothing\"; exit 1; }; done
                        echo ok"
                 $<TARGET_FILE:hello> $<TARGET_FILE:stdio_nostdlib>)
sysgate_host_only(stdio_not_linked_without_use)
