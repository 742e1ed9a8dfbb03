# 29 common wrappers called and checked; also tools/callsites.sh's specimen, whose -O2
# disassembly shows the inlined call sites unchanged across a refactor.
add_executable(callsites ${CMAKE_CURRENT_LIST_DIR}/callsites.c)
target_link_libraries(callsites PRIVATE sysgate::nostdlib)
sysgate_program_test(callsites STDOUT_FILE ${PROJECT_SOURCE_DIR}/tests/expected/callsites.stdout)
