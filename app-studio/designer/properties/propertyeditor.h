// SPDX-License-Identifier: MIT
#pragma once

#include "designer/problemindex.h"
#include "designer/properties/propertyrows.h"
#include "model/editorcontext.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace fm::studio {

// The properties of the selected field, one row per property its type uses (the table
// in meta/fieldproperties.h), each edit one undo step (typing into one property merges).
// Problems the checks found at a property are shown under it with the loader's message
// and hint. The fieldname is changed only by a rename: its "Rename…" button asks for it.
class PropertyEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyEditor(const EditorContext &context, QWidget *parent = nullptr);

    QString field() const { return m_field; }
    // The editor widget of a property of the shown field; nullptr when not shown.
    QWidget *editorFor(const QString &key) const;
    // The problems shown at a property; empty when there are none.
    QString problemText(const QString &key) const;
    QString refusal() const; // why the last edit was refused; empty when it was not

signals:
    void renameFieldRequested(const QString &doctype, const QString &fieldname);

private:
    void showField(const QString &fieldname);
    void rebuild(const core::DocType &doctype, const core::Field &field);
    void refresh();
    void refreshProblems();
    void commit(const QString &key, const QJsonValue &value, bool typing);

    EditorContext m_context;
    QString m_field;
    QString m_fieldtype; // the rows are made for this type
    ProblemIndex m_problems;
    QList<PropertyRow> m_rows;
    QWidget *m_form = nullptr; // the rows' parent, replaced on rebuild
    QFormLayout *m_formLayout = nullptr;
    QLabel *m_title;
    QLabel *m_fieldProblems;
    QLabel *m_placeholder;
    QLabel *m_refusal;
    QWidget *m_body;
    QScrollArea *m_scroll;
};

} // namespace fm::studio
