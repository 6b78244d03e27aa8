#!/usr/bin/env python3
"""Checks translations/parindex_vi.ts and parindex_en.ts, the source of truth of every text the program shows.

    python3 scripts/check-translations.py                 # check; exit 1 and list the problems
    python3 scripts/check-translations.py --lupdate       # also: the .ts files hold exactly the sources' messages
    python3 scripts/check-translations.py --apply translations/new-X.json [--replace]

The window (tr()), the command line and the documents (reports and exports: QT_TRANSLATE_NOOP in contexts
"Report" and "Export", translated by core/i18n/DocumentTranslator) all read these two files. English is the
source language. A check fails when a message
- is unfinished, or has an empty translation (or numerus form), in either file;
- has a translation whose placeholders (%1..%99, %L1, %n), HTML tags, accelerator (&x), keyboard hints (Ctrl+S),
  or leading and trailing whitespace differ from its source;
- is not in Unicode NFC (precomposed Vietnamese letters), in its source or translation;
- is obsolete or vanished (run scripts/update-translations.sh, which drops them), or has no source location
  (lupdate must run with -locations relative);
- with --lupdate: is in the sources but missing from the .ts files (lupdate runs on temporary copies), unless a
  helper's translations/new-*.json translates it (then a note: the lead merges it). Messages the sources no longer
  have are a note too: the next scripts/update-translations.sh drops them.

--apply FILE writes the Vietnamese of a helper's JSON into parindex_vi.ts and finishes parindex_en.ts (English
is the source, so each message's translation is its source; a %n message gets "(s)" made singular and plural).
FILE is a flat JSON object: English source -> Vietnamese; where one source has several messages told apart by a
disambiguation, the value may be an object: disambiguation -> Vietnamese. Only unfinished or empty messages are
written unless --replace; --context NAME writes only that context's messages. Run scripts/update-translations.sh first so the new sources are in the .ts files.
The files are rewritten as text in lupdate's own layout and escaping, so a later lupdate run changes nothing.
Standard library only.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VI_TS = ROOT / "translations" / "parindex_vi.ts"
EN_TS = ROOT / "translations" / "parindex_en.ts"
LUPDATE = "/usr/lib/qt6/bin/lupdate"

# English plural forms that the "(s)" rule would get wrong; (singular, plural).
EN_PLURALS = {
    "%n unit(s) of %1 %2 \"%3\" have no complete final scores: %4": (
        "%n unit of %1 %2 \"%3\" has no complete final scores: %4",
        "%n units of %1 %2 \"%3\" have no complete final scores: %4",
    ),
    "%n unit-year-stage(s) have unscored criteria (totals over the scored criteria only, ranks provisional):": (
        "%n unit-year-stage has unscored criteria (totals over the scored criteria only, ranks provisional):",
        "%n unit-year-stages have unscored criteria (totals over the scored criteria only, ranks provisional):",
    ),
    "%n unit(s) have no or incomplete final scores; their ranks would be closed as they are:": (
        "%n unit has no or incomplete final scores; its rank would be closed as it is:",
        "%n units have no or incomplete final scores; their ranks would be closed as they are:",
    ),
    "%n value(s) refer to a unit that does not exist": (
        "%n value refers to a unit that does not exist",
        "%n values refer to a unit that does not exist",
    ),
    "%n value(s) refer to a criterion that does not exist": (
        "%n value refers to a criterion that does not exist",
        "%n values refer to a criterion that does not exist",
    ),
    "%n value(s) fail the table's checks (an unknown stage, a value below zero or a version below 1)": (
        "%n value fails the table's checks (an unknown stage, a value below zero or a version below 1)",
        "%n values fail the table's checks (an unknown stage, a value below zero or a version below 1)",
    ),
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
COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION = re.compile(r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
NUMERUSFORM = re.compile(r"<numerusform[^>]*>(.*?)</numerusform>|<numerusform[^>]*/>", re.S)
ENTITY = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#x([0-9a-fA-F]+)|#([0-9]+));")
NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
TAG = re.compile(r"<[^>]+>")
ACCELERATOR = re.compile(r"&(?!&)(.)")
HINT = re.compile(r"\b(?:Ctrl|Shift|Alt)\+\S+")


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


def accelerators(text):
    return ACCELERATOR.findall(text.replace("&&", ""))


def problems(source, target):
    """What a translation must keep from its source."""
    found = []
    # Sets, not counts: QString::arg() replaces every occurrence, so a placeholder may appear twice.
    a, b = set(PLACEHOLDER.findall(source)), set(PLACEHOLDER.findall(target))
    if a != b:
        found.append("placeholders %s in the source, %s in the translation" % (sorted(a), sorted(b)))
    if sorted(TAG.findall(source)) != sorted(TAG.findall(target)):
        found.append("HTML tags differ")
    a, b = accelerators(source), accelerators(target)
    if len(a) != len(b):
        found.append("accelerator: the source has %d, the translation %d" % (len(a), len(b)))
    elif any(not (c.isascii() and c.isalnum()) for c in b):
        found.append("accelerator on a letter that cannot be typed: %r" % "".join(b))
    for hint in HINT.findall(source):
        if hint.rstrip(".,;:)") not in target:
            found.append("keyboard hint %s missing" % hint)
    lead = lambda s: s[: len(s) - len(s.lstrip())]
    trail = lambda s: s[len(s.rstrip()) :]
    if lead(source) != lead(target) or trail(source) != trail(target):
        found.append("leading or trailing whitespace or newlines differ")
    if target != unicodedata.normalize("NFC", target):
        found.append("the translation is not in Unicode NFC (precomposed) form")
    return found


def messages(path):
    """Every message of a .ts file: dicts of context, source, disambiguation, numerus, type, forms, locations."""
    root = ET.parse(path).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            forms = [f.text or "" for f in t.findall("numerusform")] if t is not None else []
            out.append(
                {
                    "context": name,
                    "source": m.findtext("source") or "",
                    "disambiguation": m.findtext("comment"),
                    "numerus": m.get("numerus") == "yes",
                    "type": t.get("type") if t is not None else "missing",
                    "forms": forms if m.get("numerus") == "yes" else [(t.text or "") if t is not None else ""],
                    "locations": len(m.findall("location")),
                }
            )
    return root.get("language"), out


def describe(m):
    where = m["context"] + (" [%s]" % m["disambiguation"] if m["disambiguation"] else "")
    return "%s: %s" % (where, json.dumps(m["source"], ensure_ascii=False))


def check_file(path, language):
    found = []
    ts_language, all_messages = messages(path)
    if not (ts_language or "").startswith(language):
        found.append("%s: the file's language is %r, not %s" % (path.name, ts_language, language))
    seen = set()
    for m in all_messages:
        name = "%s: %s" % (path.name, describe(m))
        key = (m["context"], m["source"], m["disambiguation"])
        if key in seen:
            found.append("%s: twice in the file" % name)
        seen.add(key)
        if m["type"] in ("obsolete", "vanished"):
            found.append("%s: %s (no longer in the sources; scripts/update-translations.sh drops it)" % (name, m["type"]))
            continue
        if m["type"] == "unfinished":
            found.append("%s: unfinished" % name)
        if m["locations"] == 0:
            found.append("%s: no source location (lupdate must run with -locations relative)" % name)
        if m["source"] != unicodedata.normalize("NFC", m["source"]):
            found.append("%s: the source is not in Unicode NFC (precomposed) form" % name)
        if not m["forms"] or any(not f.strip() for f in m["forms"]):
            found.append("%s: empty translation" % name)
            continue
        if m["numerus"] and language == "en" and len(m["forms"]) != 2:
            found.append("%s: English needs 2 plural forms, not %d" % (name, len(m["forms"])))
        for form in m["forms"]:
            found += ["%s: %s" % (name, p) for p in problems(m["source"], form)]
    return found, all_messages


def run_lupdate(ts_paths):
    """Runs lupdate on copies of the .ts files; returns their message keys (those the sources have)."""
    keys = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in ts_paths:
            copy = Path(tmp) / path.name
            shutil.copy(path, copy)
            subprocess.run(
                [LUPDATE, "-silent", "-locations", "relative", "-no-obsolete", "app", "core", "ui", "-ts", str(copy)],
                cwd=ROOT,
                check=True,
            )
            _, found = messages(copy)
            keys.append({(m["context"], m["source"], m["disambiguation"]) for m in found})
    return keys


def pending_sources():
    """The sources that helpers' translations/new-*.json files translate, waiting for the lead to merge them."""
    pending = {}
    for path in sorted((ROOT / "translations").glob("new-*.json")):
        with open(path, encoding="utf-8") as f:
            for source in json.load(f):
                pending[source] = path.name
    return pending


