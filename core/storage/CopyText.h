#pragma once

#include <QByteArray>

namespace par {

// One value in PostgreSQL's COPY text form (its CopyAttributeOutText): what a server's bulk writes send through
// "COPY ... FROM STDIN", and the canonical form parindex copy checksums, whichever side wrote the value.
inline void appendCopyField(QByteArray& out, const char* text, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\v':
            out += "\\v";
            break;
        default:
            out += c;
        }
    }
}

} // namespace par
