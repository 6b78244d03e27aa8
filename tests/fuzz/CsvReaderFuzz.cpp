// libFuzzer target: any bytes given to the CSV reader are read or refused, never a crash, a hang or a leak.
#include "io/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto table = par::CsvReader::read(bytes, QStringLiteral("fuzz.csv"));
    if (table.ok() && table->rows.size() != table->lines.size())
        __builtin_trap(); // every record has its line
    return 0;
}
