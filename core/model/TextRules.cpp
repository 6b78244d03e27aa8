#include "model/TextRules.h"

namespace par {

qsizetype TextRules::maxLength(Kind kind)
{
    switch (kind) {
    case Kind::Name:
        return 255;
    case Kind::Title:
        return 1000;
    case Kind::Note:
        break;
    }
    return 10000;
}

QString TextRules::problem(const QString& text, Kind kind)
{
    if (text.size() > maxLength(kind))
        return tr("is longer than %1 characters").arg(maxLength(kind));
    int embeddings = 0; // LRE RLE LRO RLO ... PDF
    int isolates = 0; // LRI RLI FSI ... PDI
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return tr("contains a NUL character");
        const bool allowed = u == u'\t' || (kind == Kind::Note && (u == u'\n' || u == u'\r'));
        if ((u < 0x20 && !allowed) || (u >= 0x7f && u <= 0x9f))
            return tr("contains a control character (U+%1)")
                .arg(QString::number(int(u), 16).toUpper().rightJustified(4, u'0'));
        if (u >= 0x202a && u <= 0x202e) {
            embeddings += u == 0x202c ? -1 : 1;
        } else if (u >= 0x2066 && u <= 0x2068) {
            ++isolates;
        } else if (u == 0x2069) {
            --isolates;
        }
        if (embeddings < 0 || isolates < 0)
            return tr("closes a right-to-left or left-to-right override that was not opened");
    }
    if (embeddings != 0 || isolates != 0)
        return tr("leaves a right-to-left or left-to-right override open");
    return QString();
}

} // namespace par
