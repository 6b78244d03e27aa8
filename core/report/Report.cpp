#include "report/Report.h"

namespace par {

int Report::rowCount() const
{
    int rows = 0;
    for (const ReportSection& s : sections) {
        for (const ReportBlock& b : s.blocks)
            rows += int(b.table.rows.size());
    }
    return rows;
}

} // namespace par
