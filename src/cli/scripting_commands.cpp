#include "commands.hpp"

namespace offercalc::cli {

void setup_scripting(CLI::App&, Action&) {}

}  // namespace offercalc::cli
