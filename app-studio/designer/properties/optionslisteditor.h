// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QListWidget;
class QToolButton;

namespace fm::studio {

// The choices of a Select field as an editable list: add, rename in place, remove and
// reorder; reported as the "options" text (one choice per line).
class OptionsListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit OptionsListEditor(QWidget *parent = nullptr);

    // Shows the choices of `options` without reporting a change.
    void setOptions(const QString &options);
    QString options() const;
    QListWidget *list() const { return m_list; }

    // The gestures, for buttons and tests: each reports optionsChanged once.
    void addChoice(const QString &choice);
    void removeChoice(int row);
    void moveChoice(int row, int to);

signals:
    void optionsChanged(const QString &options);

private:
    void report();
    void updateButtons();

    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    bool m_updating = false;
};

} // namespace fm::studio
