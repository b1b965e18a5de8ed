// SPDX-License-Identifier: MIT
#pragma once

#include "model/editorcontext.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace fm::studio {

class FieldListModel;
class FieldTypePalette;

// The Fields tab of a DocType editor: the field-type palette beside the field list,
// with buttons to remove and move the selected field. The list's selection is the
// editor's (EditorSelection), so the property editor follows it.
class FieldsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit FieldsPage(const EditorContext &context, QWidget *parent = nullptr);

    FieldListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_view; }
    FieldTypePalette *palette() const { return m_palette; }
    QString refusal() const; // the last refused edit's message, empty when none

private:
    void selectRow(const QString &fieldname);
    void updateButtons();
    void showRefusal(const QString &message);

    EditorContext m_context;
    FieldListModel *m_model;
    FieldTypePalette *m_palette;
    QTableView *m_view;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QLabel *m_refusal;
};

} // namespace fm::studio
