# Signals under sysgate's own _start (tests/nostdlib/CMakeLists.txt includes every
# <family>.cmake): handlers return through sysgate's restorers on both arches.
add_executable(signal_delivery ${CMAKE_CURRENT_LIST_DIR}/signal_delivery.c)
target_link_libraries(signal_delivery PRIVATE sysgate::nostdlib)
sysgate_program_test(signal_delivery STDOUT_FILE ${PROJECT_SOURCE_DIR}/tests/expected/signal_delivery.stdout)
