# The string functions, getenv and abort behind the drop-in POSIX headers
# (tests/nostdlib/CMakeLists.txt includes every <family>.cmake).
add_executable(libc_extras ${CMAKE_CURRENT_LIST_DIR}/libc_extras.c)
target_link_libraries(libc_extras PRIVATE sysgate::nostdlib)
sysgate_program_test(libc_extras ENV A=1 AB=long B=xyz EMPTY=
                     STDOUT_FILE ${PROJECT_SOURCE_DIR}/tests/expected/libc_extras.stdout)
# abort() must kill with SIGABRT (the shell reports 128 + 6) even past a handler that
# returns, or with SIGABRT blocked; core dumps off, the death is the expected outcome.
# The (.*\n)? is the shell's own "Aborted" line.
foreach(mode abort abort-blocked)
  add_test(NAME libc_extras_${mode}
           COMMAND sh -c "ulimit -c 0; \"$0\" $1; echo \"exit status $?\""
                   $<TARGET_FILE:libc_extras> ${mode})
endforeach()
set_tests_properties(libc_extras_abort PROPERTIES PASS_REGULAR_EXPRESSION
                     "^handler returned\n(.*\n)?exit status 134\n")
set_tests_properties(libc_extras_abort-blocked PROPERTIES PASS_REGULAR_EXPRESSION
                     "exit status 134\n")
