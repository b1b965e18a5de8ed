// SPDX-License-Identifier: MIT
#include "meta/doctypeloader.h"

#include "meta/doctypeloader_p.h"

#include <QCoreApplication>
#include <QFile>

namespace fm::core {

namespace {

struct DoctypeloaderTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocTypeLoader)
};

} // namespace

using loader::Context;

namespace {

const QStringList &topLevelKeys()
{
    static const QStringList keys{
        QStringLiteral("$schema"),
        QStringLiteral("format_version"),
        QStringLiteral("name"),
        QStringLiteral("module"),
        QStringLiteral("app"),
        QStringLiteral("label"),
        QStringLiteral("description"),
        QStringLiteral("naming"),
        QStringLiteral("is_submittable"),
        QStringLiteral("is_child"),
        QStringLiteral("is_single"),
        QStringLiteral("track_changes"),
        QStringLiteral("api_resource"),
        QStringLiteral("concurrency"),
        QStringLiteral("title_field"),
        QStringLiteral("search_fields"),
        QStringLiteral("sort"),
        QStringLiteral("rls_field"),
        QStringLiteral("fields"),
        QStringLiteral("layout"),
        QStringLiteral("permissions"),
        QStringLiteral("indexes"),
        QStringLiteral("views"),
    };
    return keys;
}

void loadHeader(Context &context, const QJsonObject &root, DocType &doctype)
{
    const QString top;
    doctype.schemaRef = context.string(root, top, QStringLiteral("$schema")).value_or(QString());
    if (const auto version = context.integer(root, top, QStringLiteral("format_version"))) {
        doctype.formatVersion = *version;
        doctype.explicitFormatVersion = true;
        if (*version != 1) {
            context.error(
                QStringLiteral("/format_version"), QStringLiteral("unsupported-format-version"),
                DoctypeloaderTr::tr("format_version %1 is not supported; this version of "
                                    "Framework M reads format 1")
                    .arg(*version),
                DoctypeloaderTr::tr("write \"format_version\": 1, or upgrade Framework M"));
        }
    }
    context.require(root, top, QStringLiteral("name"), DoctypeloaderTr::tr("the DocType"),
                    QStringLiteral("\"Support Ticket\""));
    if (const auto name = context.string(root, top, QStringLiteral("name"))) {
        doctype.name = *name;
        if (!loader::isValidDocTypeName(*name)) {
            context.error(
                QStringLiteral("/name"), QStringLiteral("invalid-doctype-name"),
                DoctypeloaderTr::tr("\"%1\" is not a valid DocType name").arg(*name),
                DoctypeloaderTr::tr("use at most 64 characters of Title Case words of letters "
                                    "and digits separated by single spaces, e.g. "
                                    "\"Support Ticket\""));
        }
    }
    doctype.module = context.string(root, top, QStringLiteral("module")).value_or(QString());
    doctype.app = context.string(root, top, QStringLiteral("app")).value_or(QString());
    doctype.label = context.string(root, top, QStringLiteral("label")).value_or(QString());
    doctype.description =
        context.string(root, top, QStringLiteral("description")).value_or(QString());
    doctype.isSubmittable =
        context.boolean(root, top, QStringLiteral("is_submittable")).value_or(false);
    doctype.isChild = context.boolean(root, top, QStringLiteral("is_child")).value_or(false);
    doctype.isSingle = context.boolean(root, top, QStringLiteral("is_single")).value_or(false);
    doctype.trackChanges =
        context.boolean(root, top, QStringLiteral("track_changes")).value_or(false);
    doctype.apiResource = context.boolean(root, top, QStringLiteral("api_resource")).value_or(true);
    if (doctype.isChild && (doctype.isSubmittable || doctype.isSingle)) {
        const QString other =
            doctype.isSubmittable ? QStringLiteral("is_submittable") : QStringLiteral("is_single");
        context.errorAtKey(
            QStringLiteral("/") + other, QStringLiteral("conflicting-flags"),
            DoctypeloaderTr::tr("a child DocType (\"is_child\": true) cannot also be "
                                "\"%1\"")
                .arg(other),
            DoctypeloaderTr::tr("remove \"%1\"; child rows follow their parent "
                                "document")
                .arg(other));
    }
    if (const auto concurrency = context.string(root, top, QStringLiteral("concurrency"))) {
        if (*concurrency == QLatin1String("none")) {
            doctype.concurrency = Concurrency::None;
        } else if (*concurrency != QLatin1String("optimistic")) {
            context.error(QStringLiteral("/concurrency"), QStringLiteral("invalid-value"),
                          DoctypeloaderTr::tr("unknown concurrency \"%1\"").arg(*concurrency),
                          DoctypeloaderTr::tr("use \"optimistic\" (the default) or \"none\""));
        }
    }
}

// The fields of this file, each with the pointer it came from.
QList<loader::FieldRef> loadFields(Context &context, const FieldTypeRegistry &types,
                                   const QJsonObject &root, DocType &doctype)
{
    context.require(root, QString(), QStringLiteral("fields"), DoctypeloaderTr::tr("the DocType"),
                    QStringLiteral("[{\"fieldname\": \"title\", \"fieldtype\": \"Data\"}]"));
    const QJsonArray array =
        context.array(root, QString(), QStringLiteral("fields")).value_or(QJsonArray());
    if (root.value(QStringLiteral("fields")).isArray() && array.isEmpty()) {
        context.error(QStringLiteral("/fields"), QStringLiteral("no-fields"),
                      DoctypeloaderTr::tr("the DocType has no fields"),
                      DoctypeloaderTr::tr("add at least one field, e.g. {\"fieldname\": \"title\", "
                                          "\"fieldtype\": \"Data\"}"));
    }
    QStringList pointers;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString pointer = JsonSource::child(QStringLiteral("/fields"), i);
        if (auto field = loader::loadField(context, types, array.at(i), pointer, false)) {
            doctype.fields << *field;
            pointers << pointer;
        }
    }
    QList<loader::FieldRef> refs;
    for (qsizetype i = 0; i < doctype.fields.size(); ++i)
        refs << loader::FieldRef{&doctype.fields.at(i), pointers.at(i)};
    return refs;
}

} // namespace

