#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "offercalc/show.hpp"
#include "offercalc/whatif.hpp"

namespace offercalc::cli {

/// Writes to standard output. A reader that has gone away (a closed pipe) ends the
/// process quietly, as SIGPIPE does, even when SIGPIPE is ignored; any other failure
/// is Error 74 "write: <reason>".
void write_out(std::string_view text);
/// Flushes standard output, with write_out's handling of failures.
void flush_out();
/// Writes text to the file at `path` (Error 74 "write: PATH: reason" when that fails),
/// or to standard output for an empty path or "-".
void write_page(const std::string& path, const std::string& text);

/// Whether to colour standard output for --color WHEN: "always", "never", or "auto":
/// a terminal, unless NO_COLOR is set and non-empty or TERM is "dumb".
bool use_color(const std::string& when);


/// Progress of a long run on standard error: nothing in the first two seconds or when
/// standard error is not a terminal; then "rows 1,234,567 of 10,000,000 (12%),
/// 5.6 M/s, 0:16 left", rewritten in place about twice a second and erased at the end.
class Progress {
public:
    /// total: the units to do, 0 when unknown (no percentage or time left then).
    Progress(const char* unit, std::int64_t total);
    ~Progress();
    /// Cheap to call often: looks at the clock every 4,096 calls.
    void update(std::int64_t done) {
        if ((++calls_ & 4095) == 0) show(done);
    }
    /// Looks at the clock now.
    void show(std::int64_t done);

private:
    const char* unit_;
    std::int64_t total_;
    std::uint64_t calls_ = 0;
    double start_, last_ = 0;
    bool enabled_, shown_ = false;
};

/// The width of the terminal standard output goes to (COLUMNS when set, else the
/// terminal's own); 0 when standard output is not a terminal.
int terminal_columns();

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

/// Offer, adjustments and projection for one parsed document.
Projected project_offer(Offer offer, const WhatIf& whatif, int years);

}  // namespace offercalc::cli
