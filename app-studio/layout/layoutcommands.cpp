// SPDX-License-Identifier: MIT
#include "layout/layoutcommands.h"

#include "designer/fieldicons.h"
#include "model/doctypecommand.h"
#include "model/editorselection.h"
#include "project/projectmodel.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace fm::studio::layoutcommands {

namespace {

struct LayoutcommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::studio::LayoutCommands)
};

using Operation = std::function<Result<core::DocType>(const core::DocType &)>;

Result<void> push(const EditorContext &context, const QString &text, const Operation &operation)
{
    const core::DocType *current = context.model->doctype(context.doctype);
    if (!current) {
        return fail(ErrorCode::NotFound,
                    LayoutcommandsTr::tr("DocType \"%1\" is no longer in the project")
                        .arg(context.doctype));
    }
    if (!context.model->isEditable(context.doctype)) {
        return fail(
            ErrorCode::BadRequest,
            LayoutcommandsTr::tr("DocType \"%1\" belongs to the built-in app and cannot be changed")
                .arg(context.doctype));
    }
    auto edited = operation(*current);
    if (!edited)
        return fail(edited.error());
    pushEdit(context.undoStack, context.model, context.doctype, text,
             [&edited](core::DocType &doctype) { doctype = *edited; });
    return {};
}

core::LayoutSection sectionAt(const EditorContext &context, qsizetype index)
{
    const core::DocType *doctype = context.model->doctype(context.doctype);
    return doctype ? core::effectiveLayout(*doctype).value(index) : core::LayoutSection();
}

QString name(const EditorContext &context, qsizetype index)
{
    return sectionName(sectionAt(context, index), index);
}

} // namespace

QString sectionName(const core::LayoutSection &section, qsizetype index)
{
    return section.label.isEmpty() ? LayoutcommandsTr::tr("Section %1").arg(index + 1)
                                   : section.label;
}

Result<void> addSection(const EditorContext &context, qsizetype at)
{
    return push(context, LayoutcommandsTr::tr("Add section"), [at](const core::DocType &doctype) {
        return core::addSection(doctype, at, QString());
    });
}

Result<void> removeSection(const EditorContext &context, qsizetype section)
{
    return push(context, LayoutcommandsTr::tr("Remove section \"%1\"").arg(name(context, section)),
                [section](const core::DocType &d) { return core::removeSection(d, section); });
}

Result<void> renameSection(const EditorContext &context, qsizetype section, const QString &label)
{
    return push(
        context,
        LayoutcommandsTr::tr("Rename section \"%1\" to \"%2\"").arg(name(context, section), label),
        [section, label](const core::DocType &doctype) {
            return core::renameSection(doctype, section, label);
        });
}

Result<void> setCollapsible(const EditorContext &context, qsizetype section, bool collapsible)
{
    const QString text = collapsible ? LayoutcommandsTr::tr("Make section \"%1\" collapsible")
                                     : LayoutcommandsTr::tr("Make section \"%1\" always open");
    return push(context, text.arg(name(context, section)),
                [section, collapsible](const core::DocType &doctype) {
                    return core::setSectionCollapsible(doctype, section, collapsible);
                });
}

Result<void> moveSection(const EditorContext &context, qsizetype from, qsizetype to)
{
    return push(context, LayoutcommandsTr::tr("Move section \"%1\"").arg(name(context, from)),
                [from, to](const core::DocType &d) { return core::moveSection(d, from, to); });
}

Result<void> addColumn(const EditorContext &context, qsizetype section, qsizetype at)
{
    return push(context,
                LayoutcommandsTr::tr("Add a column to section \"%1\"").arg(name(context, section)),
                [section, at](const core::DocType &doctype) {
                    return core::addColumn(doctype, section, at);
                });
}

Result<void> removeColumn(const EditorContext &context, qsizetype section, qsizetype column)
{
    return push(context,
                LayoutcommandsTr::tr("Remove column %1 of section \"%2\"")
                    .arg(column + 1)
                    .arg(name(context, section)),
                [section, column](const core::DocType &doctype) {
                    return core::removeColumn(doctype, section, column);
                });
}

Result<void> moveColumn(const EditorContext &context, qsizetype section, qsizetype from,
                        qsizetype to)
{
    return push(context,
                LayoutcommandsTr::tr("Move column %1 of section \"%2\"")
                    .arg(from + 1)
                    .arg(name(context, section)),
                [section, from, to](const core::DocType &doctype) {
                    return core::moveColumn(doctype, section, from, to);
                });
}

Result<void> placeField(const EditorContext &context, const QString &fieldname,
                        const core::LayoutCell &cell)
{
    const core::DocType *doctype = context.model->doctype(context.doctype);
    const bool placed = doctype && core::findPlacement(*doctype, fieldname).isValid();
    const QString text = placed ? LayoutcommandsTr::tr("Move field \"%1\"")
                                : LayoutcommandsTr::tr("Place field \"%1\"");
    return push(context, text.arg(fieldname), [&fieldname, cell](const core::DocType &d) {
        return core::placeInCell(d, fieldname, cell);
    });
}

Result<void> unplaceField(const EditorContext &context, const QString &fieldname)
{
    return push(context, LayoutcommandsTr::tr("Move field \"%1\" to the tray").arg(fieldname),
                [&fieldname](const core::DocType &d) { return core::unplaceField(d, fieldname); });
}

Result<QString> addFieldOfType(const EditorContext &context, const QString &fieldtype,
                               const core::LayoutCell &cell)
{
    if (!context.model->fieldTypes().contains(fieldtype)) {
        return fail(
            ErrorCode::BadRequest,
            LayoutcommandsTr::tr("\"%1\" is not a field type of this project").arg(fieldtype));
    }
    const core::DocType *doctype = context.model->doctype(context.doctype);
    if (!doctype)
        return fail(ErrorCode::NotFound,
                    LayoutcommandsTr::tr("DocType \"%1\" is no longer in the project")
                        .arg(context.doctype));
    core::Field field;
    field.fieldtype = fieldtype;
    field.label = fieldTypeTitle(fieldtype);
    field.fieldname = core::freshFieldname(*doctype, field.label);
    const auto pushed = push(
        context, LayoutcommandsTr::tr("Add %1 field \"%2\"").arg(fieldtype, field.fieldname),
        [&field, cell](const core::DocType &d) { return core::addFieldInCell(d, field, cell); });
    if (!pushed)
        return fail(pushed.error());
    if (context.selection)
        context.selection->selectField(field.fieldname);
    return field.fieldname;
}

} // namespace fm::studio::layoutcommands
