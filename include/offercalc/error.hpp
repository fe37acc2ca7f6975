#pragma once

#include <stdexcept>
#include <string>

#include "offercalc/exit_status.hpp"

namespace offercalc {

/// The one error type of the library: a message for the user and the exit code it maps to.
class Error : public std::runtime_error {
public:
    Error(ExitStatus status, const std::string& message)
        : std::runtime_error(message), status_(status) {}
    ExitStatus status() const { return status_; }

private:
    ExitStatus status_;
};

/// Invalid offer data (exit 65).
inline Error data_error(const std::string& message) { return Error(kExitDataErr, message); }
/// Bad command line or bad what-if value (exit 2).
inline Error usage_error(const std::string& message) { return Error(kExitUsage, message); }

}  // namespace offercalc
