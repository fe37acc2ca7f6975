#include "commands.hpp"

namespace offercalc::cli {

void setup_compare(CLI::App&, Action&) {}

}  // namespace offercalc::cli
