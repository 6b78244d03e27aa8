# Report painting (issue 4): paints a core Report to PDF or a printer, with Liberation Serif embedded.
target_sources(parui PRIVATE
    report/ReportChartPainter.cpp report/ReportChartPainter.h
    report/ReportPainter.cpp report/ReportPainter.h
    report/ReportOdt.cpp report/ReportOdt.h
    report/ReportText.cpp report/ReportText.h
)

# The report's serif comes from the system package, not from the repository: Liberation Serif 2 (fonts-liberation2)
# is metrically Times New Roman and, unlike Liberation 1 (fonts-liberation), has every Vietnamese letter.
set(PARINDEX_REPORT_FONT_DIR "/usr/share/fonts/truetype/liberation2" CACHE PATH
    "Folder holding LiberationSerif-{Regular,Bold,Italic,BoldItalic}.ttf (version 2, with Vietnamese letters)")
set(parui_report_fonts)
foreach(style Regular Bold Italic BoldItalic)
    set(font "${PARINDEX_REPORT_FONT_DIR}/LiberationSerif-${style}.ttf")
    if(NOT EXISTS "${font}")
        message(FATAL_ERROR "The report needs ${font} (Liberation Serif 2, with Vietnamese letters). "
            "Install it with: apt-get install fonts-liberation2 (scripts/install-deps.sh), "
            "or set PARINDEX_REPORT_FONT_DIR to a folder that holds the four LiberationSerif-*.ttf files.")
    endif()
    list(APPEND parui_report_fonts "${font}")
endforeach()
qt_add_resources(parui parui_report_fonts
    PREFIX /report/fonts
    BASE "${PARINDEX_REPORT_FONT_DIR}"
    FILES ${parui_report_fonts}
)
target_link_libraries(parui PRIVATE PkgConfig::PARINDEX_LIBZIP)
