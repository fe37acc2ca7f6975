#pragma once

#include <stdexcept>
#include <string>
#include <utility>

#include "offercalc/exit_status.hpp"

namespace offercalc {

enum class Field;  // fields.hpp

/// What an error is about, in the library's words. A front end names it its own way:
/// the command line maps each kind to its flag through one table (src/cli/errors.cpp).
class Subject {
public:
    enum class Kind {
        None,
        Field,        ///< a what-if field; text: its offer-file path, "rsu.grant"
        Override,     ///< a --set PATH=VALUE; text: "override PATH"
        Paths,        ///< the odds' path count
        Correlation,  ///< the odds' correlation
        Confidence,   ///< compare's confidence
        LeaveMonth,   ///< leave's month
        Format,       ///< a --format template
        Target,       ///< compare's target
        Tax,          ///< the offer's tax block as a whole
        TaxFiling,
        TaxState,
        TaxCity,
    };
    Subject() = default;
    Subject(Kind kind) : kind_(kind) {}                          // NOLINT: a kind is a subject
    Subject(Field field) : kind_(Kind::Field), field_(field) {}  // NOLINT: so is a field
    static Subject override_of(std::string path) {
        Subject s(Kind::Override);
        s.path_ = std::move(path);
        return s;
    }
    Kind kind() const { return kind_; }
    Field field() const { return field_; }             ///< Kind::Field only
    const std::string& path() const { return path_; }  ///< Kind::Override only
    /// In the library's words: "rsu.grant", "override base", "paths", "leave month",
    /// "tax.state"; "" for None.
    std::string text() const;

private:
    Kind kind_ = Kind::None;
    Field field_{};
    std::string path_;
};

/// The one error type of the library: a message for the user and the exit code it maps to.
/// An error about one input value names it as its subject; what() is "subject: detail"
/// in the library's words. A front end may name the subject its own way (the command
/// line says "--rsu") and print detail() after it.
class Error : public std::runtime_error {
public:
    Error(ExitStatus status, const std::string& message)
        : std::runtime_error(message), status_(status), detail_(message) {}
    Error(ExitStatus status, Subject subject, const std::string& detail)
        : std::runtime_error(subject.text() + ": " + detail),
          status_(status),
          subject_(std::move(subject)),
          detail_(detail) {}
    ExitStatus status() const { return status_; }
    const Subject& subject() const { return subject_; }    ///< Kind::None when the error has none
    const std::string& detail() const { return detail_; }  ///< the message without the subject

private:
    ExitStatus status_;
    Subject subject_;
    std::string detail_;
};

/// Invalid offer data (exit 65).
inline Error data_error(const std::string& message) { return Error(kExitDataErr, message); }
/// Bad command line or bad what-if value (exit 2).
inline Error usage_error(const std::string& message) { return Error(kExitUsage, message); }
/// A bad value for one input (see Subject).
inline Error usage_error(Subject subject, const std::string& detail) {
    return Error(kExitUsage, std::move(subject), detail);
}

}  // namespace offercalc
