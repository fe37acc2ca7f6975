#include "io.hpp"
#include "offercalc/summary.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "offercalc/error.hpp"
#include "offercalc/parse.hpp"

namespace offercalc::cli {

namespace {

/// Reads a file descriptor to its end, or to just past the document size limit
/// (enough to say the input is too large without holding all of it), straight into
/// the text: `expected` is its size, or a guess. False on a read error (errno says).
bool read_all(int fd, std::size_t expected, std::string& text) {
    constexpr std::size_t kLimit = kMaxDocumentBytes + 1;
    // One byte more than expected, so that the first read can also see the end.
    text.resize(std::min<std::size_t>(expected + 1, kLimit));
    std::size_t size = 0;
    while (size < kLimit) {
        if (size == text.size()) text.resize(std::min(2 * size, kLimit));
        const ssize_t n = ::read(fd, text.data() + size, text.size() - size);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) break;
        size += static_cast<std::size_t>(n);
    }
    text.resize(size);
    return true;
}

[[noreturn]] void write_failed() {
    if (errno == EPIPE) {  // the reader is gone: leave as SIGPIPE would, silently
        std::signal(SIGPIPE, SIG_DFL);
        std::raise(SIGPIPE);
        std::_Exit(128 + SIGPIPE);
    }
    throw Error(kExitIoErr, fmt::format("write: {}", std::strerror(errno)));
}

}  // namespace

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
        line += fmt::format(", {:.0f}/s", rate);
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
    if (!isatty(STDOUT_FILENO)) return 0;
    if (const char* env = std::getenv("COLUMNS")) {
        const int n = std::atoi(env);
        if (n > 0) return n;
    }
    winsize ws{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 80;
}

void write_out(std::string_view text) {
    errno = 0;
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) write_failed();
}

void flush_out() {
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) write_failed();
}

namespace {

/// How an input is named in messages: its path, or "<stdin>" for "-".
std::string input_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

}  // namespace

std::string read_input(const std::string& path) {
    constexpr std::size_t kStreamGuess = 65535;  // a stream's first read; the text grows as needed
    std::string text;
    if (path == "-") {
        static bool stdin_used = false;
        if (stdin_used) throw usage_error("standard input (-) can be read only once");
        stdin_used = true;
        if (!read_all(STDIN_FILENO, kStreamGuess, text))
            throw Error(kExitNoInput, fmt::format("<stdin>: cannot read: {}", std::strerror(errno)));
    } else {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) throw Error(kExitNoInput, fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
        struct stat st{};
        const bool known = ::fstat(fd, &st) == 0;
        const bool dir = known && S_ISDIR(st.st_mode);
        // A regular file's size is known: one over the limit is refused without reading it.
        const std::uint64_t size = known && S_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0;
        const bool read = !dir && size <= kMaxDocumentBytes && read_all(fd, size > 0 ? size : kStreamGuess, text);
        ::close(fd);
        if (dir) throw Error(kExitNoInput, fmt::format("{}: is a directory, expected an offer file", path));
        if (size > kMaxDocumentBytes) throw too_large_error(path, size);
        if (!read) throw Error(kExitNoInput, fmt::format("{}: cannot read", path));
    }
    // A stream is read only to just past the limit: the rest of it is not counted.
    if (text.size() > kMaxDocumentBytes)
        throw data_error(fmt::format("{}: input is larger than 1 MiB", input_name(path)));
    return text;
}

Offer read_offer_file(const std::string& path, const std::vector<Override>& sets, bool print_warnings) {
    Offer o = parse_offer(read_input(path), input_name(path), sets);
    if (print_warnings)
        for (const std::string& w : o.warnings) std::fprintf(stderr, "offercalc: warning: %s\n", w.c_str());
    return o;
}

Projected project_offer(Offer offer, const WhatIf& whatif, int years) {
    Projected p;
    p.adjustments = apply(whatif, offer, &p.brief_adjustments);
    p.projection = project(offer, years);
    p.offer = std::move(offer);
    return p;
}

std::vector<Projected> load_offers(const std::vector<std::string>& files, const WhatIf& whatif, int years,
                                   bool adjust_first_only) {
    std::vector<Projected> out;
    const WhatIf none;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const WhatIf& w = (adjust_first_only && i > 0) ? none : whatif;
        out.push_back(project_offer(read_offer_file(files[i], w.sets), w, years));
    }
    return out;
}

void write_page(const std::string& path, const std::string& page) {
    if (path.empty() || path == "-") {
        write_out(page);
        return flush_out();
    }
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (!out) throw Error(kExitIoErr, fmt::format("write: {}: {}", path, std::strerror(errno)));
    const bool written = std::fwrite(page.data(), 1, page.size(), out) == page.size();
    const int err = written ? 0 : errno;
    if (std::fclose(out) != 0 || !written)
        throw Error(kExitIoErr, fmt::format("write: {}: {}", path, std::strerror(err ? err : errno)));
}

}  // namespace offercalc::cli
