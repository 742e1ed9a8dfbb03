# sysgate's printf family without FILE in a program without libc (tests/nostdlib/
# CMakeLists.txt includes every <family>.cmake).
add_executable(printf_nostdlib ${CMAKE_CURRENT_LIST_DIR}/printf_nostdlib.c)
target_link_libraries(printf_nostdlib PRIVATE sysgate::nostdlib)
sysgate_program_test(printf_nostdlib
                     STDOUT_FILE ${PROJECT_SOURCE_DIR}/tests/expected/printf_nostdlib.stdout)
# A program that does not format links none of the formatter: hello has no
# sysgate_printf_engine symbol, while printf_nostdlib (the canary) has it.
add_test(NAME printf_not_linked_without_use
         COMMAND sh -c "nm \"$0\" | grep -qw sysgate_printf_engine && { echo \"$0 links printf\"; exit 1; }
                        nm \"$1\" | grep -qw sysgate_printf_engine || { echo \"no formatter in $1: the check sees nothing\"; exit 1; }
                        echo ok"
                 $<TARGET_FILE:hello> $<TARGET_FILE:printf_nostdlib>)
sysgate_host_only(printf_not_linked_without_use)
