// The Monte Carlo behind odds.hpp: draws, valuation and the figures drawn from them.

#include <algorithm>
#include <cctype>
#include <cmath>
#include <exception>
#include <map>
#include <optional>
#include <thread>
#include <tuple>

#include <fmt/format.h>

#include "odds/engine.hpp"
#include "offercalc/error.hpp"
#include "offercalc/options.hpp"
#include "offercalc/tax.hpp"
#include "offercalc/text.hpp"
#include "core/wide.hpp"

namespace offercalc {

namespace detail {

namespace {

/// SplitMix64's output function: a bijection of 64-bit words that mixes every bit.
constexpr std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// The draws of one (seed, path, company): a SplitMix64 sequence keyed by all three,
/// each uniform turned into a standard normal by the inverse normal distribution.
class Stream {
public:
    Stream(std::uint64_t seed, std::int64_t path, int company)
        : state_(mix64(mix64(seed ^ 0x6f666665726361ULL) ^ static_cast<std::uint64_t>(path)) +
                 static_cast<std::uint64_t>(company) * 0xd1342543de82ef95ULL) {}

    double normal() { return inverse_normal(uniform()); }

    double uniform() {  // in (0, 1): 53 random bits, centred in their interval
        state_ += 0x9e3779b97f4a7c15ULL;
        return (static_cast<double>(mix64(state_) >> 11) + 0.5) * 0x1p-53;
    }
    std::uint64_t state_;
};

/// The stream an exit is drawn from: its own, apart from the price draws (another seed
/// word), keyed by (seed, path, company), so that offers of one startup share it.
Stream exit_stream(std::uint64_t seed, std::int64_t path, int company) {
    return Stream(seed ^ 0x65786974ULL, path, company);
}

/// The paper value in each year of an offer's options under each exit: the options
/// vesting in that year, if vested by the end of the exit's year, at the exit's price
/// (each vest at its own strike); none after. `upto` is the cumulative probability.
struct ExitPay {
    double upto = 0;
    std::vector<std::int64_t> cents;
};
std::vector<ExitPay> exit_pay(const Offer& offer, int years) {
    std::vector<ExitPay> out;
    if (!offer.options || offer.options->exits.empty()) return out;
    const Options& o = *offer.options;
    const std::vector<OptionVest> vests = option_vests(o, 12 * years);
    double upto = 0;
    for (const ExitScenario& s : o.exits) {
        ExitPay e;
        e.upto = upto += s.probability.fraction();
        e.cents.assign(static_cast<std::size_t>(years), 0);
        const SharePrice price = exit_price(o, s);
        for (const OptionVest& v : vests)
            if (v.month <= 12 * s.year && price > v.strike)
                e.cents[static_cast<std::size_t>((v.month - 1) / 12)] += (v.at(price) - v.cost()).in_cents();
        out.push_back(std::move(e));
    }
    return out;
}

std::string company_key(const Offer& o) {
    if (o.company.empty()) return "#" + o.name;  // an unnamed company is the offer's own
    std::string k = o.company;
    for (char& ch : k) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return k;
}

/// The months a tranche's price ratio runs between (growth_months in model.cpp):
/// vest_date, grant month to vest month; recruiter, the starts of those years.
std::pair<int, int> price_months(const Offer& o, int grant_month, int month) {
    if (o.convention == Convention::Recruiter) return {12 * (grant_month / 12), 12 * ((month - 1) / 12)};
    return {grant_month, month};
}

/// Whether two offers are taxed alike: the same filing, place and savings.
bool same_tax(const std::optional<TaxProfile>& a, const std::optional<TaxProfile>& b) {
    if (!a || !b) return !a && !b;
    if (a->filing != b->filing || a->state != b->state || a->city != b->city) return false;
    if (!a->savings || !b->savings) return !a->savings && !b->savings;
    const Savings &x = *a->savings, &y = *b->savings;
    return x.k401_pct == y.k401_pct && x.k401 == y.k401 && x.age == y.age && x.hsa == y.hsa &&
           x.hsa_coverage == y.hsa_coverage && x.other == y.other && x.match_pct == y.match_pct &&
           x.match_up_to_pct == y.match_up_to_pct;
}

int companies_of(const std::vector<Projected>& offers) {
    std::vector<std::string> keys;
    for (const Projected& p : offers) keys.push_back(company_key(p.offer));
    std::sort(keys.begin(), keys.end());
    return static_cast<int>(std::unique(keys.begin(), keys.end()) - keys.begin());
}

}  // namespace

double inverse_normal(double p) {
    // P. J. Acklam's rational approximations (relative error below 1.15e-9): one on
    // the central 95%, which needs no logarithm, and one for each tail.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                   1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = 0.02425;
    if (p > low && p < 1 - low) {
        const double q = p - 0.5, r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
               (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    const double q = std::sqrt(-2 * std::log(p <= low ? p : 1 - p));
    const double x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
                     ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    return p <= low ? x : -x;
}

/// One offer under the market: its certain pay per year, and its tranches grouped by
/// year and price months with their deterministic values.
class Valuer {
public:
    Valuer(const Projected& p, const Market& m)
        : m_(m),
          company_(m.company(p.offer)),
          sigma_(p.offer.volatility.fraction()),
          volatility_(p.offer.volatility),
          file_(p.offer.file) {
        const int years = m.years_;
        if (m.opts_.after_tax) tax_.emplace(*p.offer.tax);
        for (int n = 1; n <= years; ++n) year_.push_back(p.projection.y(n));
        std::map<std::tuple<int, int, int>, double> groups;
        for_each_vest(p.offer, 12 * years, [&](int grant_month, int month, Money v) {
            const auto [from, to] = price_months(p.offer, grant_month, month);
            groups[{(month - 1) / 12, m.at(from), m.at(to)}] += static_cast<double>(v.in_cents());
        });
        for (const auto& [key, cents] : groups) {
            groups_.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), cents});
            used_.push_back(std::get<1>(key));
            used_.push_back(std::get<2>(key));
        }
        std::sort(used_.begin(), used_.end());
        used_.erase(std::unique(used_.begin(), used_.end()), used_.end());
        exits_ = exit_pay(p.offer, years);
        add_promotions(p.offer, years);
        certain_ = (sigma_ == 0 || groups_.empty()) && exits_.empty() && promo_.empty();
        if (certain_) {
            Money total;
            for (int n = 1; n <= years; ++n) {
                const Money w = worth(year_[static_cast<std::size_t>(n - 1)], n);
                if (n == 1) certain_year1_ = w.in_cents();
                total += w;
                certain_to_year_.push_back(total.in_cents());
            }
            certain_total_ = total.in_cents();
        }
    }

