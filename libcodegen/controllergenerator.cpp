// SPDX-License-Identifier: MIT
#include "controllergenerator.h"

#include "codetemplate.h"
#include "controllerspec.h"
#include "identifiers.h"
#include "regions.h"

namespace fm::codegen {

namespace {

constexpr QStringView kHeader = uR"fm(// @provenance@
#pragma once

#include "data/documentcontroller.h"

#include <QLatin1StringView>
#include <QStringView>
@namespaceOpen@
// Business logic of the DocType "@doctype@". DocumentService calls these hooks inside
// the write transaction; an error returned from one rolls the whole write back.
class @class@ final : public fm::core::DocumentController
{
public:
    @begin@
@constants@    @end@

@declarations@};
@namespaceClose@)fm";

constexpr QStringView kSource = uR"fm(// @provenance@
#include "@snake@_controller.h"
@namespaceOpen@
using fm::core::Document;
using fm::core::HookContext;
@definitions@@namespaceClose@)fm";

constexpr QStringView kDefinition = uR"fm(
fm::Result<void> @class@::@hook@(HookContext &ctx, @document@ &doc)
{
    // @comment@
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}
)fm";

QString latin1Constant(const ControllerSpec::Constant &c, const QString &indent)
{
    return QStringLiteral("%1static constexpr QLatin1StringView %2{%3};\n")
        .arg(indent, c.name, cppStringLiteral(c.value));
}

QString constantsRegion(const ControllerSpec &spec)
{
    const QString member = QStringLiteral("    ");
    const QString nested = QStringLiteral("        ");
    QString out = latin1Constant({QStringLiteral("kDocType"), spec.doctype}, member);
    out +=
        QStringLiteral("\n%1// Fieldnames of %2, in the DocType's order.\n%1struct Fields\n%1{\n")
            .arg(member, spec.doctype);
    for (const ControllerSpec::Constant &field : spec.fields)
        out += latin1Constant(field, nested);
    out += member + QStringLiteral("};\n");
    for (const ControllerSpec::ChoiceSet &set : spec.choiceSets) {
        out += QStringLiteral("\n%1// Choices of the Select field \"%2\".\n%1struct %3\n%1{\n")
                   .arg(member, set.fieldname, set.structName);
        for (const ControllerSpec::Constant &choice : set.choices) {
            out += set.utf16 ? QStringLiteral("%1static constexpr QStringView %2{%3};\n")
                                   .arg(nested, choice.name, cppStringLiteral(choice.value, true))
                             : latin1Constant(choice, nested);
        }
        out += member + QStringLiteral("};\n");
    }
    return out;
}

QString documentType(const ControllerSpec::Hook &hook, const QString &document)
{
    return hook.mutableDoc ? document : QStringLiteral("const ") + document;
}

} // namespace

QString controllerHeader(const fm::core::DocType &doctype)
{
    const ControllerSpec spec = ControllerSpec::of(doctype);
    QString declarations;
    for (const ControllerSpec::Hook &hook : spec.hooks) {
        declarations +=
            QStringLiteral(
                "    fm::Result<void> %1(fm::core::HookContext &ctx, %2 &doc) override;\n")
                .arg(hook.name, documentType(hook, QStringLiteral("fm::core::Document")));
    }
    QHash<QString, QString> vars = detail::namespaceVars(spec.nameSpace);
    vars.insert(
        {{QStringLiteral("provenance"),
          detail::provenance(QStringLiteral("the DocType \"%1\"").arg(spec.doctype))},
         {QStringLiteral("doctype"), spec.doctype},
         {QStringLiteral("class"), spec.className},
         {QStringLiteral("begin"), beginMarker(CommentStyle::Cpp, QStringLiteral("constants"))},
         {QStringLiteral("end"), endMarker(CommentStyle::Cpp, QStringLiteral("constants"))},
         {QStringLiteral("constants"), constantsRegion(spec)},
         {QStringLiteral("declarations"), declarations}});
    return detail::fillTemplate(kHeader, vars);
}

QString controllerSource(const fm::core::DocType &doctype)
{
    const ControllerSpec spec = ControllerSpec::of(doctype);
    QString definitions;
    for (const ControllerSpec::Hook &hook : spec.hooks) {
        definitions += detail::fillTemplate(
            kDefinition,
            {{QStringLiteral("class"), spec.className},
             {QStringLiteral("hook"), hook.name},
             {QStringLiteral("document"), documentType(hook, QStringLiteral("Document"))},
             {QStringLiteral("comment"), hook.comment}});
    }
    QHash<QString, QString> vars = detail::namespaceVars(spec.nameSpace);
    vars.insert(
        {{QStringLiteral("provenance"),
          detail::provenance(QStringLiteral("the DocType \"%1\"").arg(spec.doctype), false)},
         {QStringLiteral("snake"), spec.snake},
         {QStringLiteral("definitions"), definitions}});
    return detail::fillTemplate(kSource, vars);
}

} // namespace fm::codegen
