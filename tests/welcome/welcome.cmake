# A first start that leads somewhere, and the year at a glance (issue 12).
# The core: a new province's database from a spec, and the cycle's counts on the demo.
add_executable(parwelcome_core_tests)
target_sources(parwelcome_core_tests PRIVATE welcome/NewProvinceTest.cpp welcome/YearGlanceTest.cpp)
target_link_libraries(parwelcome_core_tests PRIVATE Parindex::Core partest_main)
gtest_discover_tests(parwelcome_core_tests DISCOVERY_TIMEOUT 60)

# The welcome page, the wizard and the Overview's glance, driven through the real widgets, offscreen.
add_executable(parwelcome_tests)
target_sources(parwelcome_tests PRIVATE welcome/WelcomeGuiTest.cpp)
target_link_libraries(parwelcome_tests PRIVATE Parindex::Ui Qt6::Test parguitest_main)
target_compile_definitions(parwelcome_tests PRIVATE PARINDEX_SCREENSHOTS="${CMAKE_BINARY_DIR}/screenshots")
gtest_discover_tests(parwelcome_tests DISCOVERY_TIMEOUT 60 PROPERTIES ENVIRONMENT QT_QPA_PLATFORM=offscreen)