    int company() const { return certain_ ? -1 : company_; }

    /// One path's year one and total; `w` is the path's draws for this offer's company.
    /// With `to_year`, also the pay to the end of each year, at to_year[y][path].
    /// `taxed`, when not null: the path's last taxed years (Market::taxed_), reused
    /// where a year's wages and base are the same and then updated.
    /// `levels`, when not null: exp(sigma w) at every grid point for the first company's
    /// first sigma (Market::first_level_), used when this offer has that sigma.
    void value(const double* w, const double* levels, std::vector<double>& level, std::vector<double>& rsu,
               std::int64_t& year1, std::int64_t& total, std::vector<std::vector<std::int64_t>>* to_year,
               std::size_t path, Market::TaxedYear* taxed) const {
        if (certain_) {
            year1 = certain_year1_;
            total = certain_total_;
            if (to_year)
                for (std::size_t y = 0; y < year_.size(); ++y) (*to_year)[y][path] = certain_to_year_[y];
            return;
        }
        const double* at = m_.first_sigma_ == sigma_ ? levels : nullptr;
        if (!at) {
            level.resize(m_.months_.size());
            for (int g : used_) level[static_cast<std::size_t>(g)] = std::exp(sigma_ * w[g]);
            at = level.data();
        }
        rsu.assign(year_.size(), 0.0);
        for (const Group& gr : groups_) rsu[static_cast<std::size_t>(gr.year)] += gr.cents * at[gr.to] / at[gr.from];
        const ExitPay* exit = drawn_exit(path);
        const std::size_t mask = promotion_mask(path);
        Money sum;
        for (std::size_t y = 0; y < year_.size(); ++y) {
            if (!(rsu[y] < 9e17)) too_large();  // far beyond any real grant; keeps the sums in range
            Components c = year_[y];
            c.rsu = Money::cents(std::llround(rsu[y]));
            if (!exits_.empty()) c.options = Money::cents(exit ? exit->cents[y] : 0);
            if (mask != 0) c.other += promo_[mask][y];
            c.sum_parts();
            const Money v = taxed ? worth(c, static_cast<int>(y) + 1, taxed[y]) : worth(c, static_cast<int>(y) + 1);
            if (y == 0) year1 = v.in_cents();
            sum += v;
            if (to_year) (*to_year)[y][path] = sum.in_cents();
        }
        total = sum.in_cents();
    }

private:
    /// The exit on a path: one uniform picks the scenario by its probability; past the
    /// last, no exit (the options are worth nothing). None without exits.
    const ExitPay* drawn_exit(std::size_t path) const {
        if (exits_.empty()) return nullptr;
        const double u = exit_stream(m_.opts_.seed, static_cast<std::int64_t>(path), company_).uniform();
        for (const ExitPay& e : exits_)
            if (u < e.upto) return &e;
        return nullptr;
    }
    /// The promotions as events: for each set of them that may happen, the extra pay
    /// by year when exactly those happen (project() with each at probability 1: its
    /// base from its year while no later one happened, and its grant at the grant's
    /// deterministic value, not under the stock path). Counted as other pay.
    void add_promotions(const Offer& o, int years) {
        if (o.promotions.empty()) return;
        probability_.clear();
        for (const Promotion& pr : o.promotions) probability_.push_back(pr.probability.fraction());
        promo_.resize(std::size_t{1} << o.promotions.size());
        for (std::size_t mask = 1; mask < promo_.size(); ++mask) {
            Offer sure = o;
            sure.promotions.clear();
            for (std::size_t i = 0; i < o.promotions.size(); ++i)
                if ((mask >> i & 1) != 0)
                    sure.promotions.push_back(
                        {o.promotions[i].year, o.promotions[i].base, o.promotions[i].grant, Rate{Rate::kOne}});
            const Projection p = project(sure, years);
            promo_[mask].assign(p.promotion.begin(), p.promotion.begin() + years);
        }
        std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a: the same key on every platform
        for (const char ch : o.file + '\n' + o.name) h = (h ^ static_cast<unsigned char>(ch)) * 0x100000001b3ULL;
        stream_key_ = 1'000'000 + static_cast<int>(h % 1'000'000);
    }
    /// Which promotions happen on a path: promotion i when its uniform draw is below P_i.
    std::size_t promotion_mask(std::size_t path) const {
        if (promo_.empty()) return 0;
        Stream s(m_.opts_.seed, static_cast<std::int64_t>(path), stream_key_);
        std::size_t mask = 0;
        for (std::size_t i = 0; i < probability_.size(); ++i)
            if (s.uniform() < probability_[i]) mask |= std::size_t{1} << i;
        return mask;
    }

