#!/usr/bin/env python3
"""Every command and option that --help shows is in the man page and in each shell's
completion (all generated from the same table, and checked here against --help
itself), and the generated files are well formed where the tools to check are here.
    docs_coverage.py OFFERCALC SHARE_DIR"""
import re
import shutil
import subprocess
import sys

binary, share = sys.argv[1], sys.argv[2]


def run(*args):
    return subprocess.run([binary, *args], capture_output=True, text=True, check=True).stdout


files = {
    "man page": f"{share}/man/man1/offercalc.1",
    "bash": f"{share}/bash-completion/completions/offercalc",
    "zsh": f"{share}/zsh/site-functions/_offercalc",
    "fish": f"{share}/fish/vendor_completions.d/offercalc.fish",
}
texts = {name: open(path).read() for name, path in files.items()}
# The man page escapes hyphens for roff; compare it unescaped.
texts["man page"] = texts["man page"].replace("\\-", "-")

top = run("--help")
commands = re.findall(r"^  (\w+)\s", top.split("Subcommands:")[1].split("\n\n")[0], re.M)
problems = []
options = 0
for command in commands:
    for name, text in texts.items():
        if not re.search(rf"(^|[\s'\"(]){command}([\s)':]|$)", text, re.M):
            problems.append(f"{name}: no command {command}")
    for line in run(command, "--help").splitlines():
        m = re.match(r"^  ((?:-\w,)?--[\w-]+|-\w)\b", line)  # an option row, not a wrapped description
        if not m:
            continue
        for flag in m.group(1).split(","):
            options += 1
            for name, text in texts.items():
                if name == "fish":
                    word = f"-l {flag[2:]}" if flag.startswith("--") else f"-s {flag[1:]}"
                    if word not in text:
                        problems.append(f"fish: {command} {flag}")
                elif flag not in text:
                    problems.append(f"{name}: {command} {flag}")
checks = [["bash", "-n", files["bash"]]]
if shutil.which("zsh"):
    checks.append(["zsh", "-n", files["zsh"]])
if shutil.which("fish"):
    checks.append(["fish", "--no-execute", files["fish"]])
for check in checks:
    r = subprocess.run(check, capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{check[0]} rejects its completion: {r.stderr.strip()}")
if shutil.which("man"):
    r = subprocess.run(["man", "--warnings", "-l", files["man page"]], capture_output=True, text=True,
                       env={"MANWIDTH": "80", "PATH": "/usr/bin:/bin", "MAN_KEEP_FORMATTING": ""})
    if r.returncode != 0 or r.stderr.strip():
        problems.append(f"man --warnings: {r.stderr.strip()[:300]}")
# bash completes the words after the flags that take a short list, and --set PATH=VALUE
# (bash splits that word at the '=').
def bash_complete(*words):
    script = (f'source {files["bash"]}; COMP_WORDS=(offercalc {" ".join(repr(w) for w in words)}); '
              f'COMP_CWORD={len(words)}; _offercalc 2>/dev/null; echo "${{COMPREPLY[*]}}"')
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True).stdout.split()
for words, want in [(("show", "--set", "rsu.vesting", "=", "ama"), ["amazon"]),
                    (("show", "--set", "rsu.vest"), ["rsu.vesting="]),
                    (("show", "--vesting", "amaz"), ["amazon"]),
                    (("init", "--kind", "ver"), ["verbal"]),
                    (("schema", "off"), ["offer"]),
                    (("completion", "fi"), ["fish"])]:
    got = bash_complete(*words)
    if got != want:
        problems.append(f"bash completion of {' '.join(words)}: expected {want}, got {got}")
for p in problems:
    print("docs_coverage:", p, file=sys.stderr)
print(f"docs_coverage: {len(commands)} commands and {options} option names checked in {len(files)} files")
sys.exit(1 if problems else 0)
