#pragma once

#include <cstdint>
#include <string>

namespace offercalc::cli {

/// Whether to colour standard output for --color WHEN: "always", "never", or "auto":
/// a terminal, unless NO_COLOR is set and non-empty or TERM is "dumb".
bool use_color(const std::string& when);

/// Progress of a long run on standard error: nothing in the first two seconds or when
/// standard error is not a terminal; then "rows 1,234,567 of 10,000,000 (12%),
/// 5.6 M/s, 0:16 left" (without a total: "paths simulated 9,388,544, 1,705,386/s"),
/// rewritten in place about twice a second and erased at the end.
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

/// The width text output is laid out for: COLUMNS when set to a positive number, else
/// the width of the terminal standard output goes to, else 80 (a pipe or a file).
int terminal_columns();

/// The width messages on standard error wrap at: when standard error is a terminal,
/// COLUMNS when set to a positive number, else that terminal's width; 0 (one line
/// each, for scripts and logs) when it is not a terminal.
int message_columns();

}  // namespace offercalc::cli
