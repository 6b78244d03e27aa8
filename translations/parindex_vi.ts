<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QObject</name>
    <message>
        <source>undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::Analysis</name>
    <message>
        <source>there is no unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published rank %1 of %2 differs from the computed %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::AuditLog</name>
    <message>
        <source>cannot read the audit log of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::Band</name>
    <message>
        <source>band &quot;%1&quot; should look like 90=Xuất sắc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band &quot;%1&quot; must be between 0 and 100 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two bands start at %1 percent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::Catalog</name>
    <message>
        <source>there is no index %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1 has no framework for %2; import one with &quot;parindex index import&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 framework of %2 has no root criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units are named &quot;%2&quot;; give the unit&apos;s code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1 has no cohort &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write scores: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::Cli</name>
    <message>
        <source>--lang must be vi or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import (CSV, UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see parindex %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1 (see parindex %2 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see parindex --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::CsvReader</name>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is longer than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote appears inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::Database</name>
    <message>
        <source>the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the SQLite handle of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a parindex database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer parindex (schema %2, this program knows %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading %1 to schema %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the changes to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::Decimal</name>
    <message>
        <source>an empty value is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::Demo</name>
    <message>
        <source>the demo data is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo data is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::Export</name>
    <message>
        <source>there is no unit named or coded &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 ranking of &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 %3 scores of &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 score template of &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ExportWriter</name>
    <message>
        <source>cannot add the sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, row %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, row %2, column %3: the text is longer than Excel allows (%4 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx (Excel) or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by parindex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::FrameworkEditor</name>
    <message>
        <source>The criterion no longer exists; it may have been removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 is not in the tree of its framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework no longer exists; it may have been removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 results of %2 (%3) are final. %4 would change them: reopen them with a reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion needs a code, such as 3.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is reserved for the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum of %1 cannot go below %2: %3 has a recorded %4 score of %2. Correct that score first, or keep a maximum of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An index needs a short code, such as PAR or DDCI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; may only hold letters, digits, dots, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An index with the code %1 already exists (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a framework for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a year other than %1 to copy its framework to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from the %1 framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 framework of %2 has scores and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total has no siblings: add a top-level criterion as its child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum of the total follows its parts: change the parts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 framework has scores, so its codes can no longer change: score files and the history refer to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 framework has scores, so its aggregations can no longer change: that would change results already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a maximum or an aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total cannot be removed; remove the year&apos;s framework instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %n score(s) are recorded for it or its sub-criteria. Remove those scores first, or keep the criterion.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removing a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the first of its group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the last of its group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band starting at %1% needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band &quot;%1&quot; must start between 0 and 100 percent, not at %2%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two bands (&quot;%1&quot; and &quot;%2&quot;) start at %3%; each band needs its own minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the bands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::FrameworkImport</name>
    <message>
        <source>%1: line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the header has no &quot;%3&quot; column (expected code,title,max_points and optionally parent,aggregation,lead_unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this row has %2 cells but the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the criterion has no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is reserved for the recorded total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the code %2 is already used on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: criterion %2 has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the maximum %2 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: aggregation &quot;%2&quot; is neither sum nor mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has a header but no criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the parent %2 of criterion %3 is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: criterion %3 is its own ancestor (the parents form a loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: criterion %3 has no maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the maximum of %3 is %4 but its children add up to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 framework of %2 already has scores; it can no longer be replaced by a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ReportBuilder</name>
    <message>
        <source>index %1 has no main unit: name the unit the report is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main unit of index %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 result for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report&apos;s language must be vi or en, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ScoreEditor</name>
    <message>
        <source>a score cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the maximum of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 results of &quot;%2&quot; are final; reopen them with a reason first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1 is not in the %2 framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is outside 0 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ScoreImport</name>
    <message>
        <source>%1: line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column has values but no criterion code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a criterion of the %3 %4 framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: criterion %2 is also in column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the header names no criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this row has %2 cells but the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the row has values but no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 units of cohort &quot;%3&quot; are named &quot;%4&quot;; use the unit&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is already on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has no unit rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 %3 results of &quot;%4&quot; are final; reopen them with a reason before changing scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3, %4: recorded %5 but its parts give %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::SheetReader</name>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; a score sheet is far smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no sheets; --sheet is for Excel workbooks (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::UnitEditor</name>
    <message>
        <source>A unit needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The years of %1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot end (%2) before it starts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot succeed itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the last year of %1 before naming its successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The successor of %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot succeed %2: it does not exist in %3 (it exists %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot succeed %2: %2 is already among its own successors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has scores for %2, so it cannot start in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has scores for %2, so it cannot end in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit no longer exists; it may have been removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit that succeeds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cohort needs a name, such as &quot;Sở, ban, ngành&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a cohort named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 results of &quot;%2&quot; are final, so its members cannot change; reopen them with a reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (it exists %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::XlsxReader</name>
    <message>
        <source>the file is larger than %1 MB; a score sheet is far smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 (.xls) file or a password-protected workbook; save it without a password as an Excel workbook (.xlsx) or as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx): it is not a zip container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged or truncated (%1); save it again from Excel or LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this zip file holds no Excel workbook (%1 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no visible sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no sheet named &quot;%1&quot;; the workbook has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook does not say where the sheet is (damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sheet is a %1, not a table of cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet&apos;s part %1 is missing (damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cell %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is missing (damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the part %1 (damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is encrypted; save the workbook without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the part %1 (%2); the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 declares a DTD, which a workbook never does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2, column %3: %4); the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook expands to more than %1 MB when unpacked (a zip bomb?); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 expands more than %2 times when unpacked (a zip bomb?); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell holds more than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sheet is not a table of cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row number &quot;%1&quot; is not valid (damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 comes after row %2 (damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 holds a cell named &quot;%2&quot; (damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has more than %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell appears twice or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell refers to shared text %1, but the workbook has %2 (damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds the error value %1; correct the formula or clear the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds a formula whose result was never computed; open the file in Excel or LibreOffice and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell has an unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merged range &quot;%1&quot; is not valid (damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than %1 merged ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet&apos;s merged ranges cover too many cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::cli</name>
    <message>
        <source>%1 already holds data; give a new file, or --replace to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--aggregation must be sum or mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the %1 %2 framework: %3 criteria, maximum %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parindex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parindex: nothing was imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 units (%2 new) into %3 %4 &quot;%5&quot;, stage %6; %7 values replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked (no value): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* rank as published (%1); the rest of the cohort is not in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points lost: %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fell against the previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1: schema %2, integrity ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recorded value agrees with its parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded value(s) differ from their parts (recorded values stand):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen needs --reason: why the final results must change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 &quot;%3&quot; is final; edits are refused until it is reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 &quot;%3&quot; is reopened for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the demo database (Bắc Kạn, PAR INDEX 2017-2018).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an index&apos;s criteria framework for one year from CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index&apos;s full name (for a new index).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the top-level criteria make the total: sum or mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification bands, e.g. &quot;90=Xuất sắc;80=Tốt;70=Khá;50=Trung bình;0=Yếu&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a wide score table (one row per unit, one column per criterion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank a cohort for one index and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit&apos;s totals, percents and ranks over the years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s name or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a unit lost points, with each criterion&apos;s lead unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self or final. Default: final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database and list recorded values that differ from their parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a cohort-year&apos;s final results against edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking pool (default: the index&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the audit log (e.g. the decision&apos;s number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen finalised results for changes; needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the final results must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the audit log: who changed what, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes of this unit&apos;s scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes of this criterion code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes by this person (OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database safely, even while it is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parindex [--db FILE] [--lang vi|en]
       parindex COMMAND [OPTIONS]   (parindex COMMAND --help for its options)

Records and analyses administrative reform index results (PAR INDEX, SIPAS, PAPI and the
province&apos;s own indexes).

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 done, 1 usage error, 2 input refused (nothing changed), 3 storage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs exactly one of --ranking, --scores, --template, --framework or --audit (see parindex export --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit goes with --scores or --template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 to %2 (%n row(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write a ranking, score sheet, score template, framework or the audit log as XLSX or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cohort&apos;s ranking: rank, total, percent, band, last year&apos;s rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score sheet, in the format scores import reads back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty score sheet for the cohort&apos;s units to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s criteria, in the format index import reads back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log (of --index and --year when given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --scores or --template: only this unit&apos;s row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .xlsx (Excel; headers in Vietnamese unless --lang en) or .csv (UTF-8 with BOM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date %1 is not a date (dd/MM/yyyy or yyyy-MM-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 %3 %4, %5, %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>draft (results not finalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the meeting report of a unit for one index and year as an A4 PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking pool (default: the unit&apos;s own that year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit the report is about (default: the index&apos;s main unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s date, dd/MM/yyyy (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parindex database file (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index code, e.g. PAR, SIPAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self (self-assessed) or final (appraised). Default: final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, csv or json. Default: table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --%2 (see parindex %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year %1 is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage must be self or final, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one %2 (see parindex %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::AuditModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::BandsModel</name>
    <message>
        <source>%1: from %2% of the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2% to under %3% of the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::ContextBar</name>
    <message>
        <source>&amp;Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised (final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::CriteriaTreeModel</name>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum of %1 is %2, but its parts give %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of its parts (percentages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of its parts (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: this year already has scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: the results of this year are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::Dialogs</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::EntryPage</name>
    <message>
        <source>&amp;Reopen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalise...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value and press Enter to move to the next criterion. Decimal comma or point. Ctrl+V pastes a block copied from a spreadsheet; Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an index, a year and a unit in the bar above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the scores: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised total: &lt;b&gt;%1&lt;/b&gt; / %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appraised total yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 results of &quot;%2&quot; are final and cannot be changed. To correct them, reopen them and give a reason; the reopening is recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell in the self-assessed or appraised column, then paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These results are final; reopen them before pasting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted block has %1 rows but only %2 criteria follow the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted block is wider than the value columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted. Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted values are already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>paste %n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paste %n self-assessed value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paste %n appraised value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finalise results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the %1 results of &quot;%2&quot;? Nobody can change them afterwards until they are reopened with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalised from the score entry page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 results of &quot;%2&quot; are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen final results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why must the %1 results of &quot;%2&quot; change? The reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::FrameworkTab</name>
    <message>
        <source>Add sub-criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion inside the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion after the selected one, at the same level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected criterion and its sub-criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected criterion up among its siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected criterion down among its siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to change it. A parent&apos;s maximum that differs from its parts is marked with a warning sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of the maximum points that applied. A unit takes the highest band whose minimum it reaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a classification band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no framework yet. Create a year or import a framework file with the buttons above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no index yet. Create one with &quot;New index&quot; above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n criteria, maximum %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 results of %2 are final. Titles and lead units can still change; maxima, bands and criteria stay as they are until the results are reopened with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has scores: codes and aggregations are locked, criteria with scores cannot be removed, and no maximum may go below a recorded score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no scores yet: everything in this framework can still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New top-level criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; cannot be removed: %n score(s) are recorded for it or its sub-criteria.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove those scores on the score entry page first, or keep the criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 &quot;%2&quot; and its %n sub-criteria?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the band &quot;%1&quot; (from %2%)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, e.g. 3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;riterion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 changes are shown; narrow the filters to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a change to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value: %1   New value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::LostPointsModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::MainWindow</name>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up to a file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About parindex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file is a parindex database and that you may write to its folder, or open another one from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parindex databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new file name, or open the existing file with File &gt; Open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parindex databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot overwrite the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About parindex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parindex %1

Records and analyses administrative reform index results (PAR INDEX, SIPAS, PAPI and the province&apos;s own indexes) for the steering committee&apos;s secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - parindex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::OverviewPage</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most points lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fell most since last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an index, a year and a unit in the bar above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 results for %3 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;font-size:13px; font-weight:400;&apos;&gt;/ %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;font-size:13px; font-weight:400;&apos;&gt;of %2%3&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;%2 %3%4&lt;/span&gt; &lt;span style=&apos;font-size:13px; font-weight:400;&apos;&gt;vs %5 (%6) %7&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13px; font-weight:400;&apos;&gt;no earlier year&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total over the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field as percent of its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of maximum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::RankingModel</name>
    <message>
        <source>%1=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tied: equal totals share a rank and the next rank is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year&apos;s rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::RankingsPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a unit&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the visible rows to the clipboard, to paste into a spreadsheet (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an index and a year in the bar above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraised scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessed scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) ranked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not ranked, no score yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total, first %1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) to the clipboard.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>par::ui::ReportPainter</name>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report was not finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::ScoreDelegate</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::ScoreTreeModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (parts %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded value %1; its parts give %2. A recorded value stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of its parts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::Session</name>
    <message>
        <source>No index is selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::SetupDialogs</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (percentages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example DDCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example Chỉ số năng lực cạnh tranh cấp sở, ngành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example Sở, ban, ngành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total is the:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First c&amp;ohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index starts with an empty criteria tree for its first year: add criteria, or import a framework file. The cohort is the group of units ranked together; without a name it is named after the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New year for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an &amp;empty framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy last year&apos;s framework (%1): criteria, maxima, lead units and bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy last year&apos;s framework (there is no earlier year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy can then be changed to follow the new year&apos;s decision; last year&apos;s scores stay with last year&apos;s framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a framework for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a framework into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file: code, title, max_points [, parent, aggregation, lead_unit]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file replaces the criteria of the %1 framework; this is refused once that year has scores. Its bands are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file becomes the %1 framework, with the bands of the year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 2,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sub-criteria combine by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent whose maximum is the sum of its parts&apos; keeps following them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 85</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example Tốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (percent of the maximum):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit takes the highest band whose minimum it reaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, unique: for example SNV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exists &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exists &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example Nghị quyết 202/2025/QH15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Succeeded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last year of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision or reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps its scores and history up to its last year; its successor carries on from the year after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit that succeeds %1 from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cohort of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example UBND huyện, thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units of kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cohort is a group of units ranked against each other, such as the departments or the districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add units to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show units of every kind, not only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit that exists in %1 is already in this cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the units to rank in this cohort for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::SetupPage</name>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;index...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New y&amp;ear...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport framework...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove year...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;dex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an index with its first year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a year to this index, copying last year&apos;s framework or starting empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a year&apos;s criteria from a CSV file (code, title, max_points, parent, aggregation, lead_unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this year&apos;s framework; only possible while it has no scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria and bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units and cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 created: add its criteria, or import a framework file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 framework of %2 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework was imported, with these remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 framework of %2 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 framework of %2, with its criteria and bands?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 framework of %2 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::TrendsPage</name>
    <message>
        <source>C&amp;riterion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units to compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an index in the bar above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank (1 at the top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::UnitsModel</name>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::UnitsTab</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, code or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New unit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a province, department, district or commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into successor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected unit in a year and name the unit that succeeds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to change it. A merged unit keeps its history up to its last year; its successor carries on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cohort...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a group of units ranked together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add units...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add units to this cohort for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected unit out of this cohort for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cohort yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) ranked in this cohort in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the units</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) added to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Take %1 out of &quot;%2&quot; for %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It has %n score(s) for %1; they stay recorded, but the unit is no longer ranked in this cohort.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the unit from the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>par::ui::YearDelegate</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
