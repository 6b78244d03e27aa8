# The desktop's connection to a server (issue 13) and the manual's pictures (issue 12).
# The connect and sign-in dialogs through the real widgets, offscreen; no PostgreSQL needed.
find_package(Qt6 REQUIRED COMPONENTS Network Test)
add_executable(pardesk_tests)
target_sources(pardesk_tests PRIVATE desk/ConnectDialogTest.cpp desk/CopyProcessTest.cpp)
target_link_libraries(pardesk_tests PRIVATE Parindex::Ui Qt6::Test Qt6::Network parguitest_main)
gtest_discover_tests(pardesk_tests DISCOVERY_TIMEOUT 60 PROPERTIES ENVIRONMENT QT_QPA_PLATFORM=offscreen)

# Every picture the manual refers to is in the program, a real picture of the right size, in both languages.
add_executable(parmanual_tests)
target_sources(parmanual_tests PRIVATE desk/ManualImagesTest.cpp)
target_link_libraries(parmanual_tests PRIVATE Parindex::Ui Parindex::ManualImages parguitest_main)
gtest_discover_tests(parmanual_tests DISCOVERY_TIMEOUT 60 PROPERTIES ENVIRONMENT QT_QPA_PLATFORM=offscreen)

# The desktop opens the demo on the ctest PostgreSQL cluster through File > Connect to server... (see server.cmake).
add_executable(pardesk_server_tests)
# File > Copy to a server... and Save a copy as a file... run the built parindex (server/CopyProcess).
target_sources(pardesk_server_tests PRIVATE desk/ServerDesktopTest.cpp desk/DeskCopyTest.cpp)
target_link_libraries(pardesk_server_tests PRIVATE Parindex::Ui Qt6::Test PkgConfig::LIBPQ parguitest_main)
target_compile_definitions(pardesk_server_tests PRIVATE PARINDEX_EXE="$<TARGET_FILE:parindex>")
add_dependencies(pardesk_server_tests parindex)
gtest_discover_tests(pardesk_server_tests DISCOVERY_TIMEOUT 60
    PROPERTIES FIXTURES_REQUIRED pg_cluster
               ENVIRONMENT "PARINDEX_TEST_PG_DIR=${PARINDEX_TEST_PG_DIR}" # the tests' main is offscreen by itself
               SKIP_REGULAR_EXPRESSION "SKIPPED"
               TIMEOUT 600)
