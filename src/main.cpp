#include "cli/cli.hpp"

int main(int argc, char** argv) { return offercalc::cli::run(argc, argv); }
