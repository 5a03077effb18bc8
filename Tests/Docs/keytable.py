#!/usr/bin/env python3
"""Writes the key tables in docs/tastatur.md from the program's key-binding table.

    python3 Tests/Docs/keytable.py            # rewrite the tables in docs/tastatur.md
    python3 Tests/Docs/keytable.py --check    # exit 1 when docs/tastatur.md is out of date

The tables sit between `<!-- keys: da -->` / `<!-- keys: en -->` and `<!-- /keys -->` in docs/tastatur.md; the
text around them is written by hand. They are read from `KeyBindings.all` in
Sources/SammenUI/App/KeyBindings.swift (keys as the help screen writes them, what they do, on which screen) and
the Danish and English help texts in Sources/SammenUI/Strings/Catalogue.swift (and any other Swift file in
Sources/SammenUI/Strings that fills `Catalogue.danish`/`Catalogue.english`-style tables), so the sheet says what
the `?` help says.
"""

import os
import re
import sys

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
BINDINGS = os.path.join(REPO, "Sources", "SammenUI", "App", "KeyBindings.swift")
STRINGS = os.path.join(REPO, "Sources", "SammenUI", "Strings")
DOC = os.path.join(REPO, "docs", "tastatur.md")

# The screens in the order of the sheet, with their headings. A scope not listed here is added at the end
# under its own name, so a new screen is never silently left out.
SCREENS = [
    ("global", "Overalt", "Everywhere"),
    ("dashboard", "1 Sagsstamme", "1 Caseload"),
    ("leader", "2 Ledervisning", "2 Leader view"),
    ("family", "Familiens overblik", "The family's overview"),
    ("details", "Stamdata", "Details"),
    ("team", "Teamet", "The team"),
    ("record", "Familiens journal", "The family's record"),
    ("wheel", "Årshjulet", "The annual wheel"),
    ("meetings", "Møderne", "Meetings"),
    ("board", "Tavlen (LØFT og Signs of Safety)", "The board (LØFT and Signs of Safety)"),
    ("conflict", "Valget, når en kollega har ændret det samme", "The choice when a colleague changed the same thing"),
]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def bindings():
    text = read(BINDINGS)
    start = text.index("static let all")
    body = text[start:text.index("\n    ]", start)]
    pattern = re.compile(
        r'KeyBinding\(\s*keys:\s*\[(?P<keys>.*?)\],\s*label:\s*"(?P<label>(?:[^"\\]|\\.)*)",\s*'
        r'action:\s*\.(?P<action>\w+),\s*help:\s*\.(?P<help>\w+),\s*scope:\s*\.(?P<scope>\w+)\s*\)', re.S)
    found = [m.groupdict() for m in pattern.finditer(body)]
    if len(found) != body.count("KeyBinding("):
        sys.exit(f"keytable.py: could not read every KeyBinding in {BINDINGS}; update the pattern")
    return found


def catalogue():
    """UIText key -> (Danish, English), from every `.key: "text"` in the danish and english tables."""
    tables = {"da": {}, "en": {}}
    entry = re.compile(r'\.(\w+):\s*"((?:[^"\\]|\\.)*)"')
    for name in sorted(os.listdir(STRINGS)):
        if not name.endswith(".swift"):
            continue
        text = read(os.path.join(STRINGS, name))
        # Split the file at each `static let danish` / `static let english` declaration.
        parts = re.split(r'static\s+let\s+(danish|english)\b', text)
        for i in range(1, len(parts) - 1, 2):
            language = "da" if parts[i] == "danish" else "en"
            block = parts[i + 1]
            end = block.find("\n    ]")
            for key, value in entry.findall(block if end < 0 else block[:end]):
                tables[language][key] = value.replace('\\"', '"')
    return tables


def label_markdown(label):
    """"↑ k" -> "`↑` `k`"; "Ctrl-S" stays one key."""
    return " ".join(f"`{part}`" for part in label.split(" "))


def tables(language):
    """One table per screen, two keys to a row so the sheet fits on a page; keys that do the same are merged."""
    keys = bindings()
    texts = catalogue()[language]
    scopes = [s for s, _, _ in SCREENS]
    for b in keys:
        if b["scope"] not in scopes:
            scopes.append(b["scope"])
    headings = {s: (da, en) for s, da, en in SCREENS}
    out = []
    for scope in scopes:
        rows = []
        seen = set()
        for b in keys:
            if b["scope"] != scope or b["label"] in seen:
                continue
            seen.add(b["label"])
            help_text = texts.get(b["help"])
            if help_text is None:
                sys.exit(f"keytable.py: no {'Danish' if language == 'da' else 'English'} text for .{b['help']}")
            if rows and rows[-1][1] == help_text:
                rows[-1] = (rows[-1][0] + " / " + label_markdown(b["label"]), help_text)
            else:
                rows.append((label_markdown(b["label"]), help_text))
        if not rows:
            continue
        heading = headings.get(scope, (scope, scope))[0 if language == "da" else 1]
        out.append(f"**{heading}**\n")
        out.append("| Tast | Gør | Tast | Gør |" if language == "da" else "| Key | Does | Key | Does |")
        out.append("|---|---|---|---|")
        for i in range(0, len(rows), 2):
            left = rows[i]
            right = rows[i + 1] if i + 1 < len(rows) else ("", "")
            out.append(f"| {left[0]} | {left[1]} | {right[0]} | {right[1]} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render(doc):
    for language in ("da", "en"):
        begin = f"<!-- keys: {language} -->"
        if begin not in doc:
            sys.exit(f"keytable.py: {DOC} has no «{begin}» marker")
        head, rest = doc.split(begin, 1)
        if "<!-- /keys -->" not in rest:
            sys.exit(f"keytable.py: «{begin}» in {DOC} is not closed with «<!-- /keys -->»")
        _, tail = rest.split("<!-- /keys -->", 1)
        doc = head + begin + "\n" + tables(language) + "<!-- /keys -->" + tail
    return doc


def main():
    doc = read(DOC)
    new = render(doc)
    if "--check" in sys.argv:
        if new != doc:
            print("keytable.py: docs/tastatur.md does not match the key bindings; run python3 Tests/Docs/keytable.py "
                  "and read the diff", file=sys.stderr)
            return 1
        print("keytable.py: docs/tastatur.md matches the key bindings.")
        return 0
    if new != doc:
        with open(DOC, "w", encoding="utf-8") as f:
            f.write(new)
        print("keytable.py: docs/tastatur.md updated.")
    else:
        print("keytable.py: docs/tastatur.md already up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
