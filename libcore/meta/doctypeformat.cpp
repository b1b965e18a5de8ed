// SPDX-License-Identifier: MIT
#include "meta/doctypeformat.h"

#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct DoctypeformatTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocTypeFormat)
};

} // namespace

std::optional<QByteArray> canonicalDocTypeText(const QByteArray &json, const QString &fileName,
                                               const FieldTypeRegistry &types,
                                               Diagnostics &diagnostics)
{
    const DocTypeLoader loader(types);
    const std::optional<DocType> doctype = loader.loadJson(json, fileName, diagnostics);
    if (!doctype || hasErrors(diagnostics))
        return std::nullopt;
    const QByteArray text = toJsonText(*doctype);
    // A guard against a writer that forgets a member: the file is only replaced by a
    // text that means the same DocType.
    Diagnostics again;
    const std::optional<DocType> reloaded = loader.loadJson(text, fileName, again);
    if (!reloaded || hasErrors(again) || *reloaded != *doctype) {
        diagnostics << Diagnostic{
            Diagnostic::Severity::Error, SourceLocation{fileName, 0, 0},
            QStringLiteral("format-not-lossless"),
            DoctypeformatTr::tr("the canonical form of this file would not "
                                "load back into the same DocType"),
            DoctypeformatTr::tr("leave the file as it is and report this as a "
                                "bug of Framework M's DocType writer")};
        return std::nullopt;
    }
    return text;
}

} // namespace fm::core