DocTypeLoader::DocTypeLoader(const FieldTypeRegistry &types)
    : m_types(types)
{}

std::optional<DocType> DocTypeLoader::loadFile(const QString &path, Diagnostics &diagnostics) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics << Diagnostic{
            Diagnostic::Severity::Error, SourceLocation{path, 0, 0},
            QStringLiteral("unreadable-file"),
            DoctypeloaderTr::tr("cannot read the file: %1").arg(file.errorString()),
            DoctypeloaderTr::tr("check that the file exists and is readable")};
        return std::nullopt;
    }
    return loadJson(file.readAll(), path, diagnostics);
}

std::optional<DocType> DocTypeLoader::loadJson(const QByteArray &json, const QString &fileName,
                                               Diagnostics &diagnostics) const
{
    const std::optional<JsonSource> source = JsonSource::parse(json, fileName, diagnostics);
    if (!source)
        return std::nullopt;
    Context context(source->positions(), fileName, diagnostics);
    if (!source->root().isObject()) {
        context.error(
            QString(), QStringLiteral("not-an-object"),
            DoctypeloaderTr::tr("a DocType file holds one JSON object, not %1")
                .arg(loader::describe(source->root())),
            DoctypeloaderTr::tr("write the DocType as { \"name\": ..., \"fields\": [...] }"));
        return std::nullopt;
    }
    const QJsonObject root = source->root().toObject();
    DocType doctype;
    doctype.location = SourceLocation{fileName, 0, 0};
    doctype.positions = source->positions();
    context.checkKeys(root, QString(), topLevelKeys(), QStringLiteral("DocType"));
    loadHeader(context, root, doctype);
    const QList<loader::FieldRef> fields = loadFields(context, m_types, root, doctype);
    loader::checkFieldRelations(context, m_types, doctype, fields);
    loader::loadNaming(context, root, doctype);
    loader::loadFieldReferences(context, root, doctype);
    loader::loadLayout(context, root, doctype);
    loader::loadPermissions(context, root, doctype);
    loader::loadIndexes(context, root, doctype);
    loader::loadViews(context, m_types, root, doctype);
    return doctype;
}

std::optional<Field> DocTypeLoader::loadField(const JsonSource &source, const QJsonValue &value,
                                              const QString &pointer, Diagnostics &diagnostics,
                                              bool allowInsertAfter) const
{
    Context context(source.positions(), source.fileName(), diagnostics);
    return loader::loadField(context, m_types, value, pointer, allowInsertAfter);
}

void DocTypeLoader::checkFields(const DocType &doctype, Diagnostics &diagnostics) const
{
    Context context(doctype.positions, doctype.location.file, diagnostics);
    // A field keeps its JSON pointer only while it still sits where the file had it;
    // merged or reordered fields are located by their own Field::location.
    QList<loader::FieldRef> refs;
    for (qsizetype i = 0; i < doctype.fields.size(); ++i) {
        const Field &field = doctype.fields.at(i);
        const QString pointer = JsonSource::child(QStringLiteral("/fields"), i);
        const SourceLocation at = doctype.positions.value(pointer);
        const bool same = at.file == field.location.file && at.line == field.location.line &&
                          at.column == field.location.column && at.line > 0;
        refs << loader::FieldRef{&field, same ? pointer : QString()};
    }
    loader::checkFieldRelations(context, m_types, doctype, refs);
}

} // namespace fm::core
