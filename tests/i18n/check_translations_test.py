#!/usr/bin/env python3
"""scripts/check-translations.py passes on the real .ts files and fails on copies broken in each way it checks;
--apply writes a helper's JSON into a copy. Standard library only; run by ctest (translations_checker)."""

import json
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CHECKER = ROOT / "scripts" / "check-translations.py"
VI = ROOT / "translations" / "parindex_vi.ts"
EN = ROOT / "translations" / "parindex_en.ts"


def run(vi, en, *extra):
    return subprocess.run([sys.executable, str(CHECKER), "--vi", str(vi), "--en", str(en), *extra],
                          capture_output=True, text=True)


class CheckTranslations(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp())
        self.vi = self.tmp / "parindex_vi.ts"
        self.en = self.tmp / "parindex_en.ts"
        shutil.copy(VI, self.vi)
        shutil.copy(EN, self.en)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def replace(self, path, old, new):
        text = path.read_text(encoding="utf-8")
        self.assertIn(old, text)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def fails_with(self, needle):
        result = run(self.vi, self.en)
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertIn(needle, result.stdout)

    def test_the_real_files_pass(self):
        result = run(self.vi, self.en)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_unfinished(self):
        self.replace(self.vi, "<translation>KẾT QUẢ CHUNG</translation>",
                     '<translation type="unfinished">KẾT QUẢ CHUNG</translation>')
        self.fails_with('Report: "OVERALL RESULT": unfinished')

    def test_unfinished_english(self):
        self.replace(self.en, "<translation>OVERALL RESULT</translation>",
                     '<translation type="unfinished"></translation>')
        self.fails_with('parindex_en.ts: Report: "OVERALL RESULT": unfinished')

    def test_placeholder_lost(self):
        self.replace(self.vi, "<translation>Bảng %1. %2</translation>", "<translation>Bảng %1.</translation>")
        self.fails_with("placeholders")

    def test_plural_placeholder_lost(self):
        text = self.vi.read_text(encoding="utf-8")
        start = text.index('numerus="yes"')
        form = text.index("<numerusform>", start) + len("<numerusform>")
        end = text.index("</numerusform>", form)
        self.assertIn("%n", text[form:end])
        self.vi.write_text(text[:form] + text[form:end].replace("%n", "n") + text[end:], encoding="utf-8")
        self.fails_with("placeholders")

    def test_not_nfc(self):
        # "ế" decomposed: e + circumflex + acute
        self.replace(self.vi, "<translation>KẾT QUẢ CHUNG</translation>",
                     "<translation>KE\u0302\u0301T QUẢ CHUNG</translation>")
        self.fails_with("NFC")

    def test_html_tag_lost(self):
        text = self.vi.read_text(encoding="utf-8")
        start = text.index("<translation>", text.index("<source>Appraised total: &lt;b&gt;"))
        end = text.index("</translation>", start)
        broken = text[start:end].replace("&lt;b&gt;", "", 1)
        self.vi.write_text(text[:start] + broken + text[end:], encoding="utf-8")
        self.fails_with("HTML tags differ")

    def test_accelerator_lost(self):
        text = self.vi.read_text(encoding="utf-8")
        start = text.index("<translation>", text.index("<source>&amp;"))
        end = text.index("</translation>", start)
        self.vi.write_text(text[:start] + text[start:end].replace("&amp;", "", 1) + text[end:], encoding="utf-8")
        self.fails_with("accelerator")

    def test_vanished(self):
        self.replace(self.vi, "<translation>KẾT QUẢ CHUNG</translation>",
                     '<translation type="vanished">KẾT QUẢ CHUNG</translation>')
        self.fails_with("vanished")

    def test_no_location(self):
        text = self.vi.read_text(encoding="utf-8")
        source = text.index("<source>OVERALL RESULT</source>")
        message = text.rindex("<message>", 0, source)
        self.vi.write_text(text[: message + len("<message>")] + "\n" + text[source - 8 :], encoding="utf-8")
        self.fails_with("no source location")

    def test_missing_from_one_file(self):
        text = self.en.read_text(encoding="utf-8")
        source = text.index("<source>OVERALL RESULT</source>")
        start = text.rindex("<message>", 0, source)
        end = text.index("</message>", source) + len("</message>")
        self.en.write_text(text[:start] + text[end:], encoding="utf-8")
        self.fails_with("parindex_en.ts does not")

    def test_apply_writes_and_finishes_english(self):
        # Open one message in both files, as lupdate leaves a new source, then apply a helper's JSON.
        self.replace(self.vi, "<translation>KẾT QUẢ CHUNG</translation>", '<translation type="unfinished"></translation>')
        self.replace(self.en, "<translation>OVERALL RESULT</translation>", '<translation type="unfinished"></translation>')
        self.replace(self.vi, "<translation>Điểm đạt</translation>", '<translation type="unfinished"></translation>')
        self.replace(self.en, "<translation>Score</translation>", '<translation type="unfinished"></translation>')
        new = self.tmp / "new-x.json"
        new.write_text(json.dumps({"OVERALL RESULT": "KE\u0302\u0301T QUẢ CHUNG",
                                   "Score": {"column: the points a part scored": "Điểm đạt"},
                                   "Nowhere": "Không đâu"}, ensure_ascii=False), encoding="utf-8")
        result = run(self.vi, self.en, "--apply", str(new), "--context", "Report")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("not written", result.stdout)  # "Nowhere"
        self.assertEqual(self.vi.read_text(encoding="utf-8"), VI.read_text(encoding="utf-8"))  # NFC, same layout
        self.assertEqual(self.en.read_text(encoding="utf-8"), EN.read_text(encoding="utf-8"))

    def test_apply_refuses_a_lost_placeholder(self):
        self.replace(self.vi, "<translation>Bảng %1. %2</translation>", '<translation type="unfinished"></translation>')
        new = self.tmp / "new-x.json"
        new.write_text(json.dumps({"Table %1. %2": "Bảng %1."}, ensure_ascii=False), encoding="utf-8")
        result = run(self.vi, self.en, "--apply", str(new))
        self.assertEqual(result.returncode, 1)
        self.assertIn("refused", result.stdout)


if __name__ == "__main__":
    unittest.main()
