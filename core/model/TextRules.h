#pragma once

#include <QCoreApplication>
#include <QString>

namespace par {

// What text the program stores: one rule for imports (every cell of a CSV or XLSX table) and for the forms and setup
// editors, so that a name that cannot be typed in a form cannot come in through a file either. Refused: text longer
// than the kind allows; NUL and other control characters (C0 but tab, and line breaks in notes; DEL and C1, ESC
// included: a name must not clear a terminal); bidirectional overrides, embeddings and isolates left open (an
// unclosed U+202E reverses everything printed after the name).
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(par::TextRules)

public:
    enum class Kind
    {
        Name, // unit, index, cohort and band names, codes: one line
        Title, // criterion titles: one line
        Note, // notes, evidence, reasons, and any imported cell: may hold tabs and line breaks
    };

    static qsizetype maxLength(Kind kind);
    // Empty when the text may be stored; otherwise why not, in a phrase ("contains a control character (U+001B)").
    static QString problem(const QString& text, Kind kind);
};

} // namespace par
