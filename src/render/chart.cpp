#include "offercalc/chart.hpp"

#include <algorithm>
#include <numeric>

#include "offercalc/text.hpp"
#include "core/wide.hpp"

namespace offercalc::chart {

std::vector<Money> ticks(Money top, int max_steps) {
    if (top.in_cents() <= 0) return {Money(), Money::dollars(1)};
    const std::int64_t dollars = (top.in_cents() + 99) / 100;  // whole dollars, rounded up
    const std::int64_t step = [&] {
        for (std::int64_t power = 1;; power *= 10)
            for (std::int64_t m : {1, 2, 5})
                if ((dollars + m * power - 1) / (m * power) <= max_steps) return m * power;
    }();
    std::vector<Money> out;
    for (std::int64_t v = 0;; v += step) {
        out.push_back(Money::dollars(v));
        if (v >= dollars) break;
    }
    return out;
}

std::vector<double> spread_labels(const std::vector<double>& want, double size, double lo, double hi) {
    const std::size_t n = want.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return want[a] < want[b]; });
    std::vector<double> p(n);
    for (std::size_t i = 0; i < n; ++i) p[i] = std::clamp(want[order[i]], lo, hi);
    // Push down the axis, then back from its end, then (when they cannot all fit)
    // from its start: each pass keeps the gaps the one before made.
    for (std::size_t i = 1; i < n; ++i) p[i] = std::max(p[i], p[i - 1] + size);
    if (n > 0 && p[n - 1] > hi) {
        p[n - 1] = hi;
        for (std::size_t i = n - 1; i-- > 0;) p[i] = std::min(p[i], p[i + 1] - size);
    }
    if (n > 0 && p[0] < lo) {
        p[0] = lo;
        for (std::size_t i = 1; i < n; ++i) p[i] = std::max(p[i], p[i - 1] + size);
    }
    std::vector<double> out(n);
    for (std::size_t i = 0; i < n; ++i) out[order[i]] = p[i];
    return out;
}

std::vector<int> label_rows(const std::vector<std::pair<double, double>>& spans, double gap) {
    std::vector<double> row_end;  // where each row's last label ends
    std::vector<int> rows;
    for (const auto& [start, end] : spans) {
        std::size_t r = 0;
        while (r < row_end.size() && start < row_end[r] + gap) ++r;
        if (r == row_end.size()) row_end.push_back(end);
        else row_end[r] = end;
        rows.push_back(static_cast<int>(r));
    }
    return rows;
}

double text_width(std::string_view s, double font_size) { return 0.6 * font_size * display_width(s); }

std::string whole_dollars(Money m) {
    const std::string s = Money::cents(round_half_away(m.in_cents(), 100) * 100).pretty();
    return s.substr(0, s.size() - 3);  // drop ".00"
}

}  // namespace offercalc::chart
