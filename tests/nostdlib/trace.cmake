# Trace mode (sysgate/trace.h): a copy of the library built with SYSGATE_TRACE,
# and programs whose stderr must be exactly the expected trace lines.
add_library(sysgate_traced STATIC)
foreach(src ${SYSGATE_COMMON_SOURCES} ${SYSGATE_START_SOURCES})
  target_sources(sysgate_traced PRIVATE ${PROJECT_SOURCE_DIR}/${src})
endforeach()
target_include_directories(sysgate_traced PUBLIC ${PROJECT_SOURCE_DIR}/include)
target_compile_definitions(sysgate_traced PUBLIC SYSGATE_TRACE)
target_compile_options(sysgate_traced PRIVATE ${SYSGATE_LIB_FLAGS})

foreach(prog trace_demo cat_traced)
  if(prog STREQUAL cat_traced)
    add_executable(${prog} ${PROJECT_SOURCE_DIR}/examples/cat.c)
  else()
    add_executable(${prog} ${prog}.c)
  endif()
  target_link_libraries(${prog} PRIVATE $<TARGET_OBJECTS:sysgate_crt> sysgate_traced
                                        ${SYSGATE_RECIPE_LIBS})
  target_compile_options(${prog} PRIVATE ${SYSGATE_RECIPE_COMPILE_OPTIONS})
  target_link_options(${prog} PRIVATE ${SYSGATE_RECIPE_LINK_OPTIONS} -static)
  add_dependencies(${prog} sysgate_crt)
endforeach()

sysgate_program_test(trace_demo STDERR_FILE ${expected}/trace_demo.stderr)
# cat on a missing file, then stdin: the trace lines and perror's own line.
sysgate_program_test(trace_cat_missing PROGRAM cat_traced ARGS /nonexistent/x - STDIN_FILE ${fixture}
                     STATUS 1 STDOUT_FILE ${fixture}
                     STDERR_FILE ${expected}/trace_cat_missing.stderr)
