#!/usr/bin/env python3
"""Reports Swift files and functions that have grown too long.

Usage: scripts/check-structure.py [--max-file-lines N] [--max-body-lines N] PATH...

Every PATH is a Swift file or a folder searched for Swift files. Printed:
  - every file longer than --max-file-lines (400),
  - every func, init, deinit, subscript, computed property, closure assigned to a property, and closure passed
    to a route (`.get(...) { ... }`, `.post`, ...) whose body is longer than --max-body-lines (60). A body's
    length is the count of lines between its braces.
Exits 1 when it printed anything, 0 otherwise.

The scan matches braces after blanking out comments and string literals (interpolations included), which is
enough for this code base; it does not parse Swift.
"""

import argparse
import os
import re
import sys

ROUTE_METHODS = r"(?:get|post|put|patch|delete|head|options|on|ws)"

# Where a declaration with a body starts; the body is the first `{` after it outside parentheses.
DECLARATION = re.compile(
    r"\b(?:func\s+(?P<func>[^\s(<]+)"
    r"|(?P<init>init[?!]?)\s*[(<]"
    r"|(?P<deinit>deinit)\s*\{"
    r"|(?P<subscript>subscript)\s*[(<]"
    r"|(?:var|let)\s+(?P<property>\w+)\s*:[^=\n{]*(?:\{|=\s*\{)"
    r"|\.(?P<route>" + ROUTE_METHODS + r")\s*\()"
)
# Keywords that end a bodiless declaration (a protocol requirement) before any `{` was found.
STOP = re.compile(r"\b(?:func|init|var|let|case|struct|class|enum|protocol|extension|actor|typealias)\b")


def blank_comments_and_strings(text):
    """The text with every comment and string literal replaced by spaces (newlines kept)."""
    out = list(text)
    i, n = 0, len(text)
    # Stack of open contexts: ("code", paren depth) inside an interpolation, or ("string", delimiter, hashes).
    stack = [("code", 0)]

    def blank(a, b):
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        top = stack[-1]
        if top[0] == "code":
            if text.startswith("//", i):
                end = text.find("\n", i)
                end = n if end < 0 else end
                blank(i, end)
                i = end
                continue
            if text.startswith("/*", i):
                depth, j = 1, i + 2
                while j < n and depth:
                    if text.startswith("/*", j):
                        depth, j = depth + 1, j + 2
                    elif text.startswith("*/", j):
                        depth, j = depth - 1, j + 2
                    else:
                        j += 1
                blank(i, j)
                i = j
                continue
            m = re.match(r'(#*)("""|")', text[i:])
            if m:
                hashes, delimiter = m.group(1), m.group(2)
                stack.append(("string", delimiter, hashes))
                i += len(m.group(0))
                continue
            if len(stack) > 1:
                if text[i] == "(":
                    stack[-1] = ("code", top[1] + 1)
                elif text[i] == ")":
                    if top[1] == 0:
                        stack.pop()  # the interpolation ends; back in its string
                        i += 1
                        continue
                    stack[-1] = ("code", top[1] - 1)
            i += 1
            continue
        _, delimiter, hashes = top
        closing = delimiter + hashes
        if text.startswith(closing, i):
            stack.pop()
            i += len(closing)
            continue
        escape = "\\" + hashes
        if text.startswith(escape + "(", i):
            blank(i, i + len(escape) + 1)
            stack.append(("code", 0))
            i += len(escape) + 1
            continue
        if text.startswith(escape, i):
            blank(i, min(n, i + len(escape) + 1))
            i += len(escape) + 1
            continue
        if delimiter == '"' and text[i] == "\n":
            stack.pop()  # an unterminated one-line string: give up on it
            i += 1
            continue
        blank(i, i + 1)
        i += 1
    return "".join(out)


def body_start(code, start):
    """Index of the `{` opening the body of the declaration at `start`, or None when it has none."""
    depth = 0
    i = start
    first = True
    while i < len(code):
        c = code[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "{" and depth == 0:
            return i
        elif c == "}" and depth == 0:
            return None
        elif depth == 0 and not first and STOP.match(code, i) and code[i - 1] in " \n\t":
            return None
        first = False
        i += 1
    return None


def matching_brace(code, open_index):
    depth = 0
    for i in range(open_index, len(code)):
        if code[i] == "{":
            depth += 1
        elif code[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return None


def describe(match):
    kind = match.lastgroup
    name = match.group(kind)
    if kind == "func":
        return f"func {name}"
    if kind == "property":
        return f"var {name}"
    if kind == "route":
        return f"route closure .{name}(...)"
    return name


def long_bodies(code, limit):
    for match in DECLARATION.finditer(code):
        kind = match.lastgroup
        start = match.start()
        if kind in ("deinit", "property") and code[match.end() - 1] == "{":
            open_index = match.end() - 1
        elif kind == "route":
            # Only a trailing closure: the call's parentheses, then `{`.
            depth, i = 0, match.end() - 1
            while i < len(code):
                if code[i] == "(":
                    depth += 1
                elif code[i] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            rest = re.match(r"\s*\{", code[i + 1:])
            if not rest:
                continue
            open_index = i + rest.end()
        else:
            open_index = body_start(code, match.end())
            if open_index is None:
                continue
        close_index = matching_brace(code, open_index)
        if close_index is None:
            continue
        open_line = code.count("\n", 0, open_index) + 1
        close_line = code.count("\n", 0, close_index) + 1
        length = close_line - open_line - 1
        if length > limit:
            yield code.count("\n", 0, start) + 1, describe(match), length


def swift_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.endswith(".swift"):
                    yield os.path.join(root, name)


def main():
    parser = argparse.ArgumentParser(description="Reports Swift files and functions that have grown too long.")
    parser.add_argument("paths", nargs="+", help="Swift files or folders")
    parser.add_argument("--max-file-lines", type=int, default=400)
    parser.add_argument("--max-body-lines", type=int, default=60)
    args = parser.parse_args()
    found = 0
    for path in swift_files(args.paths):
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
        if lines > args.max_file_lines:
            print(f"{path}: {lines} lines (limit {args.max_file_lines})")
            found += 1
        for line, name, length in long_bodies(blank_comments_and_strings(text), args.max_body_lines):
            print(f"{path}:{line}: {name}: body of {length} lines (limit {args.max_body_lines})")
            found += 1
    if found:
        print(f"{found} problem(s) found", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
