#include "batch.hpp"
#include "commands.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <sched.h>
#include <unistd.h>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "errors.hpp"
#include "flags.hpp"
#include "input.hpp"
#include "output.hpp"
#include "terminal.hpp"
#include "offercalc/error.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/project.hpp"
#include "offercalc/show.hpp"
#include "offercalc/schema.hpp"

namespace offercalc::cli {

namespace {

/// Reads a stream line by line in large blocks, keeping at most `limit` bytes of a
/// line. A line that passes the limit is marked too long and ends the input there and
/// then: its rest could be endless (/dev/zero). A read error is Error 66.
class LineReader {
public:
    LineReader(std::FILE* in, std::string name, std::size_t limit) : in_(in), name_(std::move(name)), limit_(limit) {}

    /// The next line without its newline; false at the end of input.
    bool next(std::string& line, bool& too_long) {
        line.clear();
        too_long = false;
        if (stopped_) return false;
        bool any = false;
        for (;;) {
            if (pos_ == end_ && !refill()) return any;
            any = true;
            const char* start = buf_.data() + pos_;
            const auto* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
            const std::size_t len = nl ? static_cast<std::size_t>(nl - start) : end_ - pos_;
            const std::size_t room = limit_ - std::min(limit_, line.size());
            line.append(start, std::min(len, room));
            if (len > room) {
                too_long = stopped_ = true;
                return true;
            }
            pos_ += len + (nl ? 1 : 0);
            if (nl) return true;
        }
    }

private:
    bool refill() {
        pos_ = 0;
        errno = 0;
        end_ = std::fread(buf_.data(), 1, buf_.size(), in_);
        if (end_ == 0 && std::ferror(in_))
            throw Error(kExitNoInput, fmt::format("{}: cannot read: {}", name_, std::strerror(errno)));
        return end_ > 0;
    }
    std::FILE* in_;
    std::string name_;
    std::size_t limit_;
    std::vector<char> buf_ = std::vector<char>(1 << 16);
    std::size_t pos_ = 0, end_ = 0;
    bool stopped_ = false;  ///< a line passed the limit: no more lines are read
};

/// A run of consecutive input lines and, once processed, their output.
struct Chunk {
    static constexpr std::size_t kMaxLines = 512;
    static constexpr std::size_t kMaxBytes = 256 * 1024;
    long first_line = 1;
    std::vector<std::string> lines;
    std::vector<bool> too_long;
    std::string out;
    bool failed = false;
    bool done = false;
    std::string fatal;  ///< an internal error or exhausted memory: the run ends with it
};

/// Fills a chunk from the reader; false when the input had no more lines.
bool read_chunk(LineReader& reader, Chunk& c) {
    std::size_t bytes = 0;
    std::string line;
    bool too_long = false;
    while (c.lines.size() < Chunk::kMaxLines && bytes < Chunk::kMaxBytes && reader.next(line, too_long)) {
        bytes += line.size();
        c.lines.push_back(std::move(line));
        c.too_long.push_back(too_long);
        line = std::string();
    }
    return !c.lines.empty();
}

void process(Chunk& c, const WhatIf& w, int years, const TaxFlags& tax) {
    for (std::size_t i = 0; i < c.lines.size(); ++i) {
        std::string& line = c.lines[i];
        const long n = c.first_line + static_cast<long>(i);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::string source = fmt::format("line {}", n);
        try {
            if (c.too_long[i])
                throw data_error(fmt::format("{}: line is longer than 1 MiB; batch stops reading there", source));
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // a blank line: no output
            Projected p = project_offer(parse_offer(line, source, w.sets), w, years);
            tax.apply(p);
            c.out += batch_offer_json(p);
        } catch (const Error& e) {
            c.failed = true;
            c.out += batch_error_json(n, error_text(e));
        } catch (const std::bad_alloc&) {
            c.fatal = fmt::format("line {}: out of memory", n);
            return;
        } catch (const std::exception& e) {
            c.fatal = fmt::format("line {}: internal error: {}", n, e.what());
            return;
        }
        c.out += '\n';
    }
    c.lines = {};  // the input is no longer needed: free it before the chunk waits its turn
}

struct BatchFlags {
    std::string file = "-";
    unsigned jobs = 0;
    int years = kDefaultYears;
    WhatIfFlags whatif;
    TaxFlags tax;
};

}  // namespace

unsigned default_workers() {
    unsigned n = std::max(1u, std::thread::hardware_concurrency());
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) n = std::max(1, CPU_COUNT(&set));
    // cgroup v2 quota: "max 100000" or "200000 100000" (2 CPUs' worth)
    if (std::FILE* f = std::fopen("/sys/fs/cgroup/cpu.max", "r")) {
        char quota[32] = {};
        long period = 0;
        if (std::fscanf(f, "%31s %ld", quota, &period) == 2 && std::strcmp(quota, "max") != 0 && period > 0) {
            const long q = std::atol(quota);
            if (q > 0) n = std::min(n, static_cast<unsigned>(std::max(1L, (q + period - 1) / period)));
        }
        std::fclose(f);
    }
    return n;
}

