# Report content (issue 4): what a meeting report says, as plain data (QtCore only). Painted by ui/report.
target_sources(parcore PRIVATE
    report/Report.cpp report/Report.h
    report/ReportBuilder.cpp report/ReportBuilder.h
    report/ReportStrings.cpp report/ReportStrings.h
)
