// offercalc_bench: whole-process benchmarks of the offercalc binary, side by side in
// one run. Wall time from a monotonic clock around fork/exec/wait; peak memory from
// wait4's ru_maxrss. See docs/benchmarks.md for the method and the figures.
//   offercalc_bench OFFERCALC NOOP EXAMPLES_DIR
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>

extern char** environ;

namespace {

struct Run {
    double seconds;
    long max_rss_kb;
    long page_faults = 0;  ///< minor faults: each a page of code or data mapped on first touch
    double rss_mb() const { return static_cast<double>(max_rss_kb) / 1024.0; }
};

/// Runs argv with stdin from `in` (or /dev/null) and stdout, stderr to /dev/null.
Run run(const std::vector<std::string>& argv, const std::string& in = "/dev/null") {
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, in.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid;
    if (posix_spawn(&pid, args[0], &fa, nullptr, args.data(), environ) != 0) {
        std::fprintf(stderr, "bench: cannot run %s\n", args[0]);
        std::exit(1);
    }
    int status = 0;
    struct rusage ru {};
    wait4(pid, &status, 0, &ru);
    const auto end = std::chrono::steady_clock::now();
    posix_spawn_file_actions_destroy(&fa);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "bench: %s failed (status %d)\n", args[0], status);
        std::exit(1);
    }
    return {std::chrono::duration<double>(end - start).count(), ru.ru_maxrss, ru.ru_minflt};
}

/// Median wall time, the largest peak RSS and the fewest page faults over n runs.
Run summarize(std::vector<Run> runs) {
    std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.seconds < b.seconds; });
    Run r = runs[runs.size() / 2];
    for (const Run& x : runs) {
        r.max_rss_kb = std::max(r.max_rss_kb, x.max_rss_kb);
        r.page_faults = std::min(r.page_faults, x.page_faults);
    }
    return r;
}

Run repeat(int n, const std::vector<std::string>& argv, const std::string& in = "/dev/null") {
    std::vector<Run> runs;
    for (int i = 0; i < n; ++i) runs.push_back(run(argv, in));
    return summarize(runs);
}

/// Runs the commands in turn, n rounds, so that the machine's drift falls on each
/// alike: a ratio of two medians taken minutes apart measures the drift too.
std::vector<Run> interleave(int n, const std::vector<std::vector<std::string>>& commands) {
    std::vector<std::vector<Run>> runs(commands.size());
    for (int i = 0; i < n; ++i)
        for (std::size_t k = 0; k < commands.size(); ++k) runs[k].push_back(run(commands[k]));
    std::vector<Run> out;
    for (const auto& r : runs) out.push_back(summarize(r));
    return out;
}

/// A JSON Lines file of n varied offers.
std::string make_jsonl(long n) {
    const std::string path = fmt::format("/tmp/offercalc-bench-{}.jsonl", getpid());
    std::FILE* f = std::fopen(path.c_str(), "w");
    const char* presets[] = {"amazon", "even-annual", "cliff-monthly", "quarterly", "google", "front-loaded"};
    for (long i = 0; i < n; ++i)
        std::fprintf(f,
                     "{\"name\": \"offer %ld\", \"company\": \"Company %ld\", \"level\": \"L%ld\", "
                     "\"base\": %ld.%02ld, \"bonus_pct\": %ld, \"sign_on\": {\"year1\": %ld, \"year2\": %ld}, "
                     "\"rsu\": {\"grant\": %ld, \"vesting\": \"%s\"}, \"stock_growth_pct\": %ld}\n",
                     i, i % 97, 3 + i % 5, 120000 + i % 90000, i % 100, i % 20, 10000 + i % 50000, i % 40000,
                     50000 + (i * 7919) % 400000, presets[i % 6], i % 3 == 0 ? 0 : i % 25);
    std::fclose(f);
    return path;
}