namespace {

/// The input, opened; the terminal told how to end it when it is one.
std::FILE* open_input(const std::string& file) {
    if (file == "-") {
        if (isatty(STDIN_FILENO))
            std::fprintf(stderr,
                         "offercalc batch: reading offers, one JSON object per line, from the terminal; "
                         "end with Ctrl-D\n");
        return stdin;
    }
    std::FILE* in = std::fopen(file.c_str(), "rb");
    if (!in) throw Error(kExitNoInput, fmt::format("{}: cannot open: {}", file, std::strerror(errno)));
    return in;
}

/// The worker pool: each worker takes the next chunk waiting, processes it and marks
/// it done. However run_batch ends (a write error, a read error), the destructor
/// stops the workers and joins them before it returns.
class Workers {
public:
    Workers(unsigned n, const WhatIf& whatif, int years, const TaxFlags& tax) {
        for (unsigned i = 0; i < n; ++i) pool_.emplace_back([this, &whatif, years, &tax] { work(whatif, years, tax); });
    }
    ~Workers() {
        {
            std::lock_guard lock(m);
            stop_ = true;
            todo_.clear();
        }
        cv.notify_all();
        for (std::thread& t : pool_) t.join();
    }
    /// Queues a chunk; the caller holds `m`.
    void add(std::shared_ptr<Chunk> c) {
        todo_.push_back(std::move(c));
        cv.notify_all();
    }

    std::mutex m;
    std::condition_variable cv;  ///< a chunk queued, a chunk done, or stop

private:
    void work(const WhatIf& whatif, int years, const TaxFlags& tax) {
        for (;;) {
            std::shared_ptr<Chunk> c;
            {
                std::unique_lock lock(m);
                cv.wait(lock, [&] { return stop_ || !todo_.empty(); });
                if (todo_.empty()) return;
                c = todo_.front();
                todo_.pop_front();
            }
            process(*c, whatif, years, tax);
            {
                std::lock_guard lock(m);
                c->done = true;
            }
            cv.notify_all();
        }
    }
    bool stop_ = false;
    std::deque<std::shared_ptr<Chunk>> todo_;  ///< waiting for a worker
    std::vector<std::thread> pool_;
};

}  // namespace

int run_batch(const WhatIf& whatif, int years, const std::string& file, unsigned jobs, const TaxFlags& tax) {
    std::FILE* in = open_input(file);
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(in == stdin ? nullptr : in, &std::fclose);
    const unsigned workers = jobs > 0 ? jobs : default_workers();
    const std::size_t max_in_flight = workers + 2;
    LineReader reader(in, file == "-" ? "<stdin>" : file, kMaxDocumentBytes);
    std::deque<std::shared_ptr<Chunk>> in_flight;  // input order, written from the front
    Workers pool(workers, whatif, years, tax);

    bool failed = false, eof = false;
    long next_line = 1;
    Progress progress("lines", 0);
    std::unique_lock lock(pool.m);
    for (;;) {
        while (!in_flight.empty() && in_flight.front()->done) {
            const std::shared_ptr<Chunk> c = in_flight.front();
            in_flight.pop_front();
            lock.unlock();
            write_out(c->out);
            if (!c->fatal.empty()) throw Error(kExitSoftware, c->fatal);
            progress.show(c->first_line - 1 + static_cast<std::int64_t>(c->too_long.size()));
            failed = failed || c->failed;
            lock.lock();
        }
        if (eof && in_flight.empty()) break;
        if (!eof && in_flight.size() < max_in_flight) {
            lock.unlock();
            auto c = std::make_shared<Chunk>();
            c->first_line = next_line;
            eof = !read_chunk(reader, *c);
            next_line += static_cast<long>(c->lines.size());
            lock.lock();
            if (!eof) {
                in_flight.push_back(c);
                pool.add(std::move(c));
            }
            continue;
        }
        pool.cv.wait(lock);
    }
    lock.unlock();
    flush_out();
    return failed ? kExitDataErr : kExitOk;
}

void setup_batch(CLI::App& sub, Action& action) {
    auto bt = std::make_shared<BatchFlags>();
    sub.add_option("file", bt->file, "JSON Lines: one offer object per line (default -, standard input)");
    sub.add_option("-j,--jobs", bt->jobs, "workers (default: the CPUs this process may use)")
        ->check(whole_range(1, 256));
    sub.add_option("--years", bt->years, "years to project (1 to 10)")->check(whole_range(1, kMaxYears));
    add_whatif_flags(sub, bt->whatif, "applied to every line");
    add_tax_flags(sub, bt->tax);
    sub.callback([bt, &action] {
        action = [bt] { return run_batch(bt->whatif.resolve(), bt->years, bt->file, bt->jobs, bt->tax); };
    });
}

}  // namespace offercalc::cli
