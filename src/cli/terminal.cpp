// What the command line asks of the terminal: colour, width, progress on standard error.

#include "terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

#include "offercalc/text.hpp"

namespace offercalc::cli {

namespace {

double now_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

Progress::Progress(const char* unit, std::int64_t total)
    : unit_(unit), total_(total), start_(now_seconds()), enabled_(isatty(STDERR_FILENO) != 0) {}

Progress::~Progress() {
    if (shown_) std::fputs("\r\x1b[K", stderr);  // erase the line
}

void Progress::show(std::int64_t done) {
    if (!enabled_) return;
    const double t = now_seconds(), elapsed = t - start_;
    if (elapsed < 2.0 || t - last_ < 0.5) return;
    last_ = t;
    shown_ = true;
    const double rate = static_cast<double>(done) / elapsed;
    std::string line = fmt::format("{} {}", unit_, grouped_count(done));
    if (total_ > 0) {
        const auto left = static_cast<long>(static_cast<double>(total_ - done) / std::max(rate, 1.0));
        line += fmt::format(" of {} ({}%), {:.1f} M/s, {}:{:02} left", grouped_count(total_), done * 100 / total_,
                            rate / 1e6, left / 60, left % 60);
    } else {
        line += fmt::format(", {}/s", grouped_count(static_cast<std::int64_t>(rate)));
    }
    std::fprintf(stderr, "\r\x1b[K%s", line.c_str());
    std::fflush(stderr);
}

bool use_color(const std::string& when) {
    if (when == "always") return true;
    if (when == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    return isatty(STDOUT_FILENO) && !(no_color && *no_color) && !(term && std::string_view(term) == "dumb");
}

int terminal_columns() {
    if (const char* env = std::getenv("COLUMNS")) {
        const int n = std::atoi(env);
        if (n > 0) return n;
    }
    winsize ws{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 80;
}

int message_columns() {
    if (!isatty(STDERR_FILENO)) return 0;
    if (const char* env = std::getenv("COLUMNS")) {
        const int n = std::atoi(env);
        if (n > 0) return n;
    }
    winsize ws{};
    return ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 ? ws.ws_col : 0;
}

}  // namespace offercalc::cli
