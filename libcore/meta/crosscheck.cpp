// SPDX-License-Identifier: MIT
#include "meta/crosscheck.h"

#include "common/textdistance.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct CrosscheckTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::CrossCheck)
};

} // namespace

namespace {

// Standard columns every DocType has that are worth fetching through a Link.
const QStringList &fetchableStandardColumns()
{
    static const QStringList columns{QStringLiteral("name"), QStringLiteral("owner"),
                                     QStringLiteral("creation"), QStringLiteral("modified"),
                                     QStringLiteral("modified_by")};
    return columns;
}

// A field's JSON pointer only while the field still sits where its file had it; the
// loader skips fields it cannot read, and extensions insert fields, so otherwise fall
// back to the field's own location.
SourceLocation locateField(const DocType &doctype, qsizetype index, const QString &key)
{
    const QString pointer = QStringLiteral("/fields/%1").arg(index);
    const SourceLocation recorded = doctype.positions.value(pointer);
    const SourceLocation &own = doctype.fields.at(index).location;
    const bool moved = own.line > 0 && (recorded.file != own.file || recorded.line != own.line ||
                                        recorded.column != own.column);
    return moved ? own : doctype.locate(pointer + QLatin1Char('/') + key);
}

QString didYouMean(const QString &word, const QStringList &candidates)
{
    const QString match = closestMatch(word, candidates);
    return match.isEmpty() ? QString() : CrosscheckTr::tr("did you mean \"%1\"? ").arg(match);
}

class Checker final
{
public:
    Checker(const QMap<QString, DocType> &doctypes, const FieldTypeRegistry &types,
            CrossCheckScope scope)
        : m_doctypes(doctypes)
        , m_types(types)
        , m_local(scope == CrossCheckScope::All)
        , m_names(doctypes.keys())
    {}

    Diagnostics run()
    {
        for (const DocType &doctype : m_doctypes) {
            for (qsizetype i = 0; i < doctype.fields.size(); ++i) {
                const Field &field = doctype.fields.at(i);
                const FieldTypeInfo type = m_types.type(field.fieldtype);
                if (!type.isValid())
                    continue; // the loader already reported the unknown type
                if (type.options == OptionsKind::DocType)
                    checkTarget(doctype, field, type,
                                locateField(doctype, i, QStringLiteral("options")));
                else if (type.options == OptionsKind::FieldName && m_local)
                    checkDynamicLink(doctype, field,
                                     locateField(doctype, i, QStringLiteral("options")));
                if (!field.fetchFrom.isEmpty())
                    checkFetchFrom(doctype, field,
                                   locateField(doctype, i, QStringLiteral("fetch_from")));
            }
        }
        return m_diagnostics;
    }

private:
    void report(const SourceLocation &at, const QString &code, const QString &message,
                const QString &hint)
    {
        m_diagnostics << Diagnostic{Diagnostic::Severity::Error, at, code, message, hint};
    }

    bool isLinkToDocTypeRegistry(const Field &field) const
    {
        const FieldTypeInfo type = m_types.type(field.fieldtype);
        return type.options == OptionsKind::DocType && !type.isTable &&
               field.options == kVirtualDocTypeTarget;
    }

    void checkTarget(const DocType &doctype, const Field &field, const FieldTypeInfo &type,
                     const SourceLocation &at)
    {
        if (field.options.isEmpty())
            return; // a missing target is the loader's diagnostic
        const QString where = CrosscheckTr::tr("%1 field \"%2\" of %3")
                                  .arg(field.fieldtype, field.fieldname, doctype.name);
        if (field.options == kVirtualDocTypeTarget) {
            if (type.isTable) {
                report(at, QStringLiteral("table-target-not-child"),
                       CrosscheckTr::tr("%1 points at \"DocType\", which is not a child DocType")
                           .arg(where),
                       CrosscheckTr::tr("a %1 field needs a DocType with \"is_child\": true; use "
                                        "a Link field to refer to DocTypes")
                           .arg(field.fieldtype));
            }
            return;
        }
        const auto target = m_doctypes.constFind(field.options);
        if (target == m_doctypes.constEnd()) {
            report(
                at, QStringLiteral("unknown-doctype"),
                CrosscheckTr::tr("%1 points at DocType \"%2\", which does not exist")
                    .arg(where, field.options),
                didYouMean(field.options, m_names + QStringList{kVirtualDocTypeTarget.toString()}) +
                    CrosscheckTr::tr("name an existing DocType in \"options\", or add the "
                                     "missing DocType (or the app defining it)"));
            return;
        }
        if (type.isTable && !target->isChild) {
            report(at, QStringLiteral("table-target-not-child"),
                   CrosscheckTr::tr("%1 points at \"%2\", which is not a child DocType")
                       .arg(where, field.options),
                   CrosscheckTr::tr("set \"is_child\": true in %1, or use a Link field to refer "
                                    "to standalone documents")
                       .arg(target->name));
        } else if (!type.isTable && target->isChild) {
            report(
                at, QStringLiteral("link-to-child"),
                CrosscheckTr::tr("%1 points at the child DocType \"%2\"").arg(where, field.options),
                CrosscheckTr::tr("child rows belong to their parent and cannot be linked; use "
                                 "a Table field, or link to the parent DocType instead"));
        }
    }

