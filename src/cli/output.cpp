// Standard output and output files: checked writes (exit 74), quiet end on a closed pipe.

#include "output.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "offercalc/error.hpp"
#include "offercalc/text.hpp"
#include "terminal.hpp"

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

namespace {

[[noreturn]] void file_failed(const std::string& path, int err, const std::string& temp) {
    if (!temp.empty()) ::unlink(temp.c_str());
    throw Error(kExitIoErr, fmt::format("write: {}: {}", path, std::strerror(err)));
}

/// Refuses an existing target that is one of the command's input files (device and inode).
void refuse_input(const std::string& path, const struct stat& target, const std::vector<std::string>& inputs,
                  const char* flag) {
    for (const std::string& in : inputs) {
        struct stat st {};
        if (in == "-" || ::stat(in.c_str(), &st) != 0) continue;
        if (st.st_dev == target.st_dev && st.st_ino == target.st_ino)
            throw usage_error(
                fmt::format("{}: {} is the input file {}; expected a different output file", flag, path, in));
    }
}

/// Writes all of `text` to `fd`; false with errno set on failure.
bool write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        const ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = EIO;
            return false;
        }
        text.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

/// The mode the target gets: an existing file's (`st`), or 0666 less the umask.
mode_t target_mode(const struct stat* st) {
    if (st) return st->st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

/// A target that is not a regular file (/dev/null, /dev/stdout, a FIFO) cannot be
/// replaced by a rename: it is written in place.
void write_special(const std::string& path, std::string_view page) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) file_failed(path, errno, "");
    const bool ok = write_all(fd, page);
    const int err = errno;
    if (::close(fd) != 0 && ok) file_failed(path, errno, "");
    if (!ok) file_failed(path, err, "");
}

}  // namespace

void write_page(const std::string& path, const std::string& page, const std::vector<std::string>& inputs,
                const char* flag) {
    if (path.empty())
        throw usage_error(fmt::format("{}: expected a file name (or - for standard output), found ''", flag));
    if (path == "-") {
        write_out(page);
        return flush_out();
    }
    struct stat st {};
    const bool exists = ::stat(path.c_str(), &st) == 0;  // a new file cannot be an input
    if (exists) refuse_input(path, st, inputs, flag);
    if (exists && !S_ISREG(st.st_mode)) return write_special(path, page);
    const auto slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
    const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
    std::string temp = dir + "." + base + ".tmp-XXXXXX";
    // A file-size limit fails the write (EFBIG) instead of killing the process, so the
    // temporary file is removed.
    std::signal(SIGXFSZ, SIG_IGN);
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) file_failed(path, errno, "");
    const bool ok = ::fchmod(fd, target_mode(exists ? &st : nullptr)) == 0 && write_all(fd, page) && ::fsync(fd) == 0;
    const int err = errno;
    if (::close(fd) != 0 && ok) file_failed(path, errno, temp);
    if (!ok) file_failed(path, err, temp);
    if (::rename(temp.c_str(), path.c_str()) != 0) file_failed(path, errno, temp);
}

void tell(std::string_view kind, std::string_view message) {
    // On a terminal the line wraps at words, later lines indented; elsewhere it stays one line.
    // A first word (a long file name) that does not fit beside the head starts the next line.
    std::string head = fmt::format("offercalc: {}: ", kind);
    const std::string text = visible(message);
    const int columns = std::min(message_columns(), 100);
    if (columns <= 0) {
        std::fprintf(stderr, "%s%s\n", head.c_str(), text.c_str());
        return;
    }
    int start = display_width(head);
    if (start + display_width(text.substr(0, text.find(' '))) > columns) {
        head.back() = '\n';
        head += "  ";
        start = 2;
    }
    std::fprintf(stderr, "%s%s\n", head.c_str(), wrap(text, columns, "  ", start).c_str());
}

}  // namespace offercalc::cli
