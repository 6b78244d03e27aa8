# Spreadsheets in and out (issue 5): the XLSX reader (libzip + QXmlStreamReader), the sheet reader the importers
# use for CSV and XLSX alike, and the exports (CSV here, XLSX through libxlsxwriter).
find_package(PkgConfig REQUIRED)
# GLOBAL: parcore is static, so its private libraries are linked into every executable that uses it, in other
# directories too; the tests also build small workbooks with libzip.
pkg_check_modules(PARINDEX_LIBZIP REQUIRED IMPORTED_TARGET GLOBAL libzip)
pkg_check_modules(PARINDEX_XLSXWRITER REQUIRED IMPORTED_TARGET GLOBAL xlsxwriter)

target_sources(parcore PRIVATE
    io/Export.cpp io/Export.h
    io/ExportTable.h
    io/ExportWriter.cpp io/ExportWriter.h
    io/SheetReader.cpp io/SheetReader.h
    io/XlsxReader.cpp io/XlsxReader.h
)
target_link_libraries(parcore PRIVATE PkgConfig::PARINDEX_LIBZIP PkgConfig::PARINDEX_XLSXWRITER)
