# Toolchain file: build sysgate and its tests for i386 (-m32) on an x86_64 Debian host.
# Needs gcc-multilib (crt files and libgcc for -m32) and, for the tests,
# libcmocka-dev:i386 after `dpkg --add-architecture i386`.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR i686)
# Appended as normal variables, not _INIT, so that a -DCMAKE_C_FLAGS=-O2 given
# on the command line (the test matrix does) keeps -m32 instead of replacing it.
foreach(var CMAKE_C_FLAGS CMAKE_ASM_FLAGS CMAKE_EXE_LINKER_FLAGS CMAKE_SHARED_LINKER_FLAGS)
  set(${var} "${${var}} -m32")
endforeach()
# Debian's multiarch directory for i386 libraries (cmocka's lives there).
set(CMAKE_LIBRARY_ARCHITECTURE i386-linux-gnu)
# The host runs i386 programs natively: no emulator needed for ctest.
set(CMAKE_CROSSCOMPILING_EMULATOR "")
