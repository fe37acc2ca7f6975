// A library error in the command line's words: the flag that set the bad value.

#include "errors.hpp"

#include <fmt/format.h>

#include "flags.hpp"
#include "offercalc/fields.hpp"

namespace offercalc::cli {

std::string error_text(const Error& e) {
    const std::string& subject = e.subject();
    if (subject.empty()) return e.what();
    for (const FieldFlag& f : kFieldFlags)
        if (subject == spec(f.field).path) return fmt::format("{}: {}", f.flag, e.detail());
    if (subject == spec(Field::Volatility).path) return "--volatility: " + e.detail();
    if (subject == "paths" || subject == "correlation" || subject == "confidence")
        return fmt::format("--{}: {}", subject, e.detail());
    if (subject == "leave month") return "--after: " + e.detail();
    if (subject == "format") return "--format: " + e.detail();
    if (subject == "target") return "--target: " + e.detail();
    if (subject == "tax.filing" || subject == "tax.state" || subject == "tax.city")
        return fmt::format("--{}: {}", subject.substr(4), e.detail());
    if (subject.rfind("override ", 0) == 0) return fmt::format("--set {}: {}", subject.substr(9), e.detail());
    return e.what();
}

}  // namespace offercalc::cli