    void checkDynamicLink(const DocType &doctype, const Field &field, const SourceLocation &at)
    {
        if (field.options.isEmpty())
            return; // the loader reports a DynamicLink without options
        const Field *source = doctype.field(field.options);
        if (!source) {
            report(at, QStringLiteral("dynamic-link-options"),
                   CrosscheckTr::tr("DynamicLink field \"%1\" of %2 names field \"%3\", which "
                                    "does not exist")
                       .arg(field.fieldname, doctype.name, field.options),
                   didYouMean(field.options, doctype.fieldnames()) +
                       CrosscheckTr::tr("\"options\" of a DynamicLink names a Link field of "
                                        "the same DocType whose options are \"DocType\""));
        } else if (!isLinkToDocTypeRegistry(*source)) {
            report(at, QStringLiteral("dynamic-link-options"),
                   CrosscheckTr::tr("DynamicLink field \"%1\" of %2 names field \"%3\", which is "
                                    "not a Link to \"DocType\"")
                       .arg(field.fieldname, doctype.name, field.options),
                   CrosscheckTr::tr("make \"%1\" a Link field with \"options\": \"DocType\" so "
                                    "it holds the DocType the DynamicLink points at")
                       .arg(field.options));
        }
    }

    void checkFetchFrom(const DocType &doctype, const Field &field, const SourceLocation &at)
    {
        const qsizetype dot = field.fetchFrom.indexOf(QLatin1Char('.'));
        if (dot <= 0)
            return; // malformed fetch_from is the loader's diagnostic
        const QString linkName = field.fetchFrom.left(dot);
        const QString targetField = field.fetchFrom.mid(dot + 1);
        const Field *link = doctype.field(linkName);
        const FieldTypeInfo linkType = link ? m_types.type(link->fieldtype) : FieldTypeInfo();
        if (!link || linkType.options != OptionsKind::DocType || linkType.isTable) {
            if (!m_local)
                return; // the loader reported it
            report(at, QStringLiteral("fetch-from-not-link"),
                   CrosscheckTr::tr("fetch_from \"%1\" of field \"%2\" in %3 does not start with "
                                    "a Link field")
                       .arg(field.fetchFrom, field.fieldname, doctype.name),
                   didYouMean(linkName, linkFieldnames(doctype)) +
                       CrosscheckTr::tr("write \"<link field>.<field of the linked DocType>\""));
            return;
        }
        const auto target = m_doctypes.constFind(link->options);
        if (target == m_doctypes.constEnd() && link->options != kVirtualDocTypeTarget)
            return; // the unknown Link target is reported once, on the Link field
        QStringList candidates = fetchableStandardColumns();
        if (target != m_doctypes.constEnd())
            candidates = target->fieldnames() + candidates;
        else
            candidates = QStringList{QStringLiteral("name")};
        if (candidates.contains(targetField))
            return;
        report(at, QStringLiteral("unknown-fetch-field"),
               CrosscheckTr::tr("fetch_from \"%1\" of field \"%2\" in %3 names \"%4\", which is "
                                "not a field of %5")
                   .arg(field.fetchFrom, field.fieldname, doctype.name, targetField, link->options),
               didYouMean(targetField, candidates) +
                   CrosscheckTr::tr("name a field of %1 after the dot").arg(link->options));
    }

    QStringList linkFieldnames(const DocType &doctype) const
    {
        QStringList names;
        for (const Field &f : doctype.fields) {
            const FieldTypeInfo type = m_types.type(f.fieldtype);
            if (type.options == OptionsKind::DocType && !type.isTable)
                names << f.fieldname;
        }
        return names;
    }

    const QMap<QString, DocType> &m_doctypes;
    const FieldTypeRegistry &m_types;
    const bool m_local;
    const QStringList m_names;
    Diagnostics m_diagnostics;
};

} // namespace

Diagnostics crossCheckDocTypes(const QMap<QString, DocType> &doctypes,
                               const FieldTypeRegistry &types, CrossCheckScope scope)
{
    return Checker(doctypes, types, scope).run();
}

} // namespace fm::core
