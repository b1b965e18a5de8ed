// SPDX-License-Identifier: MIT
#pragma once

#include "model/editorcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace fm::core {
struct Views;
}

namespace fm::studio {

// A DocType's views: list columns (checked, in the order dragged), the field a kanban
// board groups by (Select or Link) and the calendar's start, end and title fields.
class ViewsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ViewsPanel(const EditorContext &context, QWidget *parent = nullptr);

    QListWidget *listColumns() const { return m_columns; }
    QComboBox *kanbanGroupBy() const { return m_kanban; }
    QComboBox *calendarStart() const { return m_start; }
    QString refusal() const;

private:
    void refresh();
    void commit(const QString &text, const core::Views &views);
    core::Views current() const;

    EditorContext m_context;
    QListWidget *m_columns;
    QComboBox *m_kanban;
    QComboBox *m_start;
    QComboBox *m_end;
    QComboBox *m_title;
    QLabel *m_refusal;
    bool m_updating = false;
};

} // namespace fm::studio
