// Reading offer files and standard input.

#include "input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "flags.hpp"
#include "output.hpp"
#include "offercalc/error.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/project.hpp"

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

/// How an input is named in messages: its path, or "<stdin>" for "-".
std::string input_name(const std::string& path) { return path == "-" ? "<stdin>" : visible(path); }

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
        if (fd < 0)
            throw Error(kExitNoInput, fmt::format("{}: cannot open: {}", input_name(path), std::strerror(errno)));
        struct stat st {};
        const bool known = ::fstat(fd, &st) == 0;
        const bool dir = known && S_ISDIR(st.st_mode);
        // A regular file's size is known: one over the limit is refused without reading it.
        const std::uint64_t size = known && S_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0;
        const bool read = !dir && size <= kMaxDocumentBytes && read_all(fd, size > 0 ? size : kStreamGuess, text);
        ::close(fd);
        if (dir) throw Error(kExitNoInput, fmt::format("{}: is a directory, expected an offer file", input_name(path)));
        if (size > kMaxDocumentBytes) throw too_large_error(input_name(path), size);
        if (!read) throw Error(kExitNoInput, fmt::format("{}: cannot read", input_name(path)));
    }
    // A stream is read only to just past the limit: the rest of it is not counted.
    if (text.size() > kMaxDocumentBytes)
        throw data_error(fmt::format("{}: input is larger than 1 MiB", input_name(path)));
    return text;
}

Offer read_offer_file(const std::string& path, const std::vector<Override>& sets, bool print_warnings) {
    Offer o = parse_offer(read_input(path), input_name(path), sets);
    if (print_warnings)
        for (const std::string& w : o.warnings) tell("warning", w);
    return o;
}

std::vector<Projected> load_offers(const std::vector<std::string>& files, const WhatIf& whatif, int years,
                                   bool adjust_first_only) {
    std::vector<Projected> out;
    WhatIf others;  // the other files get only the price options are counted at
    others.option_price = whatif.option_price;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const WhatIf& w = (adjust_first_only && i > 0) ? others : whatif;
        out.push_back(project_offer(read_offer_file(files[i], w.sets), w, years));
    }
    if (whatif.option_price &&
        std::none_of(out.begin(), out.end(), [](const Projected& p) { return p.offer.options.has_value(); })) {
        std::vector<std::string> names;
        for (const std::string& f : files) names.push_back(input_name(f));
        throw usage_error(
            fmt::format("{}: expected an offer with stock options (an \"options\" block), found none in {}",
                        option_price_flag(*whatif.option_price), fmt::join(names, ", ")));
    }
    return out;
}

}  // namespace offercalc::cli
