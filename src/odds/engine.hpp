#pragma once

// Internal: the Monte Carlo engine behind odds.hpp, shared by `odds` and `compare --odds`.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "offercalc/odds.hpp"

namespace offercalc::detail {

/// What each path paid one offer: year one and the total over the years, in cents,
/// gross or (after tax) net.
struct PathTotals {
    std::vector<std::int64_t> year1, total;
    std::vector<std::vector<std::int64_t>> to_year;  ///< with OddsOptions::by_year: [year - 1][path], cumulative
};

/// The companies' share-price paths: which company each offer belongs to, the months
/// where a price is needed, and the correlated draws.
class Market {
public:
    /// `offers` fixes the companies (offers[0]'s first) and the months; an offer
    /// simulated later must have the same company and vest months as one of them.
    Market(const std::vector<Projected>& offers, const OddsOptions& opts);

    /// Simulates each offer over every path. An offer's company is found by name.
    std::vector<PathTotals> simulate(const std::vector<const Projected*>& offers) const;

    /// Keeps the first company's draws and price levels for every path, so that
    /// simulating its offers again and again (compare's asks sized for a chance) draws
    /// them once; and, after tax, each path's last taxed years of such an offer simulated
    /// alone, so that a year whose pay an ask leaves unchanged (a year-two sign-on leaves
    /// years one, three and four) is not taxed again. Only when all this fits in 256 MiB;
    /// the results are the same either way.
    void keep_first_draws();

    const OddsOptions& options() const { return opts_; }
    int years() const { return years_; }

private:
    friend class Valuer;
    int company(const Offer& o) const;
    /// The grid index of a month (a month the constructor saw).
    int at(int month) const;
    /// Fills w[c * grid + g] with company c's cumulative shock at grid point g (in
    /// units of one year's standard deviation) for companies 0..companies-1.
    void draw(std::int64_t path, int companies, std::vector<double>& w, std::vector<double>& e) const;

    OddsOptions opts_;
    int years_;
    std::vector<std::string> companies_;  ///< keys: the company's name, or "#i" for an unnamed offer i
    std::vector<int> months_;             ///< the grid: 0 and every month where a price is needed
    std::vector<double> step_sd_;         ///< sqrt of each grid step in years (step_sd_[0] = 0)
    /// The lower Cholesky factor L of the companies' correlation matrix (1 on the
    /// diagonal, one correlation elsewhere) in O(n): every entry below the diagonal in
    /// column j is the same, below_[j], and the diagonal is diag_[j].
    std::vector<double> below_, diag_;
    std::vector<double> first_;            ///< keep_first_draws(): the grid's draws of company 0, path after path
    double first_sigma_;                   ///< the volatility of offers[0], company 0's first offer
    std::optional<TaxProfile> first_tax_;  ///< and its tax profile: the taxed years kept are for it
    std::vector<double> first_level_;      ///< keep_first_draws(): exp(first_sigma_ * first_), the price levels
    /// A year's wages and base (all net pay depends on) and its net pay, in cents.
    struct TaxedYear {
        std::int64_t wages = -1, base = 0, net = 0;
    };
    /// keep_first_draws(), after tax: [path * years + year]; each path is written only by
    /// the thread that simulates it.
    mutable std::vector<TaxedYear> taxed_;
    mutable std::int64_t simulated_ = 0;  ///< paths simulated by earlier calls, for OddsOptions::progress
};

/// The standard normal quantile of p in (0, 1), to a relative error below 1.15e-9.
double inverse_normal(double p);

/// The nearest-rank percentiles and the mean; reorders `v`.
Spread spread_of(std::vector<std::int64_t>& v);

}  // namespace offercalc::detail
