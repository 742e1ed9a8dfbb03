# getopt, err and setenv in a program without libc (tests/nostdlib/CMakeLists.txt
# includes every <family>.cmake).
add_executable(getopt_err ${CMAKE_CURRENT_LIST_DIR}/getopt_err.c)
target_link_libraries(getopt_err PRIVATE sysgate::nostdlib)
sysgate_program_test(getopt_err
                     ARGS op1 --name=Ann -v op2 --cou --count=5 -xq --nam Bob -c7 -- -v
                     ENV A=1 STATUS 2
                     STDOUT_FILE ${PROJECT_SOURCE_DIR}/tests/expected/getopt_err.stdout
                     STDERR_FILE ${PROJECT_SOURCE_DIR}/tests/expected/getopt_err.stderr)
# Only a program that names them carries program_invocation_name's .preinit_array entry:
# hello has no set_names, getopt_err (the canary) has it.
add_test(NAME progname_not_linked_without_use
         COMMAND sh -c "nm \"$0\" | grep -qw set_names && { echo \"$0 links progname.c\"; exit 1; }
                        nm \"$1\" | grep -qw set_names || { echo \"no set_names in $1: the check sees nothing\"; exit 1; }
                        echo ok"
                 $<TARGET_FILE:hello> $<TARGET_FILE:getopt_err>)
sysgate_host_only(progname_not_linked_without_use)
