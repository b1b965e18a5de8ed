// SPDX-License-Identifier: MIT
#pragma once

#include "meta/doctype.h"

#include <QUndoCommand>

#include <functional>

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

// One undoable edit of the project's DocTypes, kept as the values before and after:
// every panel (fields, layout, permissions, settings, code) edits through it, so one
// QUndoStack per DocType undoes them all in order. Consecutive edits with the same
// non-empty merge key (one property typed letter by letter) become one step.
class DocTypeCommand final : public QUndoCommand
{
public:
    DocTypeCommand(core::ProjectModel *model, QList<core::DocType> before,
                   QList<core::DocType> after, const QString &text,
                   const QString &mergeKey = QString());

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const QList<core::DocType> &before() const { return m_before; }
    const QList<core::DocType> &after() const { return m_after; }

private:
    void apply(const QList<core::DocType> &values);

    core::ProjectModel *m_model;
    QList<core::DocType> m_before;
    QList<core::DocType> m_after;
    QString m_mergeKey;
};

// Applies `change` to a copy of the DocType and pushes the edit when it changed anything
// (the writer's text differs). False when the DocType is unknown or nothing changed.
bool pushEdit(QUndoStack *stack, core::ProjectModel *model, const QString &doctype,
              const QString &text, const std::function<void(core::DocType &)> &change,
              const QString &mergeKey = QString());

} // namespace fm::studio
