#include "offercalc/levels.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace offercalc {

namespace {

struct Rung {
    const char* level;
    int rank;
};

struct Ladder {
    const char* name;
    std::vector<const char*> companies;  ///< lower-case names that use this ladder
    std::vector<Rung> rungs;             ///< lower-case level names
};

// The common scale and every rung's place are from public level-equivalence
// tables; see docs/levels.md for the table and its sources. Approximate.
const std::vector<Ladder>& ladders() {
    static const std::vector<Ladder> v = {
        {"Amazon", {"amazon", "aws"}, {{"l4", 1}, {"l5", 2}, {"l6", 3}, {"l7", 4}, {"l8", 5}}},
        {"Meta",
         {"meta", "facebook"},
         {{"e3", 1}, {"e4", 2}, {"e5", 3}, {"e6", 4}, {"e7", 5}, {"e8", 6},
          {"ic3", 1}, {"ic4", 2}, {"ic5", 3}, {"ic6", 4}, {"ic7", 5}, {"ic8", 6}}},
        {"Google", {"google", "alphabet"}, {{"l3", 1}, {"l4", 2}, {"l5", 3}, {"l6", 4}, {"l7", 5}, {"l8", 6}}},
        {"Microsoft",
         {"microsoft"},
         {{"59", 1}, {"60", 1}, {"61", 2}, {"62", 2}, {"63", 3}, {"64", 3}, {"65", 4}, {"66", 4}, {"67", 5},
          {"68", 6}}},
        {"Apple", {"apple"}, {{"ict2", 1}, {"ict3", 2}, {"ict4", 3}, {"ict5", 4}, {"ict6", 5}}},
        {"Netflix", {"netflix"}, {{"l4", 2}, {"l5", 3}, {"l6", 4}, {"l7", 5}}},
        {"Stripe", {"stripe"}, {{"l1", 1}, {"l2", 2}, {"l3", 3}, {"l4", 4}, {"l5", 5}}},
        {"Uber", {"uber"}, {{"l3", 1}, {"l4", 2}, {"l5a", 3}, {"l5b", 4}, {"l6", 4}, {"l7", 5}}},
    };
    return v;
}

const Ladder& generic() {
    static const Ladder g{"generic",
                          {},
                          {{"entry", 1}, {"junior", 1}, {"mid", 2}, {"senior", 3}, {"staff", 4},
                           {"senior staff", 5}, {"principal", 6}}};
    return g;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// The ladder a company uses: its own when known, else the generic one.
const Ladder& ladder_of(const std::string& company) {
    const std::string c = lower(company);
    for (const Ladder& l : ladders())
        if (std::find(l.companies.begin(), l.companies.end(), c) != l.companies.end()) return l;
    return generic();
}

}  // namespace

std::optional<LevelPlace> place_level(const std::string& company, const std::string& level) {
    const Ladder& l = ladder_of(company);
    const std::string want = lower(level);
    for (const Rung& r : l.rungs)
        if (want == r.level) return LevelPlace{r.rank, l.name};
    return std::nullopt;
}

std::optional<std::string> level_at(const std::string& company, const std::string& level, int rank) {
    const Ladder& l = ladder_of(company);
    // Keep the spelling family of the offer's own level (IC5 rather than E5 at Meta).
    const std::string mine = lower(level);
    const auto family = mine.substr(0, mine.find_first_of("0123456789"));
    std::optional<std::string> any;
    for (const Rung& r : l.rungs) {
        if (r.rank != rank) continue;
        std::string name = r.level;
        const bool generic_rung = &l == &generic();
        for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (generic_rung) {
            name = lower(name);
            name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
        }
        if (lower(name).rfind(family, 0) == 0) return name;
        if (!any) any = name;
    }
    return any;
}

}  // namespace offercalc
