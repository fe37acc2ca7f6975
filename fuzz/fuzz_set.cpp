// Fuzz target: the --set path language. The text is one or more PATH=VALUE lines,
// applied as overrides to a small valid offer document before it is read. An Error
// is fine; a crash, a sanitizer report, another exception or a total that is not the
// sum of its parts is a bug.
#include <cstdint>
#include <string>
#include <vector>

#include "invariants.hpp"
#include "offercalc/error.hpp"
#include "offercalc/parse.hpp"

using namespace offercalc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::vector<Override> overrides;
    std::size_t start = 0;
    while (start <= text.size() && overrides.size() < 16) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string line = text.substr(start, end - start);
        const auto eq = line.find('=');
        if (eq != std::string::npos) overrides.push_back({line.substr(0, eq), line.substr(eq + 1)});
        start = end + 1;
    }
    try {
        const Offer o =
            parse_offer(R"({"base": 100000, "sign_on": {"year1": 5000}, "other": [{"name": "r", "amount": 1}],
            "rsu": {"grant": 1000, "vesting": "amazon"}, "refreshers": [{"grant": 10, "month": 12, "vesting": [50, 50]}]})",
                        "f.json", overrides);
        if (!testing::parts_add_up(o, project(o, 4))) __builtin_trap();
    } catch (const Error&) {}
    return 0;
}
