#pragma once

#include "io/CsvReader.h"
#include "model/Framework.h"
#include "model/Index.h"
#include "storage/Catalog.h"

#include <QStringList>

namespace par {

struct FrameworkParse
{
    Framework framework; // criteria[0] is the root; ids are not yet assigned
    QStringList warnings;
};

// Reads a framework table: header "code,title,max_points" and optional "parent", "aggregation", "lead_unit".
// Without a parent column the hierarchy comes from dotted codes ("6.1" is a child of "6"). A parent's maximum may
// be left blank and is then its children's aggregate; a given one that differs is kept and reported.
class FrameworkImport
{
    Q_DECLARE_TR_FUNCTIONS(par::FrameworkImport)

public:
    static Result<FrameworkParse> parse(const CsvTable& table, const Index& index);
    // Stores a parsed framework for the year, replacing one that has no scores yet; keeps its bands unless new
    // ones are given, and starts a new framework with the bands of the previous year (or the common ones).
    // The caller holds the transaction.
    static Result<Framework> store(Catalog& catalog, const Index& index, int year, Framework framework,
                                   const std::optional<QList<Band>>& bands);
    // The code a score file uses for the recorded total (the root criterion).
    static bool isTotalHeader(const QString& header);
};

} // namespace par
