// SPDX-License-Identifier: MIT
#include "model/doctypecommand.h"

#include "meta/doctypejson.h"
#include "project/projectmodel.h"

#include <QDebug>
#include <QUndoStack>

namespace fm::studio {

namespace {
constexpr int kMergeableId = 0x464d; // any edit with a merge key; mergeWith compares keys
}

DocTypeCommand::DocTypeCommand(core::ProjectModel *model, QList<core::DocType> before,
                               QList<core::DocType> after, const QString &text,
                               const QString &mergeKey)
    : m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
    setText(text);
}

void DocTypeCommand::redo()
{
    apply(m_after);
}

void DocTypeCommand::undo()
{
    apply(m_before);
}

int DocTypeCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kMergeableId;
}

bool DocTypeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DocTypeCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || next->m_model != m_model)
        return false;
    m_after = next->m_after;
    return true;
}

void DocTypeCommand::apply(const QList<core::DocType> &values)
{
    // The values were valid edits of the same DocTypes when pushed; a failure here means
    // the DocType left the project under the stack (deleted on disk), which the Studio
    // handles by closing the editor and its stack.
    if (const auto applied = m_model->setDocTypes(values); !applied)
        qWarning() << "undo step" << text() << "not applied:" << applied.error().message();
}

bool pushEdit(QUndoStack *stack, core::ProjectModel *model, const QString &doctype,
              const QString &text, const std::function<void(core::DocType &)> &change,
              const QString &mergeKey)
{
    const core::DocType *current = model->doctype(doctype);
    if (!current || !model->isEditable(doctype))
        return false;
    core::DocType edited = *current;
    change(edited);
    if (core::toJsonText(edited) == model->text(doctype))
        return false;
    stack->push(new DocTypeCommand(model, {*current}, {edited}, text, mergeKey));
    return true;
}

} // namespace fm::studio
