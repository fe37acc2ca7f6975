// `offercalc schema NAME`: the built-in JSON Schemas.

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "commands.hpp"
#include "output.hpp"
#include "offercalc/schema.hpp"

namespace offercalc::cli {

void setup_schema(CLI::App& sub, Action& action) {
    auto name = std::make_shared<std::string>();
    std::vector<std::string> names, outputs;
    for (const Schema& s : schemas()) {
        names.emplace_back(s.name);
        if (s.name != "offer" && s.name != "defs") outputs.emplace_back(s.name);
    }
    sub.add_option("name", *name,
                   fmt::format("which schema: offer (the offer file), a command's --json output ({}), or defs "
                               "(the definitions those share)",
                               fmt::join(outputs, ", ")))
        ->required()
        ->check(CLI::IsMember(names));
    sub.callback([name, &action] {
        action = [name] {
            for (const Schema& s : schemas())
                if (s.name == *name) emit(std::string(s.text));
            return 0;
        };
    });
}

}  // namespace offercalc::cli
