target_sources(parui PRIVATE pages/HistoryPage.cpp pages/HistoryPage.h pages/SetupPage.cpp pages/SetupPage.h)
