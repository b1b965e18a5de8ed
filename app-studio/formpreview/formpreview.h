// SPDX-License-Identifier: MIT
#pragma once

#include "model/editorcontext.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QFrame;
class QGroupBox;
class QVBoxLayout;

namespace fm::studio {

// What the Desk form of the DocType will look like, drawn with real Qt widgets: a group
// box per section (checkable when collapsible), its columns side by side, each field as
// its label (* when required), its input (previewinputs.h) and its description. Read-only;
// clicking a field selects it. Rebuilt whenever the DocType changes.
class FormPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit FormPreview(const EditorContext &context, QWidget *parent = nullptr);

    // The input shown for a field (objectName = fieldname); nullptr when not shown.
    QWidget *input(const QString &fieldname) const;
    QList<QGroupBox *> sections() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QFrame *buildRow(const QString &fieldname, QWidget *parent);
    void showSelection(const QString &fieldname);

    EditorContext m_context;
    QVBoxLayout *m_layout;
    QPointer<QWidget> m_form;
    QHash<QString, QFrame *> m_rows;
};

} // namespace fm::studio
