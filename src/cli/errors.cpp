// A library error in the command line's words: the flag that set the bad value.

#include "errors.hpp"

#include <fmt/format.h>

#include "flags.hpp"
#include "offercalc/fields.hpp"

namespace offercalc::cli {

namespace {

/// The flag that sets each kind of subject (a field's is in kFieldFlags).
struct SubjectFlag {
    Subject::Kind kind;
    const char* flag;
};
constexpr SubjectFlag kSubjectFlags[] = {
    {Subject::Kind::Paths, "--paths"},           {Subject::Kind::Correlation, "--correlation"},
    {Subject::Kind::Confidence, "--confidence"}, {Subject::Kind::LeaveMonth, "--after"},
    {Subject::Kind::Format, "--format"},         {Subject::Kind::Target, "--target"},
    {Subject::Kind::TaxFiling, "--filing"},      {Subject::Kind::TaxState, "--state"},
    {Subject::Kind::TaxCity, "--city"},
};

/// The flag for a subject; "" when no flag sets it.
std::string flag_of(const Subject& s) {
    switch (s.kind()) {
        case Subject::Kind::Field:
            if (s.field() == Field::Volatility) return "--volatility";
            for (const FieldFlag& f : kFieldFlags)
                if (f.field == s.field()) return f.flag;
            return "";
        case Subject::Kind::Override: return "--set " + s.path();
        default:
            for (const SubjectFlag& f : kSubjectFlags)
                if (f.kind == s.kind()) return f.flag;
            return "";
    }
}

}  // namespace

std::string error_text(const Error& e) {
    const std::string flag = flag_of(e.subject());
    return flag.empty() ? e.what() : fmt::format("{}: {}", flag, e.detail());
}

}  // namespace offercalc::cli
