#pragma once
#include "pages/Page.h"
namespace par::ui {
class SetupPage : public Page
{
    Q_OBJECT
public:
    explicit SetupPage(Session& session, QWidget* parent = nullptr)
        : Page(session, parent)
    {
    }
    QString title() const override { return tr("Setup"); }
    QString iconName() const override { return QStringLiteral("document-properties"); }
    void refresh() override { }
};
} // namespace par::ui
