// `offercalc presets`: the vesting presets.

#include <memory>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "output.hpp"
#include "offercalc/show.hpp"

namespace offercalc::cli {

void setup_presets(CLI::App& sub, Action& action) {
    auto json = std::make_shared<bool>(false);
    sub.add_flag("--json", *json, "print JSON instead: each preset's yearly percents and tranches");
    sub.callback([json, &action] {
        action = [json] {
            emit(*json ? presets_json() : render_presets());
            return 0;
        };
    });
}

}  // namespace offercalc::cli
