#pragma once

#include <QString>

class QWidget;
class QDialogButtonBox;

namespace par::ui {

// Qt ships no Vietnamese catalogue for its own dialogs, so every standard button gets our translated text here.
class Dialogs
{
public:
    static void showError(QWidget* parent, const QString& title, const QString& text,
                          const QString& whatNext = QString());
    static void showInfo(QWidget* parent, const QString& title, const QString& text);
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText);
    // Asks for a required reason (reopening, corrections); empty when cancelled.
    static QString askReason(QWidget* parent, const QString& title, const QString& label);
    static void translateButtons(QDialogButtonBox* box);
};

} // namespace par::ui