    [[noreturn]] void too_large() const {
        throw Error(kExitDataErr,
                    fmt::format("{}volatility_pct: expected a volatility whose simulated prices stay within 64-bit "
                                "cents over {} years, found {}% (a path's equity passed $9,000,000,000,000,000)",
                                file_.empty() ? "" : file_ + ": ", m_.years_, volatility_.percent()));
    }
    Money worth(const Components& c, int year) const { return tax_ ? tax_->net(c, year) : c.total; }
    Money worth(const Components& c, int year, Market::TaxedYear& last) const {
        if (!tax_) return c.total;
        if (last.wages != c.total.in_cents() || last.base != c.base.in_cents())
            last = {c.total.in_cents(), c.base.in_cents(), tax_->net(c, year).in_cents()};
        return Money::cents(last.net);
    }

    struct Group {
        int year, from, to;  ///< 0-based year; grid indexes of the price months
        double cents;        ///< the deterministic values of its tranches
    };
    const Market& m_;
    int company_;
    double sigma_;
    Rate volatility_;
    std::string file_;
    std::optional<NetTax> tax_;  ///< after tax
    std::vector<Components> year_;
    std::vector<Group> groups_;
    std::vector<int> used_;                  ///< the grid points its groups price at
    std::vector<ExitPay> exits_;             ///< the options' pay under each exit (none: at their named price)
    std::vector<std::vector<Money>> promo_;  ///< extra pay by year for each set of promotions (a bit mask)
    std::vector<double> probability_;        ///< each promotion's
    int stream_key_ = 0;                     ///< the promotions' draws: a stream apart from the companies'
    bool certain_ = false;
    std::int64_t certain_year1_ = 0, certain_total_ = 0;
    std::vector<std::int64_t> certain_to_year_;
};

Market::Market(const std::vector<Projected>& offers, const OddsOptions& opts)
    : opts_(opts),
      years_(offers.front().projection.years),
      first_sigma_(offers.front().offer.volatility.fraction()),
      first_tax_(offers.front().offer.tax) {
    for (const Projected& p : offers) {
        const std::string k = company_key(p.offer);
        if (std::find(companies_.begin(), companies_.end(), k) == companies_.end()) companies_.push_back(k);
        months_.push_back(0);
        for_each_vest(p.offer, 12 * years_, [&](int grant_month, int month, Money) {
            const auto [from, to] = price_months(p.offer, grant_month, month);
            months_.push_back(from);
            months_.push_back(to);
        });
    }
    std::sort(months_.begin(), months_.end());
    months_.erase(std::unique(months_.begin(), months_.end()), months_.end());
    step_sd_.push_back(0);
    for (std::size_t g = 1; g < months_.size(); ++g)
        step_sd_.push_back(std::sqrt((months_[g] - months_[g - 1]) / 12.0));
    // Cholesky factor of the matrix with 1 on the diagonal and the correlation r
    // elsewhere. Column j's entries below the diagonal are all (r - sum of below_[k]^2
    // for k < j) / diag_[j], and the diagonal is sqrt(1 - that sum): two running sums
    // instead of an n x n factorisation, the same operations in the same order as the
    // textbook algorithm. A zero pivot (correlation 1) leaves its column zero.
    const std::size_t n = companies_.size();
    double off = opts.correlation, on = 1.0;  // r and 1, less the squares of the columns so far
    for (std::size_t j = 0; j < n; ++j) {
        diag_.push_back(on > 1e-12 ? std::sqrt(on) : 0.0);
        below_.push_back(diag_[j] > 0 ? off / diag_[j] : 0.0);
        off -= below_[j] * below_[j];
        on -= below_[j] * below_[j];
    }
}

int Market::company(const Offer& o) const {
    const auto it = std::find(companies_.begin(), companies_.end(), company_key(o));
    if (it == companies_.end()) throw Error(kExitSoftware, "odds: an offer's company is not in the market");
    return static_cast<int>(it - companies_.begin());
}

int Market::at(int month) const {
    const auto it = std::lower_bound(months_.begin(), months_.end(), month);
    if (it == months_.end() || *it != month) throw Error(kExitSoftware, "odds: a vest month is not on the grid");
    return static_cast<int>(it - months_.begin());
}

void Market::draw(std::int64_t path, int companies, std::vector<double>& w, std::vector<double>& e) const {
    const std::size_t grid = months_.size(), upto = static_cast<std::size_t>(companies);
    e.resize((upto + 1) * grid);  // the last row carries the common part
    w.resize(upto * grid);
    for (std::size_t c = 0; c < upto; ++c) {
        Stream s(opts_.seed, path, static_cast<int>(c));
        e[c * grid] = 0;
        for (std::size_t g = 1; g < grid; ++g) e[c * grid + g] = s.normal() * step_sd_[g];
    }
    // Company c's shock mixes the independent draws of companies 0..c (row c of the
    // factor), so drawing fewer companies leaves the first ones' paths unchanged. The
    // part from companies before c is the same sum for every later row: it is carried.
    double* common = &e[upto * grid];
    std::fill(common, common + grid, 0.0);
    for (std::size_t c = 0; c < upto; ++c) {
        w[c * grid] = 0;
        for (std::size_t g = 1; g < grid; ++g) {
            w[c * grid + g] = w[c * grid + g - 1] + (common[g] + diag_[c] * e[c * grid + g]);
            common[g] += below_[c] * e[c * grid + g];
        }
    }
}

void Market::keep_first_draws() {
    const std::size_t grid = months_.size(), paths = static_cast<std::size_t>(opts_.paths);
    const std::size_t per_path = 2 * sizeof(double) * grid + (opts_.after_tax ? sizeof(TaxedYear) * years_ : 0);
    if (companies_.empty() || paths > (std::size_t{256} << 20) / per_path) return;
    first_.resize(paths * grid);
    std::vector<double> w, e;
    for (std::size_t path = 0; path < paths; ++path) {
        draw(static_cast<std::int64_t>(path), 1, w, e);
        std::copy(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(grid),
                  first_.begin() + static_cast<std::ptrdiff_t>(path * grid));
    }
    first_level_.resize(first_.size());
    for (std::size_t i = 0; i < first_.size(); ++i) first_level_[i] = std::exp(first_sigma_ * first_[i]);
    if (opts_.after_tax) taxed_.assign(paths * static_cast<std::size_t>(years_), TaxedYear{});
}

std::vector<PathTotals> Market::simulate(const std::vector<const Projected*>& offers) const {
    std::vector<Valuer> valuers;
    int companies = 0;
    for (const Projected* p : offers) {
        valuers.emplace_back(*p, *this);
        companies = std::max(companies, valuers.back().company() + 1);
    }
    const std::int64_t paths = opts_.paths;
    std::vector<PathTotals> out(offers.size());
    for (PathTotals& t : out) {
        t.year1.resize(static_cast<std::size_t>(paths));
        t.total.resize(static_cast<std::size_t>(paths));
        if (opts_.by_year)
            t.to_year.assign(static_cast<std::size_t>(years_),
                             std::vector<std::int64_t>(static_cast<std::size_t>(paths)));
    }
    const std::size_t grid = months_.size();
    // Contiguous blocks of paths, one per thread; each path's draws depend only on
    // its index, so the result is the same for any number of threads.
    const auto threads = static_cast<std::int64_t>(
        std::clamp<std::int64_t>(std::min<std::int64_t>(opts_.threads, paths / 4096), 1, 256));
    // The taxed years kept are those of company 0's offers simulated one at a time and
    // taxed as offers[0] is (another offer of that company may be taxed elsewhere).
    const bool memo = !taxed_.empty() && valuers.size() == 1 && valuers.front().company() == 0 &&
                      same_tax(offers.front()->offer.tax, first_tax_);
    auto run = [&](std::int64_t lo, std::int64_t hi) {
        std::vector<double> w, e, level, rsu;
        for (std::int64_t path = lo; path < hi; ++path) {
            // The first block runs on the calling thread; the others keep its pace.
            if (lo == 0 && opts_.progress && path % 4096 == 0) opts_.progress(simulated_ + path * threads);
            const auto at = static_cast<std::size_t>(path);
            const double* row = nullptr;
            const double* levels = nullptr;
            if (companies == 1 && !first_.empty()) {
                row = &first_[at * grid];
                levels = &first_level_[at * grid];
            } else if (companies > 0) {
                draw(path, companies, w, e);
                row = w.data();
            }
            for (std::size_t i = 0; i < valuers.size(); ++i) {
                const int c = valuers[i].company();
                valuers[i].value(c < 0 ? nullptr : row + static_cast<std::size_t>(c) * grid, c == 0 ? levels : nullptr,
                                 level, rsu, out[i].year1[at], out[i].total[at],
                                 opts_.by_year ? &out[i].to_year : nullptr, at,
                                 memo ? &taxed_[at * static_cast<std::size_t>(years_)] : nullptr);
            }
        }
    };
    std::vector<std::exception_ptr> errors(static_cast<std::size_t>(threads));
    std::vector<std::thread> workers;
    const std::int64_t block = (paths + threads - 1) / threads;
    for (std::int64_t t = 1; t < threads; ++t)
        workers.emplace_back([&, t] {
            try {
                run(t * block, std::min(paths, (t + 1) * block));
            } catch (...) {
                errors[static_cast<std::size_t>(t)] = std::current_exception();
            }
        });
    try {
        run(0, std::min(paths, block));
    } catch (...) {
        errors[0] = std::current_exception();
    }
    for (std::thread& t : workers) t.join();
    for (const std::exception_ptr& e : errors)
        if (e) std::rethrow_exception(e);
    simulated_ += paths;
    return out;
}

Spread spread_of(std::vector<std::int64_t>& v) {
    const auto n = static_cast<std::int64_t>(v.size());
    i128 sum = 0;
    for (std::int64_t x : v) sum += x;
    Spread s;
    s.mean = Money::cents(round_half_away_wide(sum, n));
    // Ranks in increasing order, so each nth_element works on the part above the last.
    auto rank = [&](std::int64_t pct, std::size_t from) {
        const auto k = static_cast<std::size_t>((pct * n + 99) / 100 - 1);
        std::nth_element(v.begin() + static_cast<std::ptrdiff_t>(from), v.begin() + static_cast<std::ptrdiff_t>(k),
                         v.end());
        return k;
    };
    const std::size_t k10 = rank(10, 0);
    s.p10 = Money::cents(v[k10]);
    const std::size_t k50 = rank(50, k10);
    s.p50 = Money::cents(v[k50]);
    s.p90 = Money::cents(v[rank(90, k50)]);
    return s;
}

}  // namespace detail

