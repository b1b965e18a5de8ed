// SPDX-License-Identifier: MIT
#include "erdgraph/erdedits.h"

#include "erdgraph/erdgraph.h"
#include "meta/fieldedits.h"
#include "meta/layoutedits.h"
#include "model/doctypecommand.h"
#include "project/projectmodel.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace fm::studio::erd {

namespace {

struct ErdeditsTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::studio::Erd)
};

Result<const core::DocType *> editable(const core::ProjectModel &model, const QString &name)
{
    const core::DocType *doctype = model.doctype(name);
    if (!doctype || !model.contains(name))
        return fail(ErrorCode::NotFound,
                    ErdeditsTr::tr("DocType \"%1\" is not in the project").arg(name));
    if (!model.isEditable(name)) {
        return fail(
            ErrorCode::BadRequest,
            ErdeditsTr::tr("DocType \"%1\" belongs to the built-in app and cannot be changed; "
                           "draw the relation from one of the project's DocTypes")
                .arg(name));
    }
    return doctype;
}

} // namespace

Result<RelationProposal> proposeRelation(const core::ProjectModel &model, const QString &source,
                                         const QString &target)
{
    const auto from = editable(model, source);
    if (!from)
        return fail(from.error());
    if (target == anyDocType() || !model.allDocTypeNames().contains(target)) {
        return fail(ErrorCode::NotFound,
                    ErdeditsTr::tr("\"%1\" is not a DocType a field can point at").arg(target));
    }
    const core::DocType *to = model.doctype(target);
    if (!to)
        to = model.registry().doctype(target);
    const bool targetIsChild = to && to->isChild;
    if (targetIsChild && (*from)->isChild) {
        return fail(
            ErrorCode::BadRequest,
            ErdeditsTr::tr("\"%1\" is a child DocType and cannot hold a table of \"%2\"; draw "
                           "the relation from its parent DocType")
                .arg(source, target));
    }
    RelationProposal proposal;
    proposal.source = source;
    proposal.target = target;
    proposal.fieldtype = targetIsChild ? QStringLiteral("Table") : QStringLiteral("Link");
    proposal.label = target;
    proposal.fieldname = core::freshFieldname(**from, target);
    return proposal;
}

Result<void> addRelation(QUndoStack *stack, core::ProjectModel *model,
                         const RelationProposal &relation)
{
    const auto from = editable(*model, relation.source);
    if (!from)
        return fail(from.error());
    core::Field field;
    field.fieldname = relation.fieldname.trimmed();
    field.fieldtype = relation.fieldtype;
    field.label = relation.label.trimmed();
    field.options = relation.target;
    // At the end of the last column of the last section: where a new field is easy to
    // find in the Layout tab.
    const QList<core::LayoutSection> layout = core::effectiveLayout(**from);
    core::LayoutCell cell;
    cell.section = layout.size() - 1;
    cell.column = layout.last().columns.size() - 1;
    cell.row = layout.last().columns.last().size();
    const auto edited = core::addFieldInCell(**from, field, cell);
    if (!edited)
        return fail(edited.error());
    pushEdit(stack, model, relation.source,
             ErdeditsTr::tr("Add %1 \"%2\" to %3")
                 .arg(relation.fieldtype, field.fieldname, relation.target),
             [&edited](core::DocType &doctype) { doctype = *edited; });
    return {};
}

Result<void> removeRelation(QUndoStack *stack, core::ProjectModel *model, const QString &doctype,
                            const QString &fieldname)
{
    const auto from = editable(*model, doctype);
    if (!from)
        return fail(from.error());
    const core::Field *field = (*from)->field(fieldname);
    bool isRelation = false;
    if (field)
        relationKind(field->fieldtype, &isRelation);
    if (!isRelation) {
        return fail(ErrorCode::NotFound,
                    ErdeditsTr::tr("DocType \"%1\" has no Link or Table field \"%2\"")
                        .arg(doctype, fieldname));
    }
    const Result<core::DocType> edited = core::removeField(**from, fieldname);
    if (!edited)
        return fail(edited.error());
    pushEdit(stack, model, doctype,
             ErdeditsTr::tr("Remove %1 \"%2\"").arg(field->fieldtype, fieldname),
             [&edited](core::DocType &value) { value = *edited; });
    return {};
}

} // namespace fm::studio::erd