def check(vi_path, en_path, with_lupdate):
    found = []
    vi_found, vi_messages = check_file(vi_path, "vi")
    en_found, en_messages = check_file(en_path, "en")
    found += vi_found + en_found
    vi_keys = {(m["context"], m["source"], m["disambiguation"]) for m in vi_messages}
    en_keys = {(m["context"], m["source"], m["disambiguation"]) for m in en_messages}
    for key in sorted(vi_keys - en_keys, key=str):
        found.append("%s has %s, %s does not" % (vi_path.name, key, en_path.name))
    for key in sorted(en_keys - vi_keys, key=str):
        found.append("%s has %s, %s does not" % (en_path.name, key, vi_path.name))
    notes = []
    if with_lupdate:
        pending = pending_sources()
        for path, keys, sources in zip((vi_path, en_path), (vi_keys, en_keys), run_lupdate((vi_path, en_path))):
            for key in sorted(sources - keys, key=str):
                if key[1] in pending:
                    notes.append("%s lacks %s; its Vietnamese waits in %s (merge: scripts/update-translations.sh, "
                                 "then --apply)" % (path.name, key, pending[key[1]]))
                else:
                    found.append("%s lacks %s, which the sources have (run scripts/update-translations.sh and "
                                 "translate it, or put its Vietnamese in translations/new-NAME.json)" % (path.name, key))
            for key in sorted(keys - sources, key=str):
                # Harmless (the next scripts/update-translations.sh drops it), and a helper may not run lupdate.
                notes.append("%s has %s, which the sources no longer have" % (path.name, key))
    for line in notes:
        print("note: " + line)
    return found, len(vi_messages)


