#pragma once
#include "pages/Page.h"
namespace par::ui {
class HistoryPage : public Page
{
    Q_OBJECT
public:
    explicit HistoryPage(Session& session, QWidget* parent = nullptr)
        : Page(session, parent)
    {
    }
    QString title() const override { return tr("History"); }
    QString iconName() const override { return QStringLiteral("document-properties"); }
    void refresh() override { }
};
} // namespace par::ui
