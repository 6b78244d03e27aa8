# The manual inside the program (issue 12): Help > Manual (F1), bundled HTML in Vietnamese and English.
target_sources(parui PRIVATE
    help/ManualDock.cpp help/ManualDock.h
)
qt_add_resources(parui parui_manual
    PREFIX /manual
    BASE ${PROJECT_SOURCE_DIR}/resources/manual
    FILES
        ${PROJECT_SOURCE_DIR}/resources/manual/manual_vi.html
        ${PROJECT_SOURCE_DIR}/resources/manual/manual_en.html
)

# The manual's pictures, rendered from the demo at build time by a small tool of our own (offscreen, a fixed size, both
# languages), so that they never go stale: whenever the program's code changes, the tool is rebuilt and they are
# rendered again. They are compiled into their own library (the program and the test that checks them link it), not
# into parui, which the tool itself is made of. Nothing of them is kept in git.
add_executable(parindex-manual-shots help/ManualShotsMain.cpp help/ManualShots.h)
target_link_libraries(parindex-manual-shots PRIVATE parui)
set(parindex_shots_dir "${CMAKE_CURRENT_BINARY_DIR}/manual-shots")
set(parindex_shots)
foreach(language vi en)
    foreach(name overview entry rankings trends setup report)
        list(APPEND parindex_shots "${parindex_shots_dir}/${language}/${name}.png")
    endforeach()
endforeach()
# The build-time tool is not the product: in the sanitizer build (PARINDEX_SANITIZE) LeakSanitizer reports Qt-internal
# indirect leaks of its offscreen windows at exit and would fail the build, so leak detection is off for this one step
# (AddressSanitizer's other checks stay on; the program and the tests keep leak detection).
add_custom_command(OUTPUT ${parindex_shots}
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0
        "$<TARGET_FILE:parindex-manual-shots>"
        "${parindex_shots_dir}"
    DEPENDS parindex-manual-shots
    COMMENT "Rendering the manual's pictures from the demo (Vietnamese and English)"
    VERBATIM)
add_library(parmanual_images STATIC help/ManualImages.cpp help/ManualShots.h)
add_library(Parindex::ManualImages ALIAS parmanual_images)
target_include_directories(parmanual_images PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(parmanual_images PUBLIC Qt6::Core)
qt_add_resources(parmanual_images parmanual_images_qrc
    PREFIX /manual/shots
    BASE "${parindex_shots_dir}"
    FILES ${parindex_shots}
)
set(PARINDEX_MANUAL_SHOTS ${parindex_shots} PARENT_SCOPE)
