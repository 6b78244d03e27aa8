add_executable(parserver_tests)
target_sources(parserver_tests PRIVATE server/ServerTest.cpp server/ServerFixture.h)
target_link_libraries(parserver_tests PRIVATE Qt6::Core partest_main PkgConfig::LIBPQ)
target_compile_definitions(parserver_tests PRIVATE
    PARINDEX_EXE="$<TARGET_FILE:parindex>"
    PARINDEX_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data")
add_dependencies(parserver_tests parindex)

string(MD5 parindex_build_hash "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${parindex_build_hash}" 0 10 parindex_build_hash)
set(PARINDEX_TEST_PG_DIR "/tmp/parindex-pg-${parindex_build_hash}")
# Also for the load test's server smoke run (bench/CMakeLists.txt).
set(PARINDEX_TEST_PG_DIR "${PARINDEX_TEST_PG_DIR}" PARENT_SCOPE)
add_test(NAME pg_cluster_start COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/pg-test-cluster.sh" start "${PARINDEX_TEST_PG_DIR}")
add_test(NAME pg_cluster_stop COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/pg-test-cluster.sh" stop "${PARINDEX_TEST_PG_DIR}")
set_tests_properties(pg_cluster_start PROPERTIES FIXTURES_SETUP pg_cluster TIMEOUT 120)
set_tests_properties(pg_cluster_stop PROPERTIES FIXTURES_CLEANUP pg_cluster TIMEOUT 120)
# A skipped test (no PostgreSQL) shows as skipped in ctest's summary, not as passed.
gtest_discover_tests(parserver_tests DISCOVERY_TIMEOUT 60
    PROPERTIES FIXTURES_REQUIRED pg_cluster
               ENVIRONMENT "PARINDEX_TEST_PG_DIR=${PARINDEX_TEST_PG_DIR}"
               SKIP_REGULAR_EXPRESSION "SKIPPED"
               TIMEOUT 600)

# The same core and command-line tests again on the server (PARINDEX_TEST_BACKEND=pg, tests/TestBackend.h): each test
# gets a fresh database on the cluster instead of a file, and shows in ctest with the suffix ".pg". The core tests
# run again are those of storage, the audit log, the lock, finalisation, import and lineage; the pure computations
# (decimals, CSV parsing, ranking of values in memory) never touch a database and run once.
set(parindex_pg_core_tests "Storage.*:Finalisation.*:FrameworkImport.*:ScoreImportTest.*:LineageStore.*:LineageResults.*:MergedCohort.*:StandingTest.*:AnalysisTest.*:DemoTest.*:Sql.*:Migration.*:Migration012.*:Migration013.*:RecordedRead.*")
# gtest_discover_tests splits a list of ENVIRONMENT values into properties of their own: the cluster's folder is
# compiled in instead (tests/TestBackend.h).
foreach(target partest_main parcore_tests parcli_tests)
    target_compile_definitions(${target} PRIVATE PARINDEX_TEST_PG_DIR="${PARINDEX_TEST_PG_DIR}")
endforeach()
foreach(target parcore_tests parcli_tests)
    set(filter "")
    if(target STREQUAL "parcore_tests")
        set(filter TEST_FILTER "${parindex_pg_core_tests}")
    endif()
    gtest_discover_tests(${target} DISCOVERY_TIMEOUT 60 TEST_SUFFIX ".pg" ${filter}
        PROPERTIES FIXTURES_REQUIRED pg_cluster
                   ENVIRONMENT "PARINDEX_TEST_BACKEND=pg"
                   SKIP_REGULAR_EXPRESSION "SKIPPED"
                   LABELS pg
                   TIMEOUT 600)
endforeach()

# Two program connections and psql on one server database: versions, stale edits, LISTEN/NOTIFY (migration 011).
add_executable(parserverconc_tests)
target_sources(parserverconc_tests PRIVATE server/ServerConcurrencyTest.cpp server/ServerFixture.h)
target_link_libraries(parserverconc_tests PRIVATE Parindex::Core partest_main PkgConfig::LIBPQ)
gtest_discover_tests(parserverconc_tests DISCOVERY_TIMEOUT 60
    PROPERTIES FIXTURES_REQUIRED pg_cluster
               ENVIRONMENT "PARINDEX_TEST_PG_DIR=${PARINDEX_TEST_PG_DIR}"
               SKIP_REGULAR_EXPRESSION "SKIPPED"
               TIMEOUT 600)
