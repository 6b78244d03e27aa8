#!/usr/bin/env python3
"""Fills translations/parindex_vi.ts from scripts/vi_dictionary.json and completes parindex_en.ts.

Run after scripts/update-translations.sh (lupdate):

    bash scripts/update-translations.sh && python3 scripts/translate_vi.py

- parindex_vi.ts: every message whose source text is a key of the dictionary gets that translation and
  loses type="unfinished"; Vietnamese has one plural form, so a %n message gets one <numerusform>.
- parindex_en.ts: English is the source language, so every message gets its source as translation;
  a %n message gets an English singular and plural ("%n unit(s)" -> "%n unit" / "%n units").
- Prints the source texts that have no dictionary entry (add them to the dictionary and run again), and
  warnings for entries whose placeholders, HTML tags, accelerator or surrounding whitespace differ
  from the source.

The .ts files are rewritten as text, message by message, in lupdate's own layout and escaping, so a
later lupdate run changes nothing; running this script twice changes nothing either.
Standard library only. Exit status: 0, or 1 with --strict when some source has no entry.
"""

import argparse
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DICTIONARY = ROOT / "scripts" / "vi_dictionary.json"
VI_TS = ROOT / "translations" / "parindex_vi.ts"
EN_TS = ROOT / "translations" / "parindex_en.ts"

# English plural forms that the "(s)" rule below would get wrong; (singular, plural).
EN_PLURALS = {
    "%1 cannot be removed: %n score(s) are recorded for it or its sub-criteria. Remove those scores first, or "
    "keep the criterion.": (
        "%1 cannot be removed: %n score is recorded for it or its sub-criteria. Remove that score first, or "
        "keep the criterion.",
        "%1 cannot be removed: %n scores are recorded for it or its sub-criteria. Remove those scores first, or "
        "keep the criterion.",
    ),
    "%1 \"%2\" cannot be removed: %n score(s) are recorded for it or its sub-criteria.": (
        "%1 \"%2\" cannot be removed: %n score is recorded for it or its sub-criteria.",
        "%1 \"%2\" cannot be removed: %n scores are recorded for it or its sub-criteria.",
    ),
    "%n recorded value(s) differ from their parts (recorded values stand):": (
        "%n recorded value differs from its parts (recorded values stand):",
        "%n recorded values differ from their parts (recorded values stand):",
    ),
    "It has %n score(s) for %1; they stay recorded, but the unit is no longer ranked in this cohort.": (
        "It has %n score for %1; it stays recorded, but the unit is no longer ranked in this cohort.",
        "It has %n scores for %1; they stay recorded, but the unit is no longer ranked in this cohort.",
    ),
    "%1 %2: %n criteria, maximum %3": (
        "%1 %2: %n criterion, maximum %3",
        "%1 %2: %n criteria, maximum %3",
    ),
    "Remove %1 \"%2\" and its %n sub-criteria?": (
        "Remove %1 \"%2\" and its %n sub-criterion?",
        "Remove %1 \"%2\" and its %n sub-criteria?",
    ),
}

MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
NUMERUSFORM = re.compile(r"<numerusform[^>]*>(.*?)</numerusform>|<numerusform[^>]*/>", re.S)
ENTITY = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#x([0-9a-fA-F]+)|#([0-9]+));")
NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def unescape(text):
    def one(m):
        if m.group(1):
            return NAMED[m.group(1)]
        return chr(int(m.group(2), 16)) if m.group(2) else chr(int(m.group(3)))

    return ENTITY.sub(one, text)


