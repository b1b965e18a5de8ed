// SPDX-License-Identifier: MIT
#include "model/renamecommand.h"

#include "project/projectmodel.h"

#include <QCoreApplication>
#include <QDebug>
#include <QUndoStack>

namespace fm::studio {

RenameCommand::RenameCommand(core::ProjectModel *model, core::RenameEdit edit,
                             QList<core::DocType> before)
    : m_model(model)
    , m_edit(std::move(edit))
    , m_before(std::move(before))
{
    setText(QCoreApplication::translate("fm::studio::RenameCommand", "Rename field %1 to %2")
                .arg(m_edit.record.from, m_edit.record.to));
}

void RenameCommand::redo()
{
    if (const auto applied = m_model->setDocTypes(m_edit.changed.values()); !applied)
        qWarning() << "rename not applied:" << applied.error().message();
    m_model->addPendingRename(m_edit.record);
}

void RenameCommand::undo()
{
    if (const auto applied = m_model->setDocTypes(m_before); !applied)
        qWarning() << "rename not undone:" << applied.error().message();
    m_model->removePendingRename(m_edit.record);
}

Result<core::RenameEdit> renameField(QUndoStack *stack, core::ProjectModel *model,
                                     const QString &doctype, const QString &from, const QString &to)
{
    QMap<QString, core::DocType> sources;
    for (const QString &name : model->allDocTypeNames())
        sources.insert(name, *model->doctype(name));
    Result<core::RenameEdit> edit =
        core::renameField(sources, doctype, from, to, &model->fieldTypes());
    if (!edit)
        return edit;
    QList<core::DocType> before;
    for (const QString &name : edit->changed.keys())
        before << sources.value(name);
    stack->push(new RenameCommand(model, *edit, before));
    return edit;
}

} // namespace fm::studio
