// The calendar and the timeline: when to send the counter, when to ask for an
// answer, and which close dates bound it (DOMAIN rule 5).

#include <algorithm>

#include <fmt/format.h>

#include "compare/parts.hpp"

namespace offercalc::detail {

Timeline make_timeline(const Comparison& c, const CompareOptions& opts) {
    Timeline t;
    const Offer& o = c.offers.front().offer;
    t.today = opts.today;
    t.offer_date = o.offer_date.value_or(opts.today);
    if (!o.offer_date) t.warnings.push_back(fmt::format("{} has no offer_date: the timeline starts today", o.name));
    std::vector<Date> extra;
    for (const Projected& p : c.offers) extra.insert(extra.end(), p.offer.holidays.begin(), p.offer.holidays.end());
    const Date first = std::min(t.offer_date, t.today);
    const Calendar cal(opts.holidays, first.year(), std::max(t.offer_date, t.today).year() + 1, extra);

    std::vector<std::string> close_warnings;  // said after the counter's own
    std::optional<Date> earliest;             // the earliest close date still to come
    std::string earliest_name;
    for (std::size_t i = 1; i < c.offers.size(); ++i) {
        const Offer& x = c.offers[i].offer;
        Timeline::Close cl{x.name, x.kind, x.close_date, x.close_date && *x.close_date < t.today};
        t.closes.push_back(cl);
        if (x.kind == OfferKind::Current) continue;  // a current job has no deadline
        if (!x.close_date)
            close_warnings.push_back(fmt::format("{} has no close_date: weak leverage; ask {} for its deadline", x.name,
                                             x.company.empty() ? "that company" : x.company));
        else if (cl.passed)
            close_warnings.push_back(fmt::format("{} closed on {}: it is not cited as a deadline; ask whether it can "
                                             "be extended",
                                             x.name, x.close_date->iso()));
        else if (!earliest || *x.close_date < *earliest) {
            earliest = x.close_date;
            earliest_name = x.name;
        }
    }

    Date last_shown;
    t.counter = c.gap.in_cents() > 0;
    if (!t.counter) {
        // Nothing to counter: decide by the offer's own close date, or at the end of
        // the 72-hour review.
        if (o.close_date && *o.close_date >= t.today) t.decide_by = *o.close_date;
        else t.decide_by = std::max(cal.plus_business_days(t.offer_date, 3), cal.on_or_after(t.today));
        last_shown = t.decide_by;
    } else {
        t.counter_by = cal.plus_business_days(t.offer_date, 1);
        if (t.counter_by < t.today) {
            const Date now = cal.on_or_after(t.today);
            t.warnings.push_back(fmt::format("the counter date {} has passed: send the counter {}",
                                             t.counter_by.iso(), now == t.today ? "today" : "on " + now.iso()));
            t.counter_by = now;
        }
        t.window_start = cal.plus_business_days(t.counter_by, 3);
        t.window_end = cal.plus_business_days(t.counter_by, 5);
        t.answer_by = t.window_end;
        if (earliest && *earliest <= t.window_end) {
            // Ask for an answer by the last business day before the close (never after it).
            t.answer_by = std::clamp(cal.before(*earliest), std::min(t.counter_by, *earliest), *earliest);
            t.warnings.push_back(fmt::format("{} closes on {}, before the answer window ends on {}: ask for an "
                                             "answer by {}",
                                             earliest_name, earliest->iso(), t.window_end.iso(), t.answer_by.iso()));
        }
        last_shown = t.window_end;
        const Date dec18 = Date::from_ymd(t.window_end.year(), 12, 18);
        if (t.window_end >= dec18 && t.counter_by <= Date::from_ymd(t.window_end.year(), 12, 31))
            t.warnings.push_back("the answer window falls in the last two weeks of December, when recruiters "
                                 "answer slowly: expect delays");
    }
    t.warnings.insert(t.warnings.end(), close_warnings.begin(), close_warnings.end());
    for (Date d : cal.holidays_between(t.offer_date, std::max(last_shown, earliest.value_or(last_shown))))
        t.holidays.emplace_back(d, cal.holiday_name(d));
    return t;
}

}  // namespace offercalc::detail