def english_forms(source, count):
    if source in EN_PLURALS:
        forms = list(EN_PLURALS[source])
    elif "(s)" in source:
        forms = [source.replace("(s)", ""), source.replace("(s)", "s")]
    else:
        forms = [source, source]
    count = max(count, 2)
    return forms[:count] + [forms[-1]] * (count - len(forms))


def translation_element(indent, forms, numerus):
    if not numerus:
        return "%s<translation>%s</translation>" % (indent, protect(forms[0]))
    inner = indent + "    "
    lines = ["%s<translation>" % indent]
    lines += ["%s<numerusform>%s</numerusform>" % (inner, protect(f)) for f in forms]
    lines.append("%s</translation>" % indent)
    return "\n".join(lines)


CONTEXT = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>.*?</context>", re.S)


def fill(path, translate, replace, context=None):
    """Rewrites the messages of path (of one context, when given) that translate(source, disambiguation, numerus)
    gives forms for: the unfinished or empty ones, or every one with replace. Returns the number written."""
    text = path.read_text(encoding="utf-8")
    written = [0]

    def message(m):
        body = m.group("body")
        source_match = SOURCE.search(body)
        tr_match = TRANSLATION.search(body)
        if not source_match or not tr_match:
            return m.group(0)
        attrs = tr_match.group("attrs")
        if re.search(r'type="(vanished|obsolete)"', attrs):
            return m.group(0)
        existing = NUMERUSFORM.findall(tr_match.group("text") or "") or [tr_match.group("text") or ""]
        open_ = 'type="unfinished"' in attrs or any(not f.strip() for f in existing)
        if not open_ and not replace:
            return m.group(0)
        comment = COMMENT.search(body)
        numerus = 'numerus="yes"' in m.group("attrs")
        forms = translate(unescape(source_match.group(1)), unescape(comment.group(1)) if comment else None, numerus)
        if forms is None:
            return m.group(0)
        written[0] += 1
        element = translation_element(tr_match.group("indent"), forms, numerus)
        body = body[: tr_match.start()] + element + body[tr_match.end() :]
        return "%s<message%s>%s</message>" % (m.group("indent"), m.group("attrs"), body)

    def block(c):
        if context is not None and unescape(c.group("name")) != context:
            return c.group(0)
        return MESSAGE.sub(message, c.group(0))

    new_text = CONTEXT.sub(block, text)
    ET.fromstring(new_text.encode("utf-8"))  # still well-formed XML, or this raises before anything is written
    if new_text != text:
        path.write_text(new_text, encoding="utf-8")
    return written[0]


