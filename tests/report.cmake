# Report tests (issue 4): what the report says (from the demo database), the PDF that parindex writes as poppler's
# tools read it back, and a 3,321-row ranking annex. Painting needs an application with fonts: the GUI test main.
add_executable(parreport_tests)
target_sources(parreport_tests PRIVATE
    report/Poppler.h
    report/ReportAnnexTest.cpp
    report/ReportBuilderTest.cpp
    report/ReportDialogTest.cpp
    report/ReportPdfTest.cpp
)
target_include_directories(parreport_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(parreport_tests PRIVATE Parindex::Ui Qt6::Test parguitest_main PkgConfig::PARINDEX_LIBZIP)
target_compile_definitions(parreport_tests PRIVATE PARINDEX_EXE="$<TARGET_FILE:parindex>"
    PARREPORT_TRANSLATIONS="${PROJECT_SOURCE_DIR}/translations")
add_dependencies(parreport_tests parindex)
gtest_discover_tests(parreport_tests DISCOVERY_TIMEOUT 60 PROPERTIES ENVIRONMENT QT_QPA_PLATFORM=offscreen)
