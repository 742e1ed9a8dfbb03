# Processes under sysgate's own _start (tests/nostdlib/CMakeLists.txt includes every
# <family>.cmake): fork, vfork + execve of itself, clone with CLONE_VM, the waits.
add_executable(proc_spawn ${CMAKE_CURRENT_LIST_DIR}/proc_spawn.c)
target_link_libraries(proc_spawn PRIVATE sysgate::nostdlib)
sysgate_program_test(proc_spawn STDOUT_FILE ${PROJECT_SOURCE_DIR}/tests/expected/proc_spawn.stdout)