void check_odds(const std::vector<Projected>& offers, const OddsOptions& opts) {
    if (opts.paths < 1 || opts.paths > kMaxPaths)
        throw usage_error(Subject::Kind::Paths,
                          fmt::format("expected a whole number of paths from 1 to 10,000,000, found {}", opts.paths));
    const int n = detail::companies_of(offers);
    const double lowest = n > 1 ? -1.0 / (n - 1) : -1.0;
    if (!(opts.correlation >= -1 && opts.correlation <= 1))
        throw usage_error(Subject::Kind::Correlation,
                          fmt::format("expected a number from -1 to 1, found {}", opts.correlation));
    if (opts.correlation < lowest - 1e-12)
        throw usage_error(Subject::Kind::Correlation,
                          fmt::format("{} is impossible for {} companies at once; the lowest is {:.4g}",
                                      opts.correlation, n, lowest));
    if (opts.after_tax)
        for (const Projected& p : offers) require_tax_profile(p.offer);
    // Each offer keeps year one and the total for every path (and, by year, one figure
    // a year more): 8 bytes each.
    const std::int64_t per_path =
        8 * static_cast<std::int64_t>(offers.size()) * (2 + (opts.by_year ? offers.front().projection.years : 0));
    if (opts.paths > kMaxOddsBytes / per_path)
        throw usage_error(Subject::Kind::Paths,
                          fmt::format("{} offers x {} paths would hold {} MiB of results, above the limit of "
                                      "{} MiB: give at most {} paths, or fewer files",
                                      offers.size(), grouped_count(opts.paths),
                                      grouped_count((opts.paths * per_path + (1 << 20) - 1) >> 20),
                                      grouped_count(kMaxOddsBytes >> 20), grouped_count(kMaxOddsBytes / per_path)));
}

