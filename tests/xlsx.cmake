# Spreadsheet tests (issue 5): the XLSX reader and its corpus of malformed files, the exports and their round trip
# through the importers (parxlsx_tests), and the export / workbook import commands of the real executable
# (parxlsx_cli_tests). PARINDEX_FUZZ adds libFuzzer targets for the CSV and XLSX readers (clang only).

add_executable(parxlsx_tests)
target_sources(parxlsx_tests PRIVATE
    xlsx/XlsxTestSupport.h
    xlsx/ExportTest.cpp
    xlsx/XlsxReaderTest.cpp
)
target_link_libraries(parxlsx_tests PRIVATE Parindex::Core partest_main PkgConfig::PARINDEX_LIBZIP)
target_compile_definitions(parxlsx_tests PRIVATE PARINDEX_XLSX_CORPUS="${CMAKE_CURRENT_SOURCE_DIR}/xlsx/corpus")
gtest_discover_tests(parxlsx_tests DISCOVERY_TIMEOUT 60)

add_executable(parxlsx_cli_tests)
target_sources(parxlsx_cli_tests PRIVATE xlsx/XlsxTestSupport.h xlsx/ExportCliTest.cpp)
target_link_libraries(parxlsx_cli_tests PRIVATE Parindex::Core partest_main PkgConfig::PARINDEX_LIBZIP)
target_compile_definitions(parxlsx_cli_tests PRIVATE
    PARINDEX_EXE="$<TARGET_FILE:parindex>"
    PARINDEX_XLSX_CORPUS="${CMAKE_CURRENT_SOURCE_DIR}/xlsx/corpus")
add_dependencies(parxlsx_cli_tests parindex)
gtest_discover_tests(parxlsx_cli_tests DISCOVERY_TIMEOUT 60)

option(PARINDEX_FUZZ "Build the libFuzzer targets parindex_fuzz_csv and parindex_fuzz_xlsx (needs clang)" OFF)
if(PARINDEX_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PARINDEX_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    # The readers are compiled again, instrumented, with only what they need (QtCore and libzip), so the fuzzers
    # do not depend on how parcore itself is built.
    foreach(target csv xlsx)
        add_executable(parindex_fuzz_${target})
        target_include_directories(parindex_fuzz_${target} PRIVATE ${PROJECT_SOURCE_DIR}/core)
        target_compile_options(parindex_fuzz_${target} PRIVATE -fsanitize=fuzzer,address,undefined
                               -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(parindex_fuzz_${target} PRIVATE -fsanitize=fuzzer,address,undefined)
        target_link_libraries(parindex_fuzz_${target} PRIVATE Qt6::Core)
    endforeach()
    target_sources(parindex_fuzz_csv PRIVATE fuzz/CsvReaderFuzz.cpp ${PROJECT_SOURCE_DIR}/core/io/CsvReader.cpp)
    target_sources(parindex_fuzz_xlsx PRIVATE fuzz/XlsxReaderFuzz.cpp ${PROJECT_SOURCE_DIR}/core/io/XlsxReader.cpp
                   ${PROJECT_SOURCE_DIR}/core/io/CsvReader.cpp)
    target_link_libraries(parindex_fuzz_xlsx PRIVATE PkgConfig::PARINDEX_LIBZIP)
endif()
