#!/usr/bin/env python3
"""Fails on any function in src/ longer than 80 lines (signature to closing brace).

Usage: function_length.py SOURCE_ROOT [--list]   (--list also prints the ten longest functions)
"""
import re
import sys
from pathlib import Path

LIMIT = 80

TOKEN = re.compile(r'//[^\n]*|/\*.*?\*/|R"([^(]*)\(.*?\)\1"|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)
SCOPE = re.compile(r'\b(namespace|class|struct|union|enum)\b[^()]*$|\bextern\s+"C"\s*$')
NAME = re.compile(r'([A-Za-z_~][\w:~]*(?:operator\W+)?)\s*\([^()]*(?:\([^()]*\)[^()]*)*\)[^()]*$', re.S)


def blank(m):
    return re.sub(r'[^\n]', ' ', m.group(0))


def functions(text):
    text = TOKEN.sub(blank, text)
    text = re.sub(r'^\s*#[^\n]*', lambda m: ' ' * len(m.group(0)), text, flags=re.M)
    stack = []  # (kind, start line, name)
    head_start = 0
    for i, ch in enumerate(text):
        if ch == '{':
            head = text[head_start:i]
            if stack and stack[-1][0] == 'body':
                stack.append(('inner', 0, ''))
            elif SCOPE.search(head) or head.rstrip().endswith('=') or not head.strip().endswith((')', 'const', 'override', 'noexcept', 'mutable')) and '->' not in head:
                stack.append(('scope', 0, ''))
            else:
                m = NAME.search(head)
                first = len(text[:head_start]) + (len(head) - len(head.lstrip()))
                stack.append(('body', text.count('\n', 0, first) + 1, m.group(1) if m else '?'))
            head_start = i + 1
        elif ch == '}':
            if stack:
                kind, start, name = stack.pop()
                if kind == 'body':
                    yield name, start, text.count('\n', 0, i) + 1
            head_start = i + 1
        elif ch == ';' and not (stack and stack[-1][0] in ('body', 'inner')):
            head_start = i + 1


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else '.').resolve()
    listing = '--list' in sys.argv
    bad = 0
    longest = []
    for path in sorted((root / 'src').rglob('*')):
        if path.suffix not in ('.cpp', '.hpp', '.in'):
            continue
        for name, start, end in functions(path.read_text(encoding='utf-8')):
            n = end - start + 1
            if n <= LIMIT:
                continue
            print(f'{path.relative_to(root)}:{start}: {name} is {n} lines')
            bad += 1
        if listing:
            for name, start, end in functions(path.read_text(encoding='utf-8')):
                longest.append((end - start + 1, f'{path.relative_to(root)}:{start}: {name}'))
    if listing:
        for n, where in sorted(longest, reverse=True)[:10]:
            print(f'{n:4} {where}')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
