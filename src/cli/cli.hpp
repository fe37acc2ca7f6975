#pragma once

namespace offercalc::cli {

/// The whole program: parses the command line, runs the command, prints
/// "offercalc: error: ..." on failure and returns the exit status.
int run(int argc, char** argv);

}  // namespace offercalc::cli
