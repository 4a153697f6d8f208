// The encounter executable: everything lives in the encounter_cli library.
#include "cli/app.hpp"

int main(int argc, char** argv) { return encounter::cli::main_entry(argc, argv); }
