# One translation path (issue 10): the document translator and the documents' words (pari18n_tests), the .ts files
# themselves (scripts/check-translations.py, against the sources through lupdate) and the checker's own test on
# broken copies.
add_executable(pari18n_tests)
target_sources(pari18n_tests PRIVATE i18n/DocumentTranslatorTest.cpp)
target_link_libraries(pari18n_tests PRIVATE Parindex::Core partest_main)
target_compile_definitions(pari18n_tests PRIVATE PARINDEX_I18N_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/i18n"
    PARINDEX_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/translations")
gtest_discover_tests(pari18n_tests DISCOVERY_TIMEOUT 60)

find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME translations
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/check-translations.py --lupdate
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
add_test(NAME translations_checker
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/i18n/check_translations_test.py)
