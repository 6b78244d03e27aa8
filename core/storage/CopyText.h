#pragma once

#include <QByteArray>

namespace par {

// One value in PostgreSQL's COPY text form (its CopyAttributeOutText): what a server's bulk writes send through
// "COPY ... FROM STDIN", and the canonical form parindex copy checksums, whichever side wrote the value.
inline void appendCopyField(QByteArray& out, const char* text, qsizetype size)
{
    // The runs between characters to escape go in whole: a byte at a time took most of the time of writing an import's
    // thousands of log entries.
    qsizetype run = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char* escaped = nullptr;
        switch (text[i]) {
        case '\\':
            escaped = "\\\\";
            break;
        case '\b':
            escaped = "\\b";
            break;
        case '\f':
            escaped = "\\f";
            break;
        case '\n':
            escaped = "\\n";
            break;
        case '\r':
            escaped = "\\r";
            break;
        case '\t':
            escaped = "\\t";
            break;
        case '\v':
            escaped = "\\v";
            break;
        default:
            continue;
        }
        out.append(text + run, i - run);
        out.append(escaped, 2);
        run = i + 1;
    }
    out.append(text + run, size - run);
}

} // namespace par
