// `offercalc validate`: checks offer files.

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "commands.hpp"
#include "errors.hpp"
#include "input.hpp"
#include "output.hpp"
#include "offercalc/error.hpp"
#include "offercalc/model.hpp"
#include "offercalc/schema.hpp"
#include "offercalc/show.hpp"

namespace offercalc::cli {

void setup_validate(CLI::App& sub, Action& action) {
    auto files = std::make_shared<std::vector<std::string>>();
    auto strict = std::make_shared<bool>(false), json = std::make_shared<bool>(false);
    sub.add_option("files", *files, "offer files (JSON); - reads standard input")->required();
    sub.add_flag("--strict", *strict, "treat warnings (likely mistakes, such as a percent between 0 and 1) as errors");
    sub.add_flag("--json", *json, "one JSON object with a verdict per file, on standard output");
    sub.callback([files, strict, json, &action] {
        action = [files, strict, json] {
            // Every file is checked; each bad one gets its error line (or JSON entry),
            // and the exit code is the worst (highest) of them.
            int status = kExitOk;
            std::vector<FileVerdict> verdicts;
            for (const std::string& f : *files) {
                std::string error;
                std::vector<std::string> warnings;
                try {
                    const Offer o = read_offer_file(f, {}, !*strict && !*json);
                    project(o, kMaxYears);
                    warnings = o.warnings;
                    if (*strict && !o.warnings.empty())  // one line: the first warning, as the error
                        throw data_error(o.warnings.front() + " (validate --strict)");
                } catch (const Error& e) {
                    error = error_text(e);
                    if (!*json) tell("error", error);
                    status = std::max<int>(status, e.status());
                }
                verdicts.push_back({visible(f), error, warnings});
            }
            if (*json) emit(validate_json(verdicts));
            return status;
        };
    });
}

}  // namespace offercalc::cli
