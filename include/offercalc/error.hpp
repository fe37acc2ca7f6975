#pragma once

#include <stdexcept>
#include <string>
#include <utility>

#include "offercalc/exit_status.hpp"

namespace offercalc {

/// The one error type of the library: a message for the user and the exit code it maps to.
/// An error about one input value names it as its subject, in the library's words (an
/// offer-file path such as "rsu.grant", "override PATH", "leave month"); what() is
/// "subject: detail". A front end may name the subject its own way (the command line
/// says "--rsu") and print detail() after it.
class Error : public std::runtime_error {
public:
    Error(ExitStatus status, const std::string& message)
        : std::runtime_error(message), status_(status), detail_(message) {}
    Error(ExitStatus status, std::string subject, const std::string& detail)
        : std::runtime_error(subject + ": " + detail), status_(status), subject_(std::move(subject)), detail_(detail) {}
    ExitStatus status() const { return status_; }
    const std::string& subject() const { return subject_; }  ///< empty when the error has none
    const std::string& detail() const { return detail_; }    ///< the message without the subject

private:
    ExitStatus status_;
    std::string subject_, detail_;
};

/// Invalid offer data (exit 65).
inline Error data_error(const std::string& message) { return Error(kExitDataErr, message); }
/// Bad command line or bad what-if value (exit 2).
inline Error usage_error(const std::string& message) { return Error(kExitUsage, message); }
/// A bad value for one input, named in the library's words (see Error).
inline Error usage_error(std::string subject, const std::string& detail) {
    return Error(kExitUsage, std::move(subject), detail);
}

}  // namespace offercalc