def protect(text):
    """Escapes text the way lupdate writes it (Qt's TS writer)."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (code < 0x20 or (code > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append("&#x%x;" % code)
        else:
            out.append(ch)
    return "".join(out)


def english_forms(source, count):
    if source in EN_PLURALS:
        forms = list(EN_PLURALS[source])
    elif "(s)" in source:
        forms = [source.replace("(s)", ""), source.replace("(s)", "s")]
    else:
        forms = [source, source]
    if count <= len(forms):
        return forms[:count] if count > 0 else forms
    return forms + [forms[-1]] * (count - len(forms))


def translation_element(indent, forms, numerus):
    if not numerus:
        return "%s<translation>%s</translation>" % (indent, protect(forms[0]))
    inner = indent + "    "
    lines = ["%s<translation>" % indent]
    lines += ["%s<numerusform>%s</numerusform>" % (inner, protect(f)) for f in forms]
    lines.append("%s</translation>" % indent)
    return "\n".join(lines)


def fill(path, translate, default_forms):
    """Rewrites each message of path with translate(source, numerus, existing form count) -> forms or None.

    Returns (messages, finished, sources without a translation)."""
    text = path.read_text(encoding="utf-8")
    counts = {"messages": 0, "finished": 0}
    missing = []

    def message(m):
        counts["messages"] += 1
        body = m.group("body")
        source_match = SOURCE.search(body)
        tr_match = TRANSLATION.search(body)
        if not source_match or not tr_match:
            return m.group(0)
        attrs = tr_match.group("attrs")
        if re.search(r'type="(vanished|obsolete)"', attrs):
            return m.group(0)
        source = unescape(source_match.group(1))
        numerus = 'numerus="yes"' in m.group("attrs")
        existing = NUMERUSFORM.findall(tr_match.group("text") or "")
        forms = translate(source, numerus, len(existing) or default_forms)
        if forms is None:
            if 'type="unfinished"' in attrs:
                missing.append(source)
            else:
                counts["finished"] += 1
            return m.group(0)
        counts["finished"] += 1
        element = translation_element(tr_match.group("indent"), forms, numerus)
        body = body[: tr_match.start()] + element + body[tr_match.end() :]
        return "%s<message%s>%s</message>" % (m.group("indent"), m.group("attrs"), body)

    new_text = MESSAGE.sub(message, text)
    ET.fromstring(new_text.encode("utf-8"))  # still well-formed XML, or this raises before anything is written
    if new_text != text:
        path.write_text(new_text, encoding="utf-8")
    return counts["messages"], counts["finished"], missing


PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
TAG = re.compile(r"<[^>]+>")
ACCELERATOR = re.compile(r"&(?!&)(.)")
HINT = re.compile(r"\b(?:Ctrl|Shift|Alt)\+\S+")


def accelerators(text):
    return ACCELERATOR.findall(text.replace("&&", ""))


def problems(source, target):
    """What a translation must keep from its source."""
    found = []
    # Sets, not counts: QString::arg() replaces every occurrence, so a placeholder may appear twice.
    if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(target)):
        found.append("placeholders %s vs %s" % (sorted(set(PLACEHOLDER.findall(source))),
                                                sorted(set(PLACEHOLDER.findall(target)))))
    if sorted(TAG.findall(source)) != sorted(TAG.findall(target)):
        found.append("HTML tags differ")
    a, b = accelerators(source), accelerators(target)
    if len(a) != len(b):
        found.append("accelerator: source has %d, translation %d" % (len(a), len(b)))
    elif any(not (c.isascii() and c.isalnum()) for c in b):
        found.append("accelerator on a letter that cannot be typed: %r" % "".join(b))
    for hint in HINT.findall(source):
        if hint.rstrip(".,;:)") not in target:
            found.append("keyboard hint %s missing" % hint)
    lead = lambda s: s[: len(s) - len(s.lstrip())]
    trail = lambda s: s[len(s.rstrip()) :]
    if lead(source) != lead(target) or trail(source) != trail(target):
        found.append("leading or trailing whitespace/newlines differ")
    if target != unicodedata.normalize("NFC", target):
        found.append("not in Unicode NFC (precomposed) form")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dictionary", type=Path, default=DICTIONARY)
    parser.add_argument("--strict", action="store_true", help="exit 1 when some source has no dictionary entry")
    args = parser.parse_args()

    with open(args.dictionary, encoding="utf-8") as f:
        dictionary = json.load(f)
    if not isinstance(dictionary, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in dictionary.items()
    ):
        sys.exit("%s must be a JSON object of strings" % args.dictionary)

    warnings = {s: problems(s, t) for s, t in dictionary.items()}
    warnings = {s: p for s, p in warnings.items() if p}
    used = set()

    def vietnamese(source, numerus, count):
        target = dictionary.get(source)
        if target is None or not target.strip():
            return None
        used.add(source)
        return [target] * (max(count, 1) if numerus else 1)

    def english(source, numerus, count):
        return english_forms(source, count) if numerus else [source]

    vi_total, vi_done, vi_missing = fill(VI_TS, vietnamese, 1)
    en_total, en_done, _ = fill(EN_TS, english, 2)

    unique_missing = list(dict.fromkeys(vi_missing))
    print("parindex_vi.ts: %d messages, %d translated, %d without a dictionary entry"
          % (vi_total, vi_done, vi_total - vi_done))
    print("parindex_en.ts: %d messages, %d finished" % (en_total, en_done))
    if unique_missing:
        print("\nSources with no entry in %s (%d):" % (args.dictionary.name, len(unique_missing)))
        for s in unique_missing:
            print("  " + json.dumps(s, ensure_ascii=False))
    shown = {s: p for s, p in warnings.items() if s in used}
    if shown:
        print("\nDictionary entries to check (%d):" % len(shown))
        for s, p in shown.items():
            print("  %s: %s" % (json.dumps(s, ensure_ascii=False), "; ".join(p)))
    unused = [s for s in dictionary if s not in used]
    if unused:
        print("\n%d dictionary entries are not (or no longer) in the sources; they are kept." % len(unused))
    return 1 if args.strict and unique_missing else 0


if __name__ == "__main__":
    sys.exit(main())
