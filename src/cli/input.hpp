#pragma once

#include <string>
#include <vector>

#include "offercalc/model.hpp"
#include "offercalc/whatif.hpp"

namespace offercalc::cli {

/// Reads a whole input file ("-" = standard input, at most once per run). Missing,
/// unreadable or directory: Error 66; larger than 1 MiB: Error 65.
std::string read_input(const std::string& path);

/// Reads and parses one offer file; standard input is named "<stdin>" in errors. Its
/// warnings go to standard error unless print_warnings is false.
Offer read_offer_file(const std::string& path, const std::vector<Override>& sets = {}, bool print_warnings = true);

/// Reads, parses, adjusts and projects each file. `adjust_first_only` limits the
/// what-if changes to the first file (compare).
std::vector<Projected> load_offers(const std::vector<std::string>& files, const WhatIf& whatif, int years,
                                   bool adjust_first_only = false);

}  // namespace offercalc::cli
