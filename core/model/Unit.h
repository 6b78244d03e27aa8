#pragma once

#include <QString>

#include <optional>

namespace par {

// A province, department, district or commune. Units come and go (provinces merged and districts were
// abolished in 2025), so each has a life span and may name the unit that succeeded it.
struct Unit
{
    qint64 id = 0;
    QString code;
    QString name;
    QString kind = QStringLiteral("other"); // province, department, district, commune, other
    std::optional<int> validFrom;
    std::optional<int> validTo;
    qint64 successorId = 0;

    bool activeIn(int year) const { return (!validFrom || *validFrom <= year) && (!validTo || year <= *validTo); }
};

} // namespace par
