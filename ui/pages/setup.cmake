# Setup and History pages: sources added to parui, and the core editors they write through added to parcore.
target_sources(parcore PRIVATE
    ${PROJECT_SOURCE_DIR}/core/storage/FrameworkEditor.cpp ${PROJECT_SOURCE_DIR}/core/storage/FrameworkEditor.h
    ${PROJECT_SOURCE_DIR}/core/storage/UnitEditor.cpp ${PROJECT_SOURCE_DIR}/core/storage/UnitEditor.h
)

target_sources(parui PRIVATE
    pages/HistoryPage.cpp pages/HistoryPage.h
    pages/SetupPage.cpp pages/SetupPage.h
    history/AuditModel.cpp history/AuditModel.h
    setup/ActionRow.cpp setup/ActionRow.h
    setup/BandsModel.cpp setup/BandsModel.h
    setup/ChoiceDelegate.cpp setup/ChoiceDelegate.h
    setup/CollatingProxyModel.cpp setup/CollatingProxyModel.h
    setup/CriteriaTreeModel.cpp setup/CriteriaTreeModel.h
    setup/FormDialog.cpp setup/FormDialog.h
    setup/FrameworkTab.cpp setup/FrameworkTab.h
    setup/LineageDialog.cpp setup/LineageDialog.h
    setup/PaddedItemDelegate.cpp setup/PaddedItemDelegate.h
    setup/SetupDialogs.cpp setup/SetupDialogs.h
    setup/UnitsModel.cpp setup/UnitsModel.h
    setup/UnitsTab.cpp setup/UnitsTab.h
    setup/YearDelegate.cpp setup/YearDelegate.h
)
