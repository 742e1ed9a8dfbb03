# Run by `cmake --install` (SysgateInstall.cmake): makes <libdir>/sysgate/uapi, a
# directory holding only three links, linux, asm-generic and asm, to the kernel's
# uapi headers that Debian's linux-libc-dev puts in /usr/include. sysgate-cc adds it
# with -idirafter, so <linux/futex.h> or <asm/termbits.h> are found after sysgate's
# own headers, while glibc's (<stdio.h>, <bits/...>) in the same /usr/include stay
# out of reach.
#
# Not obvious: asm is per arch in Debian (/usr/include/<multiarch>/asm), but x86's
# uapi asm headers serve i386 and x86_64 alike (they test __i386__ themselves), so
# when this arch's multiarch tree is missing (an x86_64 machine with gcc-multilib
# has no i386-linux-gnu/asm, only /usr/include/asm) any x86 one will do. Links to
# headers that are not there yet dangle harmlessly: the include fails as it would
# without them, and works once linux-libc-dev is installed.
# In: SYSGATE_UAPI_DIR (the directory to make), SYSGATE_UAPI_ROOT (/usr/include),
# SYSGATE_MULTIARCH.
set(root ${SYSGATE_UAPI_ROOT})
set(asm ${root}/${SYSGATE_MULTIARCH}/asm)
foreach(candidate ${root}/${SYSGATE_MULTIARCH}/asm ${root}/x86_64-linux-gnu/asm
                  ${root}/i386-linux-gnu/asm ${root}/asm)
  if(IS_DIRECTORY ${candidate})
    set(asm ${candidate})
    break()
  endif()
endforeach()
file(MAKE_DIRECTORY ${SYSGATE_UAPI_DIR})
message(STATUS "Installing: ${SYSGATE_UAPI_DIR} (links to ${root}/linux, ${root}/asm-generic, ${asm})")
file(CREATE_LINK ${root}/linux ${SYSGATE_UAPI_DIR}/linux SYMBOLIC)
file(CREATE_LINK ${root}/asm-generic ${SYSGATE_UAPI_DIR}/asm-generic SYMBOLIC)
file(CREATE_LINK ${asm} ${SYSGATE_UAPI_DIR}/asm SYMBOLIC)
