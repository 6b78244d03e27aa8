# Outputs and help (issues 9 and 12): the manual, File > Restore, the desktop's PDF export to a full disk, hostile
# text in the forms; the real widgets, offscreen.
add_executable(paroutputs_tests)
target_sources(paroutputs_tests PRIVATE outputs/OutputsGuiTest.cpp)
target_link_libraries(paroutputs_tests PRIVATE Parindex::Ui Qt6::Test parguitest_main)
target_compile_definitions(paroutputs_tests PRIVATE PARINDEX_SCREENSHOTS="${CMAKE_BINARY_DIR}/screenshots")
gtest_discover_tests(paroutputs_tests DISCOVERY_TIMEOUT 60 PROPERTIES ENVIRONMENT QT_QPA_PLATFORM=offscreen)

# Hostile text through the importers (CSV and XLSX) and the editors the forms use.
add_executable(paroutputs_core_tests)
target_sources(paroutputs_core_tests PRIVATE outputs/HostileTextTest.cpp)
target_link_libraries(paroutputs_core_tests PRIVATE Parindex::Core partest_main PkgConfig::PARINDEX_LIBZIP)
gtest_discover_tests(paroutputs_core_tests DISCOVERY_TIMEOUT 60)
