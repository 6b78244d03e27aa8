#pragma once

#include <QString>

namespace par::ui {

// Data (unit, band, index and criterion names) is text, never markup: a unit named "<img src=...>" must show those
// characters, not load a file. Use these where a string is shown by something that guesses rich text.

// For rich text composed around data: the data escaped.
inline QString esc(const QString& data)
{
    return data.toHtmlEscaped();
}

// For tooltips, which Qt renders as rich text when the text looks like markup: forced to rich text and escaped, so
// whatever the data holds shows literally.
inline QString plainTip(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

// A clause (written to follow a colon) that starts a sentence of its own: "Cơ sở dữ liệu có...", not "cơ sở...".
inline QString startOfSentence(QString clause)
{
    if (!clause.isEmpty())
        clause[0] = clause[0].toUpper();
    return clause;
}

} // namespace par::ui
