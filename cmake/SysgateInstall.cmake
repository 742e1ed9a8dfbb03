# `cmake --install`: headers, libsysgate.a, the crt objects, sysgate-cc, a CMake
# package (find_package(sysgate)) and sysgate.pc.
#
# Not obvious: the library directory is Debian's multiarch one,
# lib/<arch>-linux-gnu, whatever the prefix, so that an x86_64 and an i386
# install share one prefix (and one include/), as gcc-multilib's libc does;
# find_package and pkg-config then pick the arch the consumer builds for.
include(CMakePackageConfigHelpers)

set(SYSGATE_MULTIARCH ${SYSGATE_ARCH}-linux-gnu)
set(SYSGATE_INSTALL_LIBDIR lib/${SYSGATE_MULTIARCH} CACHE STRING
    "Library directory under the prefix (multiarch: x86_64 and i386 side by side)")
set(libdir ${SYSGATE_INSTALL_LIBDIR})

# The crt objects under the names a driver expects: crt1.o, and rcrt1.o for static PIEs.
set(crt_dir ${PROJECT_BINARY_DIR}/crt)
add_custom_command(
  OUTPUT ${crt_dir}/crt1.o ${crt_dir}/rcrt1.o
  COMMAND ${CMAKE_COMMAND} -E make_directory ${crt_dir}
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_OBJECTS:sysgate_crt> ${crt_dir}/crt1.o
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_OBJECTS:sysgate_crt_pie> ${crt_dir}/rcrt1.o
  DEPENDS sysgate_crt sysgate_crt_pie $<TARGET_OBJECTS:sysgate_crt>
          $<TARGET_OBJECTS:sysgate_crt_pie>
  COMMENT "sysgate crt objects")
# --tiny's _start and startup (sysgate::crt_tiny) as one relocatable object.
separate_arguments(crt_arch_flags UNIX_COMMAND "${CMAKE_C_FLAGS}")
add_custom_command(
  OUTPUT ${crt_dir}/crt1-tiny.o
  COMMAND ${CMAKE_COMMAND} -E make_directory ${crt_dir}
  COMMAND ${CMAKE_C_COMPILER} ${crt_arch_flags} -nostdlib -r -o ${crt_dir}/crt1-tiny.o
          $<TARGET_OBJECTS:sysgate_crt_tiny>
  DEPENDS sysgate_crt_tiny $<TARGET_OBJECTS:sysgate_crt_tiny>
  COMMAND_EXPAND_LISTS
  COMMENT "sysgate crt1-tiny.o")
add_custom_target(sysgate_crt_files ALL DEPENDS ${crt_dir}/crt1.o ${crt_dir}/rcrt1.o
                                                ${crt_dir}/crt1-tiny.o)

# The recipe as command-line text, for sysgate.pc and sysgate-cc.
string(JOIN " " SYSGATE_CFLAGS_TEXT ${SYSGATE_RECIPE_COMPILE_OPTIONS})
string(JOIN " " SYSGATE_LDFLAGS_TEXT ${SYSGATE_RECIPE_LINK_OPTIONS})
list(TRANSFORM SYSGATE_RECIPE_LIBS PREPEND -l OUTPUT_VARIABLE recipe_libs)
string(JOIN " " SYSGATE_LIBS_TEXT ${recipe_libs})

configure_file(cmake/sysgate.pc.in ${PROJECT_BINARY_DIR}/sysgate.pc @ONLY)
configure_file(tools/sysgate-cc.in ${PROJECT_BINARY_DIR}/sysgate-cc @ONLY)
configure_package_config_file(cmake/sysgateConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/sysgateConfig.cmake
                              INSTALL_DESTINATION ${libdir}/cmake/sysgate)
# The version file also refuses a package built for the other arch (CMAKE_SIZEOF_VOID_P).
write_basic_package_version_file(${PROJECT_BINARY_DIR}/sysgateConfigVersion.cmake
                                 COMPATIBILITY SameMajorVersion)

install(DIRECTORY include/ DESTINATION include)
install(TARGETS sysgate ARCHIVE DESTINATION ${libdir})
install(FILES ${crt_dir}/crt1.o ${crt_dir}/rcrt1.o ${crt_dir}/crt1-tiny.o ${PROJECT_BINARY_DIR}/sysgate.ld
        DESTINATION ${libdir}/sysgate)
install(FILES ${PROJECT_BINARY_DIR}/sysgate.pc DESTINATION ${libdir}/pkgconfig)
install(FILES ${PROJECT_BINARY_DIR}/sysgateConfig.cmake
              ${PROJECT_BINARY_DIR}/sysgateConfigVersion.cmake cmake/SysgateRecipe.cmake
        DESTINATION ${libdir}/cmake/sysgate)
install(PROGRAMS ${PROJECT_BINARY_DIR}/sysgate-cc DESTINATION bin)

# The kernel's uapi headers for sysgate-cc: a directory of links (SysgateUapiLinks.cmake).
set(SYSGATE_UAPI_ROOT /usr/include CACHE PATH
    "Where the machine's kernel uapi headers are (linux/, asm-generic/, <multiarch>/asm/)")
install(CODE "set(SYSGATE_UAPI_DIR \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${libdir}/sysgate/uapi\")
set(SYSGATE_UAPI_ROOT \"${SYSGATE_UAPI_ROOT}\")
set(SYSGATE_MULTIARCH \"${SYSGATE_MULTIARCH}\")
include(\"${PROJECT_SOURCE_DIR}/cmake/SysgateUapiLinks.cmake\")")
