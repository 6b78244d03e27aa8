#pragma once

#include "storage/Catalog.h"

namespace par {

// The demonstration database: Bắc Kạn's PAR INDEX 2017-2018 and SIPAS 2018 as in the province's July 2019
// report, and an illustrative index of its departments and districts. Loaded from :/demo/demo.json and the CSV
// files beside it through the same importers as user files, in one transaction.
class Demo
{
    Q_DECLARE_TR_FUNCTIONS(par::Demo)

public:
    static Status load(Catalog& catalog);
};

} // namespace par
