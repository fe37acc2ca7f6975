#pragma once

#include <string>

#include "offercalc/error.hpp"

namespace offercalc::cli {

/// A library error in the command line's words: an error about a field (or an
/// override, or the leave month) names the flag that set it.
std::string error_text(const Error& e);

}  // namespace offercalc::cli
