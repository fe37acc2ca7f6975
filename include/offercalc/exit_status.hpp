#pragma once

/// Process exit codes of offercalc; the README lists them too.
namespace offercalc {

enum ExitStatus : int {
    kExitOk = 0,           ///< success
    kExitCheckFailed = 1,  ///< a condition asked for (check) did not hold
    kExitUsage = 2,        ///< bad command line
    kExitDataErr = 65,     ///< invalid offer data (EX_DATAERR)
    kExitNoInput = 66,     ///< input file missing or unreadable (EX_NOINPUT)
    kExitSoftware = 70,    ///< internal error (EX_SOFTWARE)
    kExitIoErr = 74,       ///< writing the output failed (EX_IOERR)
};

}  // namespace offercalc
