# The threaded build (docs/threads.md): libsysgate-pthread.a, the same sources as
# libsysgate.a plus src/thread/ and src/arch/<arch>/thread_*, compiled with the public
# definition SYSGATE_THREADS (errno thread-local, startup sets up TLS); sysgate::pthread
# is the library, sysgate::nostdlib_pthread the -nostdlib recipe around it.
# Not obvious: objects of the two builds cannot share a link. errno is `__thread` in one
# and a plain int in the other, and ld refuses a TLS reference to a non-TLS definition.
file(GLOB SYSGATE_THREAD_SOURCES RELATIVE ${PROJECT_SOURCE_DIR} CONFIGURE_DEPENDS src/thread/*.c
     src/arch/${SYSGATE_ARCH}/thread_*.c src/arch/${SYSGATE_ARCH}/thread_*.S)
add_library(sysgate_pthread STATIC ${SYSGATE_COMMON_SOURCES} ${SYSGATE_START_SOURCES}
                                   ${SYSGATE_THREAD_SOURCES})
set_target_properties(sysgate_pthread PROPERTIES OUTPUT_NAME sysgate-pthread)
foreach(prop INCLUDE_DIRECTORIES INTERFACE_INCLUDE_DIRECTORIES COMPILE_OPTIONS COMPILE_DEFINITIONS
             INTERFACE_COMPILE_DEFINITIONS POSITION_INDEPENDENT_CODE)
  get_target_property(value sysgate ${prop})
  if(value)
    set_property(TARGET sysgate_pthread PROPERTY ${prop} "${value}")
  endif()
endforeach()
target_compile_definitions(sysgate_pthread PUBLIC SYSGATE_THREADS)
add_library(sysgate::pthread ALIAS sysgate_pthread)

# The recipe: sysgate::nostdlib's, with the threaded library and glibc's -pthread macro.
add_library(sysgate_nostdlib_pthread INTERFACE)
target_link_libraries(sysgate_nostdlib_pthread INTERFACE $<TARGET_OBJECTS:${SYSGATE_CRT}>
                                                         sysgate_pthread ${SYSGATE_RECIPE_LIBS})
target_compile_options(sysgate_nostdlib_pthread INTERFACE ${SYSGATE_RECIPE_COMPILE_OPTIONS}
                                                          ${SYSGATE_PIC_FLAG})
target_compile_definitions(sysgate_nostdlib_pthread INTERFACE _REENTRANT)
target_link_options(sysgate_nostdlib_pthread INTERFACE ${SYSGATE_RECIPE_LINK_OPTIONS}
                    ${SYSGATE_LINK_MODE} -Wl,-T,${SYSGATE_LINKER_SCRIPT})
add_dependencies(sysgate_nostdlib_pthread ${SYSGATE_CRT})
add_library(sysgate::nostdlib_pthread ALIAS sysgate_nostdlib_pthread)

# Without threads, a program with __thread variables fails to link, with a message
# (cmake/sysgate-notls.ld), rather than fault at run time.
set(SYSGATE_NOTLS_SCRIPT ${PROJECT_SOURCE_DIR}/cmake/sysgate-notls.ld)
target_link_libraries(sysgate_nostdlib INTERFACE ${SYSGATE_NOTLS_SCRIPT})
target_link_libraries(sysgate_nostdlib_tiny INTERFACE ${SYSGATE_NOTLS_SCRIPT})

install(TARGETS sysgate_pthread ARCHIVE DESTINATION ${SYSGATE_INSTALL_LIBDIR})
install(FILES ${SYSGATE_NOTLS_SCRIPT} DESTINATION ${SYSGATE_INSTALL_LIBDIR}/sysgate)
