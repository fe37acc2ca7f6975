// Standard output and output files: checked writes (exit 74), quiet end on a closed pipe.

#include "output.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "offercalc/error.hpp"

namespace offercalc::cli {

namespace {

[[noreturn]] void write_failed() {
    if (errno == EPIPE) {  // the reader is gone: leave as SIGPIPE would, silently
        std::signal(SIGPIPE, SIG_DFL);
        std::raise(SIGPIPE);
        std::_Exit(128 + SIGPIPE);
    }
    throw Error(kExitIoErr, fmt::format("write: {}", std::strerror(errno)));
}

}  // namespace

void write_out(std::string_view text) {
    errno = 0;
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) write_failed();
}

void flush_out() {
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) write_failed();
}

void emit(const std::string& text) {
    write_out(text);
    flush_out();
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
