#pragma once

// Internal: just enough unsigned big-integer arithmetic to settle a rounding tie
// exactly (products, powers and comparison). Slow by design; used only when the
// fast floating-point path cannot tell which side of a half cent a value is on.

#include <algorithm>
#include <cstdint>
#include <vector>

namespace offercalc::detail {

class BigUint {
public:
    explicit BigUint(std::uint64_t v = 0) {
        while (v) {
            limbs_.push_back(static_cast<std::uint32_t>(v));
            v >>= 32;
        }
    }

    friend BigUint operator*(const BigUint& a, const BigUint& b) {
        BigUint r;
        if (a.limbs_.empty() || b.limbs_.empty()) return r;
        r.limbs_.assign(a.limbs_.size() + b.limbs_.size(), 0);
        for (std::size_t i = 0; i < a.limbs_.size(); ++i) {
            std::uint64_t carry = 0;
            for (std::size_t j = 0; j < b.limbs_.size(); ++j) {
                const std::uint64_t t = static_cast<std::uint64_t>(a.limbs_[i]) * b.limbs_[j] + r.limbs_[i + j] + carry;
                r.limbs_[i + j] = static_cast<std::uint32_t>(t);
                carry = t >> 32;
            }
            r.limbs_[i + b.limbs_.size()] = static_cast<std::uint32_t>(carry);
        }
        r.trim();
        return r;
    }

    BigUint pow(unsigned e) const {
        BigUint result(1), base = *this;
        for (; e; e >>= 1) {
            if (e & 1) result = result * base;
            if (e > 1) base = base * base;
        }
        return result;
    }

    friend int compare(const BigUint& a, const BigUint& b) {
        if (a.limbs_.size() != b.limbs_.size()) return a.limbs_.size() < b.limbs_.size() ? -1 : 1;
        for (std::size_t i = a.limbs_.size(); i-- > 0;)
            if (a.limbs_[i] != b.limbs_[i]) return a.limbs_[i] < b.limbs_[i] ? -1 : 1;
        return 0;
    }

private:
    void trim() {
        while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
    }
    std::vector<std::uint32_t> limbs_;  ///< least significant first
};

}  // namespace offercalc::detail
