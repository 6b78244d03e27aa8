// libFuzzer target: any bytes given to the XLSX reader are read or refused, never a crash, a hang or a leak.
// Seed it with the workbooks of tests/xlsx/corpus and a few exports (see docs/spreadsheets.md); the limits are
// lowered so that each input stays fast.
#include "io/XlsxReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    par::XlsxLimits limits;
    limits.maxUncompressed = 8 * 1024 * 1024;
    limits.maxCells = 200'000;
    limits.maxMergeWork = 1'000'000;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto table = par::XlsxReader::read(bytes, QStringLiteral("fuzz.xlsx"), QString(), limits);
    if (table.ok()) {
        if (table->rows.isEmpty() || table->rows.size() != table->lines.size())
            __builtin_trap();
        for (qsizetype i = 1; i < table->lines.size(); ++i) {
            if (table->lines[i] <= table->lines[i - 1])
                __builtin_trap(); // rows keep the sheet's order
        }
    }
    return 0;
}
