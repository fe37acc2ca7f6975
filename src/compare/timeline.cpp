// The calendar and the timeline: when to send the counter, when to ask for an
// answer, and which close dates bound it (DOMAIN rule 5).

#include <algorithm>

#include <fmt/format.h>

#include "compare/parts.hpp"

namespace offercalc::detail {

namespace {

/// The answer window meets the slow weeks: from December 18 to January 3.
bool in_year_end(Date from, Date to) {
    for (int y : {from.year() - 1, from.year()})
        if (from <= Date::from_ymd(y + 1, 1, 3) && to >= Date::from_ymd(y, 12, 18)) return true;
    return false;
}

/// The earliest close date still to come, the offer's own among the comparators', and
/// whose it is; the warnings about missing and passed close dates go to `out`.
std::optional<std::pair<Date, std::string>> earliest_close(const Comparison& c, Timeline& t,
                                                           std::vector<std::string>& out) {
    std::optional<std::pair<Date, std::string>> earliest;
    // The offer itself: an answer after it lapses is no answer.
    const Offer& me = c.offers.front().offer;
    if (me.close_date && *me.close_date < t.today)
        out.push_back(
            fmt::format("{} itself closed on {}: ask the recruiter whether it still stands before any "
                        "counter",
                        me.name, me.close_date->iso()));
    else if (me.close_date) earliest = std::pair{*me.close_date, me.name};
    for (std::size_t i = 1; i < c.offers.size(); ++i) {
        const Offer& x = c.offers[i].offer;
        // A copy of the offer is the offer itself, no deadline of another company's.
        if (i - 1 < c.situation.comparators.size() && c.situation.comparators[i - 1].copy) continue;
        Timeline::Close cl{x.name, x.kind, x.close_date, x.close_date && *x.close_date < t.today};
        t.closes.push_back(cl);
        if (x.kind == OfferKind::Current) continue;  // a current job has no deadline
        if (!x.close_date)
            out.push_back(fmt::format("{} has no close_date: weak leverage; ask {} for its deadline", x.name,
                                      x.company.empty() ? "that company" : x.company));
        else if (cl.passed)
            out.push_back(
                fmt::format("{} closed on {}: it is not current leverage; ask whether it can be "
                            "extended",
                            x.name, x.close_date->iso()));
        else if (!earliest || *x.close_date < earliest->first) earliest = std::pair{*x.close_date, x.name};
    }
    return earliest;
}

/// The counter's dates: send it, the answer window, and the answer-by date before any live close.
Date counter_dates(Timeline& t, const Calendar& cal, const std::optional<std::pair<Date, std::string>>& earliest) {
    t.counter_by = cal.plus_business_days(t.offer_date, 1);
    if (t.counter_by < t.today) {
        const Date now = cal.on_or_after(t.today);
        t.warnings.push_back(fmt::format("the counter date {} has passed: send the counter {}", t.counter_by.iso(),
                                         now == t.today ? "today" : "on " + now.iso()));
        t.counter_by = now;
    }
    // A close on or before the usual counter day: the counter goes before it (today at
    // the latest), so that an answer can come before the close.
    const Date usual = t.counter_by;
    if (earliest && earliest->first <= t.counter_by) t.counter_by = std::max(t.today, cal.before(earliest->first));
    const bool early = t.counter_by != usual;  // said with the close that moved it
    t.window_start = cal.plus_business_days(t.counter_by, 3);
    t.window_end = cal.plus_business_days(t.counter_by, 5);
    t.answer_by = t.window_end;
    if (earliest && earliest->first <= t.window_end) {
        const Date close = earliest->first;
        // Ask for an answer by the last business day before the close (never after it,
        // nor before the counter), and the window ends there too: no date shown falls
        // after a live close.
        t.answer_by = std::clamp(cal.before(close), std::min(t.counter_by, close), close);
        t.warnings.push_back(fmt::format(
            "{} closes on {}, {}: {}ask for an answer by {}", earliest->second, close.iso(),
            close == t.window_end
                ? std::string("the day the usual answer window (3 to 5 business days) "
                              "ends")
                : "before the usual answer window (3 to 5 business days) ends on " + t.window_end.iso(),
            early ? "send the counter " +
                        (t.counter_by == t.today ? std::string("today") : "on " + t.counter_by.iso()) + " and "
                  : "",
            t.answer_by.iso()));
        t.window_end = t.answer_by;
        t.window_start = std::min(t.window_start, t.answer_by);
    }
    if (in_year_end(t.counter_by, t.window_end))
        t.warnings.push_back(
            "the answer window falls in the last two weeks of December or the first days of "
            "January, when recruiters answer slowly: expect delays");
    return t.window_end;
}

}  // namespace

Timeline make_timeline(const Comparison& c, const CompareOptions& opts) {
    Timeline t;
    const Offer& o = c.offers.front().offer;
    t.today = opts.today;
    t.offer_date = o.offer_date.value_or(opts.today);
    if (!o.offer_date) t.warnings.push_back(fmt::format("{} has no offer_date: the timeline starts today", o.name));
    // An offer long past its review with no close still to come may have lapsed: most
    // close within two weeks (DOMAIN rule 5 reviews in 72 hours).
    if (t.offer_date.plus_days(30) < t.today && !(o.close_date && *o.close_date >= t.today))
        t.warnings.push_back(
            fmt::format("{} was made on {}, {} days ago: ask the recruiter whether it still stands "
                        "before any counter",
                        o.name, t.offer_date.iso(), t.today.days() - t.offer_date.days()));
    if (t.today < t.offer_date)
        t.warnings.push_back(fmt::format("today ({}) is before the offer date ({}): check --today and offer_date",
                                         t.today.iso(), t.offer_date.iso()));
    std::vector<Date> extra;
    for (const Projected& p : c.offers) extra.insert(extra.end(), p.offer.holidays.begin(), p.offer.holidays.end());
    const Date first = std::min(t.offer_date, t.today);
    const Calendar cal(opts.holidays, first.year(), std::max(t.offer_date, t.today).year() + 1, extra);
    t.reviewing = t.today <= cal.plus_business_days(t.offer_date, 3);

    std::vector<std::string> close_warnings;  // said after the counter's own
    const auto earliest = earliest_close(c, t, close_warnings);
    Date last_shown;
    t.counter = !c.asks.empty();
    if (!t.counter) {
        // Nothing to counter: decide by the offer's own close date, or at the end of
        // the 72-hour review, and never after a live comparator closes.
        if (o.close_date && *o.close_date >= t.today) t.decide_by = *o.close_date;
        else t.decide_by = std::max(cal.plus_business_days(t.offer_date, 3), cal.on_or_after(t.today));
        if (earliest && t.decide_by > earliest->first) t.decide_by = std::max(cal.before(earliest->first), t.today);
        last_shown = t.decide_by;
    } else {
        last_shown = counter_dates(t, cal, earliest);
    }
    t.warnings.insert(t.warnings.end(), close_warnings.begin(), close_warnings.end());
    const Date upto = std::max(last_shown, earliest ? earliest->first : last_shown);
    // Holidays that move a date still to come: from the offer date while it is being
    // reviewed, from today once that has passed (an old offer lists no past years).
    const Date from = t.reviewing ? t.offer_date : t.today;
    for (Date d : cal.holidays_between(from, upto)) t.holidays.emplace_back(d, cal.holiday_name(d));
    return t;
}

}  // namespace offercalc::detail
