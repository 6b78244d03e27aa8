# One translation path (issue 10): the catalogues of the whole program, compiled by lrelease and embedded under
# :/i18n in parcore, so the window (ui/Desktop.cpp), the command line (app/Cli.cpp) and the documents
# (DocumentTranslator: reports and exports, in a language of their own) read the same files. translations/*.ts are
# the source of truth: refresh them with scripts/update-translations.sh, check them with scripts/check-translations.py.
target_sources(parcore PRIVATE
    i18n/DocumentTranslator.cpp i18n/DocumentTranslator.h
)
qt_add_translations(parcore
    TS_FILES
        ${PROJECT_SOURCE_DIR}/translations/parindex_vi.ts
        ${PROJECT_SOURCE_DIR}/translations/parindex_en.ts
    RESOURCE_PREFIX /i18n
)