Odds odds(const std::vector<Projected>& offers, const OddsOptions& opts) {
    if (offers.size() < 2)
        throw usage_error(fmt::format("odds: expected the offer and at least one competing offer, found {} file{}",
                                      offers.size(), offers.size() == 1 ? "" : "s"));
    check_odds(offers, opts);
    const detail::Market market(offers, opts);
    std::vector<const Projected*> all;
    for (const Projected& p : offers) all.push_back(&p);
    std::vector<detail::PathTotals> t = market.simulate(all);
    Odds o;
    o.options = opts;
    o.options.progress = nullptr;
    o.years = market.years();
    const auto paths = static_cast<std::size_t>(opts.paths);
    for (std::size_t j = 1; j < offers.size(); ++j) {
        Versus v;
        v.against = offers[j].offer.name;
        i128 short_sum = 0;
        for (std::size_t i = 0; i < paths; ++i) {
            const std::int64_t mine = t[0].total[i], theirs = t[j].total[i];
            if (mine > theirs) ++v.wins;
            if (mine < theirs) {
                ++v.losses;
                short_sum += theirs - mine;
            }
            if (t[0].year1[i] > t[j].year1[i]) ++v.wins_year1;
        }
        v.p_win = static_cast<double>(v.wins) / static_cast<double>(opts.paths);
        v.p_win_year1 = static_cast<double>(v.wins_year1) / static_cast<double>(opts.paths);
        if (v.losses > 0) v.expected_shortfall = Money::cents(round_half_away_wide(short_sum, v.losses));
        o.vs.push_back(std::move(v));
    }
    for (std::size_t j = 0; j < offers.size(); ++j) {
        const Offer& x = offers[j].offer;
        o.offers.push_back({x.name,
                            x.volatility,
                            x.options && !x.options->exits.empty(),
                            detail::spread_of(t[j].year1),
                            detail::spread_of(t[j].total),
                            {},
                            offers[j].offer.promotions.size()});
        for (std::vector<std::int64_t>& v : t[j].to_year) o.offers.back().by_year.push_back(detail::spread_of(v));
    }
    return o;
}

}  // namespace offercalc
