// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QListView;
QT_END_NAMESPACE

namespace fm::studio {

class ActionRegistry;
class CommandPaletteModel;

// Ctrl+Shift+P: a box over the top of the window listing every enabled action with its
// shortcut. Typing filters (fuzzy), Up/Down choose, Enter runs, Escape closes.
class CommandPalette final : public QFrame
{
    Q_OBJECT
public:
    CommandPalette(ActionRegistry *registry, QWidget *window);

    void popup();
    // Runs the selected action (the first row when none is selected); false when no row.
    bool triggerCurrent();

    QLineEdit *lineEdit() const { return m_edit; }
    QListView *listView() const { return m_list; }
    CommandPaletteModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeOverWindow();
    void selectFirst();

    ActionRegistry *m_registry;
    CommandPaletteModel *m_model;
    QLineEdit *m_edit;
    QListView *m_list;
};

} // namespace fm::studio
