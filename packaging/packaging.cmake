# What the package installs besides the program (app/CMakeLists.txt installs it and its icons), and the CPack
# settings of the Debian package. The translations and the report fonts are inside the program as resources.
set(parindex_packaging "${PROJECT_SOURCE_DIR}/packaging")
set(parindex_doc_dir "${CMAKE_INSTALL_DATADIR}/doc/parindex")

install(FILES "${parindex_packaging}/${PARINDEX_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${parindex_packaging}/${PARINDEX_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The manual's pictures are inside the program; the package also carries them as files, the source of the AppStream
# screenshots (ui/help/help.cmake renders them).
foreach(shot IN LISTS PARINDEX_MANUAL_SHOTS)
    get_filename_component(shot_language "${shot}" DIRECTORY)
    get_filename_component(shot_language "${shot_language}" NAME)
    install(FILES "${shot}" DESTINATION ${CMAKE_INSTALL_DATADIR}/parindex/screenshots/${shot_language})
endforeach()

# The manual page, compressed as Debian wants it.
configure_file("${parindex_packaging}/parindex.1.in" "${PROJECT_BINARY_DIR}/packaging/parindex.1" @ONLY)
add_custom_command(OUTPUT "${PROJECT_BINARY_DIR}/packaging/parindex.1.gz"
    COMMAND gzip -9nkf parindex.1
    DEPENDS "${PROJECT_BINARY_DIR}/packaging/parindex.1"
    WORKING_DIRECTORY "${PROJECT_BINARY_DIR}/packaging"
    VERBATIM)
# The Debian changelog of the package, compressed likewise.
add_custom_command(OUTPUT "${PROJECT_BINARY_DIR}/packaging/changelog.gz"
    COMMAND ${CMAKE_COMMAND} -E copy "${parindex_packaging}/changelog" changelog
    COMMAND gzip -9nf changelog
    DEPENDS "${parindex_packaging}/changelog"
    WORKING_DIRECTORY "${PROJECT_BINARY_DIR}/packaging"
    VERBATIM)
add_custom_target(parindex_docs ALL
    DEPENDS "${PROJECT_BINARY_DIR}/packaging/parindex.1.gz" "${PROJECT_BINARY_DIR}/packaging/changelog.gz")
install(FILES "${PROJECT_BINARY_DIR}/packaging/parindex.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES "${PROJECT_BINARY_DIR}/packaging/changelog.gz" DESTINATION ${parindex_doc_dir})

# The copyright file: parindex's own notice, then the embedded fonts' with the SIL Open Font License, whose text is
# also installed beside it.
file(READ "${parindex_packaging}/copyright.in" parindex_copyright)
file(READ "${parindex_packaging}/LiberationSerif-OFL.txt" parindex_ofl)
string(REPLACE "\n" "\n " parindex_ofl_indented "${parindex_ofl}")
string(REGEX REPLACE "\n \n" "\n .\n" parindex_ofl_indented "${parindex_ofl_indented}")
string(REGEX REPLACE "\n \n" "\n .\n" parindex_ofl_indented "${parindex_ofl_indented}")
string(REGEX REPLACE " $" "" parindex_ofl_indented "${parindex_ofl_indented}")
file(WRITE "${PROJECT_BINARY_DIR}/packaging/copyright" "${parindex_copyright} ${parindex_ofl_indented}")
install(FILES "${PROJECT_BINARY_DIR}/packaging/copyright" "${parindex_packaging}/LiberationSerif-OFL.txt"
    DESTINATION ${parindex_doc_dir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME parindex)
set(CPACK_PACKAGE_VENDOR "parindex")
set(CPACK_PACKAGE_CONTACT "parindex maintainers <maintainers@parindex.vn>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "administrative reform index results: record, rank, report")
set(CPACK_PACKAGE_DESCRIPTION
    "parindex keeps a Vietnamese province's administrative reform index results
(PAR INDEX, SIPAS, PAPI and the province's own indexes) year after year:
criteria, self-assessed and appraised scores, rankings, trends, where points
were lost, and the steering committee's report as an A4 PDF. A desktop
application in Vietnamese and English, and a command line.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://parindex.vn/")
# The libraries come from dpkg-shlibdeps (dpkg-dev); the SQLite driver is a Qt plug-in it cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# A database on a PostgreSQL server (--db postgresql://...) needs Qt's PostgreSQL driver; a file does not.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
include(CPack)

# The package installs and runs (needs dpkg-dev; not in a sanitizer tree, whose program is not what ships).
if(PARINDEX_BUILD_TESTS AND NOT PARINDEX_SANITIZE)
    add_test(NAME package COMMAND bash "${parindex_packaging}/test-package.sh" "${PROJECT_BINARY_DIR}" "${CMAKE_CPACK_COMMAND}")
    set_tests_properties(package PROPERTIES TIMEOUT 600 LABELS package)
endif()
