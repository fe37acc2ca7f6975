#pragma once

#include "offercalc/whatif.hpp"

namespace offercalc::cli {

/// `offercalc batch`: JSON Lines on standard input, one result per line on standard
/// output in input order. Lines are processed in chunks on every core; memory is
/// bounded by the chunks in flight, whatever the input size. Returns 65 when any
/// line failed, else 0.
int run_batch(const WhatIf& whatif, int years);

}  // namespace offercalc::cli
