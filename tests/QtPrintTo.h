#pragma once

// Readable GoogleTest failure messages for Qt values; included once per test binary, by its main.
#include <QString>
#include <QVariant>

#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& value, std::ostream* os)
{
    *os << '"' << value.toStdString() << '"';
}
inline void PrintTo(const QVariant& value, std::ostream* os)
{
    *os << value.toString().toStdString();
}
QT_END_NAMESPACE