def apply(json_path, vi_path, en_path, replace, context):
    with open(json_path, encoding="utf-8") as f:
        table = json.load(f)
    if not isinstance(table, dict) or not all(
        isinstance(k, str) and (isinstance(v, str) or (isinstance(v, dict) and all(
            isinstance(a, str) and isinstance(b, str) for a, b in v.items()))) for k, v in table.items()
    ):
        sys.exit("%s must be a JSON object: source -> Vietnamese, or source -> {disambiguation: Vietnamese}" % json_path)
    refused = {}
    for source, value in table.items():
        for disambiguation, target in (value.items() if isinstance(value, dict) else [(None, value)]):
            target_nfc = unicodedata.normalize("NFC", target)
            p = problems(source, target_nfc)
            if p or not target.strip():
                refused[(source, disambiguation)] = p or ["empty translation"]
    used = set()

    def vietnamese(source, disambiguation, numerus):
        value = table.get(source)
        if isinstance(value, dict):
            target = value.get(disambiguation or "")
            if target is None and disambiguation is not None:
                return None
        else:
            target = value
        if target is None or (source, disambiguation if isinstance(value, dict) else None) in refused:
            return None
        used.add((source, disambiguation if isinstance(value, dict) else None))
        return [unicodedata.normalize("NFC", target)]  # Vietnamese has one plural form

    def english(source, disambiguation, numerus):
        return english_forms(source, 2) if numerus else [source]

    vi_written = fill(vi_path, vietnamese, replace, context)
    en_written = fill(en_path, english, False)
    print("%s: %d message(s) written; %s: %d finished" % (vi_path.name, vi_written, en_path.name, en_written))
    for (source, disambiguation), p in refused.items():
        print("refused %s%s: %s" % (json.dumps(source, ensure_ascii=False),
                                    " [%s]" % disambiguation if disambiguation else "", "; ".join(p)))
    unused = [k for k in ((s, d) for s, v in table.items()
                          for d in (v.keys() if isinstance(v, dict) else [None])) if k not in used and k not in refused]
    for source, disambiguation in unused:
        print("not written (no such open message; finished ones need --replace): %s%s"
              % (json.dumps(source, ensure_ascii=False), " [%s]" % disambiguation if disambiguation else ""))
    return 1 if refused else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vi", type=Path, default=VI_TS)
    parser.add_argument("--en", type=Path, default=EN_TS)
    parser.add_argument("--lupdate", action="store_true", help="also compare the .ts files with the sources")
    parser.add_argument("--apply", type=Path, metavar="JSON", help="write a helper's translations, then check")
    parser.add_argument("--replace", action="store_true", help="with --apply: also replace finished translations")
    parser.add_argument("--context", help="with --apply: only the messages of this context (e.g. Report)")
    args = parser.parse_args()

    status = 0
    if args.apply:
        status = apply(args.apply, args.vi, args.en, args.replace, args.context)
    found, total = check(args.vi, args.en, args.lupdate)
    for line in found:
        print(line)
    if found:
        print("%d problem(s) in the translations" % len(found), file=sys.stderr)
        return 1
    print("translations: %d messages, every one finished in vi and en" % total)
    return status


if __name__ == "__main__":
    sys.exit(main())
