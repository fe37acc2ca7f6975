#include "offercalc/levels.hpp"

#include <algorithm>
#include <cctype>
#include <array>
#include <span>

namespace offercalc {

namespace {

struct Rung {
    const char* level;
    int rank;
};

struct Ladder {
    const char* name;
    std::array<const char*, 2> companies;  ///< lower-case names that use this ladder (unused: null)
    std::array<Rung, 12> rungs;            ///< lower-case level names (unused: a null level)
};

// The common scale and every rung's place are from public level-equivalence
// tables; see docs/levels.md for the table and its sources. Approximate. Constant
// data, so that looking up a level builds nothing.
constexpr Ladder kLadders[] = {
    {"Amazon", {"amazon", "aws"}, {{{"l4", 1}, {"l5", 2}, {"l6", 3}, {"l7", 4}, {"l8", 5}}}},
    {"Meta",
     {"meta", "facebook"},
     {{{"e3", 1},
       {"e4", 2},
       {"e5", 3},
       {"e6", 4},
       {"e7", 5},
       {"e8", 6},
       {"ic3", 1},
       {"ic4", 2},
       {"ic5", 3},
       {"ic6", 4},
       {"ic7", 5},
       {"ic8", 6}}}},
    {"Google", {"google", "alphabet"}, {{{"l3", 1}, {"l4", 2}, {"l5", 3}, {"l6", 4}, {"l7", 5}, {"l8", 6}}}},
    {"Microsoft",
     {"microsoft"},
     {{{"59", 1}, {"60", 1}, {"61", 2}, {"62", 2}, {"63", 3}, {"64", 3}, {"65", 4}, {"66", 4}, {"67", 5}, {"68", 6}}}},
    {"Apple", {"apple"}, {{{"ict2", 1}, {"ict3", 2}, {"ict4", 3}, {"ict5", 4}, {"ict6", 5}}}},
    {"Netflix", {"netflix"}, {{{"l4", 2}, {"l5", 3}, {"l6", 4}, {"l7", 5}}}},
    {"Stripe", {"stripe"}, {{{"l1", 1}, {"l2", 2}, {"l3", 3}, {"l4", 4}, {"l5", 5}}}},
    {"Uber", {"uber"}, {{{"l3", 1}, {"l4", 2}, {"l5a", 3}, {"l5b", 4}, {"l6", 4}, {"l7", 5}}}},
};

constexpr Ladder kGeneric{
    "generic",
    {},
    {{{"entry", 1}, {"junior", 1}, {"mid", 2}, {"senior", 3}, {"staff", 4}, {"senior staff", 5}, {"principal", 6}}}};

/// A ladder's rungs, up to the first unused one.
std::span<const Rung> rungs(const Ladder& l) {
    const auto used = std::find_if(l.rungs.begin(), l.rungs.end(), [](const Rung& r) { return r.level == nullptr; });
    return {l.rungs.begin(), used};
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// The ladder a company uses: its own when known, else the generic one.
const Ladder& ladder_of(const std::string& company) {
    const std::string c = lower(company);
    for (const Ladder& l : kLadders)
        for (const char* name : l.companies)
            if (name != nullptr && c == name) return l;
    return kGeneric;
}

}  // namespace

std::optional<LevelPlace> place_level(const std::string& company, const std::string& level) {
    const Ladder& l = ladder_of(company);
    const std::string want = lower(level);
    for (const Rung& r : rungs(l))
        if (want == r.level) return LevelPlace{r.rank, l.name};
    return std::nullopt;
}

std::optional<std::string> level_at(const std::string& company, const std::string& level, int rank) {
    const Ladder& l = ladder_of(company);
    // Keep the spelling family of the offer's own level (IC5 rather than E5 at Meta).
    const std::string mine = lower(level);
    const auto family = mine.substr(0, mine.find_first_of("0123456789"));
    std::optional<std::string> any;
    for (const Rung& r : rungs(l)) {
        if (r.rank != rank) continue;
        // Company levels are codes ("L6", "IC5"); generic ones are titles ("Senior Staff").
        std::string name = r.level;
        const bool title = &l == &kGeneric;
        for (std::size_t i = 0; i < name.size(); ++i)
            if (!title || i == 0 || name[i - 1] == ' ')
                name[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[i])));
        if (lower(name).rfind(family, 0) == 0) return name;
        if (!any) any = name;
    }
    return any;
}

}  // namespace offercalc
