# ASan + UBSan for our own targets when ENCOUNTER_SANITIZE is on (a second build directory in CI).
# ENCOUNTER_FUZZ adds libFuzzer's coverage instrumentation too; the fuzz targets link its main.
add_library(encounter_sanitizers INTERFACE)
if(ENCOUNTER_SANITIZE OR ENCOUNTER_FUZZ)
  # float-cast-overflow: a number from a file too big for an int is undefined behaviour that
  # GCC's -fsanitize=undefined leaves out (clang's includes it).
  set(encounter_sanitize_flags -fsanitize=address,undefined,float-cast-overflow)
  target_compile_options(encounter_sanitizers INTERFACE
    ${encounter_sanitize_flags} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(encounter_sanitizers INTERFACE ${encounter_sanitize_flags})
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC's flow analysis sees ASan's instrumentation as reads of uninitialized memory
    # (libstdc++'s <regex> and std::function in Catch2), so -Werror would stop the build.
    target_compile_options(encounter_sanitizers INTERFACE -Wno-maybe-uninitialized)
  endif()
endif()
if(ENCOUNTER_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "ENCOUNTER_FUZZ needs clang (libFuzzer), e.g. CXX=clang++-14")
  endif()
  target_compile_options(encounter_sanitizers INTERFACE -fsanitize=fuzzer-no-link)
endif()
