// SPDX-License-Identifier: MIT
#include "designer/applyedit.h"

#include "model/doctypecommand.h"
#include "project/projectmodel.h"

#include <QCoreApplication>

namespace fm::studio {

Result<bool> applyEdit(const EditorContext &context, const QString &text, const DocTypeEdit &edit,
                       const QString &mergeKey)
{
    const core::DocType *current = context.model->doctype(context.doctype);
    if (!current) {
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("fm::studio::applyEdit",
                                                "DocType \"%1\" is no longer in the project")
                        .arg(context.doctype));
    }
    Result<core::DocType> edited = edit(*current);
    if (!edited)
        return fail(edited.error());
    const core::DocType value = std::move(*edited);
    return pushEdit(
        context.undoStack, context.model, context.doctype, text,
        [&value](core::DocType &doctype) { doctype = value; }, mergeKey);
}

QString mergeKey(const EditorContext &context, const QString &fieldname, const QString &property)
{
    return context.doctype + QLatin1Char('/') + fieldname + QLatin1Char('/') + property;
}

} // namespace fm::studio
