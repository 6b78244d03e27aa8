#pragma once

#include <QFont>
#include <QStringList>

class QPaintDevice;

namespace par::ui {

// Text helpers shared by the report's painters. Nothing is ever elided: a text that does not fit wraps onto more
// lines (at word boundaries, or anywhere inside a word longer than the width), and the caller makes room.
class ReportText
{
public:
    // The report's serif (Liberation Serif 2, metrically Times New Roman, as registered by
    // ReportPainter::loadFonts) at a size in points.
    static QFont font(double points, bool bold = false, bool italic = false);
    // Sets a TrueType font's vendor (OS/2 achVendID) to the report's own, so that Qt lists it as a foundry of its own
    // beside any installed copy of the family (Qt selects a foundry with "Family [Foundry]"). False if not TrueType.
    static bool markFoundry(QByteArray& data);
    // The lines of text broken to fit width (device units); an explicit '\n' breaks too.
    static QStringList wrap(const QString& text, const QFont& font, const QPaintDevice* device, double width);
    // The widest word: the narrowest a column can be without breaking inside words.
    static double widestWord(const QString& text, const QFont& font, const QPaintDevice* device);
};

} // namespace par::ui
