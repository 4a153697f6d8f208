# ASan + UBSan for our own targets when ENCOUNTER_SANITIZE is on (a second build directory in CI).
add_library(encounter_sanitizers INTERFACE)
if(ENCOUNTER_SANITIZE)
  target_compile_options(encounter_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(encounter_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
