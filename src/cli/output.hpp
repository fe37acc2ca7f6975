#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace offercalc::cli {

/// Writes to standard output. A reader that has gone away (a closed pipe) ends the
/// process quietly, as SIGPIPE does, even when SIGPIPE is ignored; any other failure
/// is Error 74 "write: <reason>".
void write_out(std::string_view text);
/// Flushes standard output, with write_out's handling of failures.
void flush_out();
/// Writes text to standard output for "-", or else to the file at `path` atomically: a
/// temporary file in the target's directory is written, flushed to disk (fsync) and
/// renamed over the target. On any failure the temporary file is removed, an existing
/// target is left untouched, and the Error is 74 "write: PATH: reason". An empty path
/// is a usage error (2) naming `flag`; so is a target that is one of `inputs` (the
/// same file by device and inode, whatever its name).
void write_page(const std::string& path, const std::string& text, const std::vector<std::string>& inputs = {},
                const char* flag = "-o");
/// Writes text to standard output in one piece (no partial output on error).
void emit(const std::string& text);
/// Prints "offercalc: KIND: MESSAGE" on standard error. The message goes through
/// visible(), so no control byte from a file, a file name or a flag reaches the
/// terminal raw. On a terminal it wraps at words (message_columns()); elsewhere it is
/// one line.
void tell(std::string_view kind, std::string_view message);

}  // namespace offercalc::cli
