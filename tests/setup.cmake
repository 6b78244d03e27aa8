# Setup and History page tests: the core editors, the models and a screenshot of each page on the demo database.
find_package(Qt6 REQUIRED COMPONENTS Test)

add_executable(parsetup_tests)
target_sources(parsetup_tests PRIVATE
    setup/SetupFixture.h
    setup/FrameworkEditorTest.cpp
    setup/UnitEditorTest.cpp
    setup/SetupModelsTest.cpp
    setup/SetupDialogsTest.cpp
    setup/SetupPagesTest.cpp
    setup/LineageGuiTest.cpp
)
target_link_libraries(parsetup_tests PRIVATE Parindex::Ui Qt6::Test parguitest_main)
target_compile_definitions(parsetup_tests PRIVATE
    PARSETUP_SCREENSHOTS="${CMAKE_BINARY_DIR}/screenshots"
    PARSETUP_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/setup/data")
gtest_discover_tests(parsetup_tests DISCOVERY_TIMEOUT 60)
