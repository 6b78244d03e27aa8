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
