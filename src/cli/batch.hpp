#pragma once

#include <string>

#include "flags.hpp"
#include "offercalc/whatif.hpp"

namespace offercalc::cli {

/// `offercalc batch`: JSON Lines from `file` ("-": standard input), one result per
/// line on standard output in input order. Lines are processed in chunks by `jobs`
/// workers (0: one per CPU this process may use); memory is bounded by the chunks in
/// flight, whatever the input size. Returns 65 when any line failed, else 0; an
/// internal error or exhausted memory on any line ends the run with Error 70.
int run_batch(const WhatIf& whatif, int years, const std::string& file, unsigned jobs, const TaxFlags& tax);

/// The CPUs this process may use: its affinity mask, capped by a cgroup CPU quota.
unsigned default_workers();

}  // namespace offercalc::cli
