// Fuzz target: any bytes as an offer file. A parse error is fine; a crash, a
// sanitizer report, an exception other than offercalc::Error or a broken
// invariant (a total that is not the sum of its parts, the quick JSON parser
// disagreeing with nlohmann's) is a bug.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "offercalc/compare.hpp"
#include "invariants.hpp"
#include "offercalc/error.hpp"
#include "offercalc/summary.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/show.hpp"
#include "offercalc/scenarios.hpp"

using namespace offercalc;

namespace {

void require(bool ok) {
    if (!ok) __builtin_trap();
}

Projected projected(Offer o, int years) {
    Projected p;
    p.projection = project(o, years);
    p.offer = std::move(o);
    return p;
}

const Offer& rival() {
    static const Offer o = parse_offer(R"({"name": "rival", "company": "R", "level": "L6",
        "close_date": "2026-12-01", "base": 200000, "bonus_pct": 10,
        "rsu": {"grant": 200000, "vesting": "quarterly"}})",
                                       "rival.json");
    return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const Offer offer = parse_offer(text, "fuzz.json");
        for (int years : {1, 4, 10}) require(testing::parts_add_up(offer, project(offer, years)));
        const Projected me = projected(offer, 4);
        (void)render_show(me);
        (void)render_summary_line(me, false);
        (void)render_summary_line(me, true);
        (void)offer_json(me);
        const LeaveResult l = leave(offer, 18);
        require(!l.kept().is_negative() || offer.sign_on_clawback);
        // The comparison searches asks: run it on a share of inputs to keep the pace.
        if (size % 4 == 0) {
            CompareOptions opts;
            opts.today = *Date::parse("2026-11-23");
            const Comparison c = compare({me, projected(rival(), 4)}, opts);
            for (const Ask& a : c.asks)
                if (a.feasible) require(a.total >= c.goal || !a.closes);
            (void)render_compare(c, {true, true, true, 0});
            (void)render_compare(c, {true, false, true, 40});
            (void)compare_json(c);
        }
    } catch (const Error&) {
        // invalid input, reported to the user as such
    }
    return 0;
}
