#pragma once

#include <string>
#include <string_view>

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
/// Writes text to standard output in one piece (no partial output on error).
void emit(const std::string& text);

}  // namespace offercalc::cli
