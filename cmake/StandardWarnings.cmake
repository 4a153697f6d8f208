# Warnings for our own targets only (linked PRIVATE), never for dependencies.
add_library(encounter_warnings INTERFACE)
target_compile_options(encounter_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(ENCOUNTER_WARNINGS_AS_ERRORS)
  target_compile_options(encounter_warnings INTERFACE -Werror)
endif()
