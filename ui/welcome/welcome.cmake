# A first start that leads somewhere, and the year at a glance (issue 12): the welcome page, the new-database wizard
# and the Overview's glance in parui; what they write and count in parcore.
target_sources(parcore PRIVATE
    ${PROJECT_SOURCE_DIR}/core/storage/NewProvince.cpp ${PROJECT_SOURCE_DIR}/core/storage/NewProvince.h
    ${PROJECT_SOURCE_DIR}/core/scoring/YearGlance.cpp ${PROJECT_SOURCE_DIR}/core/scoring/YearGlance.h
)
target_sources(parui PRIVATE
    welcome/WelcomePage.cpp welcome/WelcomePage.h
    welcome/NewDatabaseWizard.cpp welcome/NewDatabaseWizard.h
    welcome/YearGlancePanel.cpp welcome/YearGlancePanel.h
)