/// A copy of an offer file with a growing stock (10% a year), so that the sweep
/// measures the growth path, not the zero-growth shortcut.
std::string with_growth(const std::string& offer) {
    std::FILE* in = std::fopen(offer.c_str(), "r");
    if (!in) return offer;
    std::string text;
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, in)) > 0;) text.append(buf, n);
    std::fclose(in);
    text.insert(text.find('{') + 1, "\"stock_growth_pct\": 10, ");
    const std::string path = fmt::format("/tmp/offercalc-bench-{}-growth.json", getpid());
    std::FILE* out = std::fopen(path.c_str(), "w");
    std::fwrite(text.data(), 1, text.size(), out);
    std::fclose(out);
    return path;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: offercalc_bench OFFERCALC NOOP EXAMPLES_DIR\n");
        return 2;
    }
    const std::string bin = argv[1], noop = argv[2], ex = argv[3];
    const std::string amazon = ex + "/amazon-l5-pm.json", meta = ex + "/meta-ic5-pm.json";

    const std::vector<Run> starts =
        interleave(500, {{noop},
                         {bin, "compare", amazon, meta, "--today", "2026-11-23"},
                         {bin, "compare", "--json", amazon, meta, "--today", "2026-11-23"}});
    const Run &floor = starts[0], &cmp = starts[1], &cmp_json = starts[2];

    // 1,000 x 10,001 = 10,010,000 rows
    const long sweep_rows = 1000L * 10001L;
    const std::string growing = with_growth(amazon);
    const std::vector<std::string> sweep = {bin,     "sweep",      growing,     "--sign-on-y1", "0..999k/1k",
                                            "--rsu", "0..10000/1", "--against", meta,           "--csv"};
    const Run sw = repeat(3, sweep);
    std::remove(growing.c_str());
    const long batch_rows = 1'000'000;
    const std::string jsonl = make_jsonl(batch_rows);
    const Run bt = repeat(3, {bin, "batch"}, jsonl);
    std::remove(jsonl.c_str());

    // odds: the three shipped examples, 48 months each; 100,000 and 1,000,000 paths
    // show what memory grows by (the totals it keeps: 48 bytes a path here).
    const std::string current = ex + "/current-job.json";
    const Run odds_small = repeat(5, {bin, "odds", amazon, meta, current, "--paths", "100000"});
    const Run odds_big = repeat(5, {bin, "odds", amazon, meta, current, "--paths", "1000000"});
    const Run odds_one = repeat(3, {bin, "odds", amazon, meta, current, "--paths", "1000000", "-j", "1"});

    std::printf("| measure | median wall time | per second | peak RSS |\n|---|---|---|---|\n");
    std::printf("| start a trivial process (the floor) | %.3f ms | | %.1f MB |\n", floor.seconds * 1e3, floor.rss_mb());
    std::printf("| `compare` of two offers (text) | %.3f ms (%.2fx the floor) | | %.1f MB |\n", cmp.seconds * 1e3,
                cmp.seconds / floor.seconds, cmp.rss_mb());
    std::printf("| `compare --json` of two offers | %.3f ms (%.2fx the floor) | | %.1f MB |\n", cmp_json.seconds * 1e3,
                cmp_json.seconds / floor.seconds, cmp_json.rss_mb());
    std::printf("| `sweep` %ld rows, 10%%/yr stock growth, CSV, with gaps | %.3f s | %.2f M rows/s | %.1f MB |\n",
                sweep_rows, sw.seconds, static_cast<double>(sweep_rows) / sw.seconds / 1e6, sw.rss_mb());
    std::printf("| `batch` %ld offers from JSON Lines | %.3f s | %.0f k offers/s | %.1f MB |\n", batch_rows, bt.seconds,
                static_cast<double>(batch_rows) / bt.seconds / 1e3, bt.rss_mb());
    std::printf("| `odds` of three offers, 100,000 paths | %.3f s | %.2f M paths/s | %.1f MB |\n", odds_small.seconds,
                1e5 / odds_small.seconds / 1e6, odds_small.rss_mb());
    std::printf("| `odds` of three offers, 1,000,000 paths | %.3f s | %.2f M paths/s | %.1f MB |\n", odds_big.seconds,
                1e6 / odds_big.seconds / 1e6, odds_big.rss_mb());
    std::printf("| `odds` of three offers, 1,000,000 paths, `-j 1` | %.3f s | %.2f M paths/s | %.1f MB |\n",
                odds_one.seconds, 1e6 / odds_one.seconds / 1e6, odds_one.rss_mb());
    std::printf(
        "\nPage faults (a page of code or data mapped on first touch): the floor %ld, compare %ld, "
        "compare --json %ld.\n",
        floor.page_faults, cmp.page_faults, cmp_json.page_faults);
    return 0;
}
