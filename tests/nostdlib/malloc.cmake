# sysgate's malloc family in a program without libc (tests/nostdlib/CMakeLists.txt
# includes every <family>.cmake).
add_executable(malloc_nostdlib ${CMAKE_CURRENT_LIST_DIR}/malloc_nostdlib.c)
target_link_libraries(malloc_nostdlib PRIVATE sysgate::nostdlib)
sysgate_program_test(malloc_nostdlib
                     STDOUT_FILE ${PROJECT_SOURCE_DIR}/tests/expected/malloc_nostdlib.stdout)
# A double free and a free of a stack address: the message on stderr, then SIGABRT
# (the shell reports 128 + 6); core dumps off, the death is the expected outcome.
foreach(mode double-free bad-free)
  add_test(NAME malloc_nostdlib_${mode}
           COMMAND sh -c "ulimit -c 0; \"$0\" $1; echo \"exit status $?\""
                   $<TARGET_FILE:malloc_nostdlib> ${mode})
endforeach()
set_tests_properties(malloc_nostdlib_double-free PROPERTIES PASS_REGULAR_EXPRESSION
                     "free\\(\\): double free detected\n(.*\n)?exit status 134\n")
set_tests_properties(malloc_nostdlib_bad-free PROPERTIES PASS_REGULAR_EXPRESSION
                     "free\\(\\): invalid pointer\n(.*\n)?exit status 134\n")
# A program that does not call malloc links none of the allocator: hello has no malloc
# or free symbol, while malloc_nostdlib (the canary) has both.
add_test(NAME malloc_not_linked_without_use
         COMMAND sh -c "nm \"$0\" | grep -qw -e malloc -e free && { echo \"$0 links malloc\"; exit 1; }
                        nm \"$1\" | grep -qw malloc || { echo \"no malloc in $1: the check sees nothing\"; exit 1; }
                        echo ok"
                 $<TARGET_FILE:hello> $<TARGET_FILE:malloc_nostdlib>)
sysgate_host_only(malloc_not_linked_without_use)
