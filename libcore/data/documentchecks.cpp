// SPDX-License-Identifier: MIT
#include "data/documentchecks.h"

#include "auth/passwordhasher.h"
#include "common/textdistance.h"
#include "data/callerscope.h"
#include "data/fieldvalidator.h"
#include "data/repository.h"
#include "data/tablecache.h"
#include "db/dialect.h"
#include "meta/dependson.h"
#include "meta/metaregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <optional>

namespace fm::core {

namespace {

struct DocumentchecksTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocumentChecks)
};

const QString kDocTypeTarget = QStringLiteral("DocType");
const QString kPasswordType = QStringLiteral("Password");

// Password values are stored as argon2id hashes, never as given (docs/adr/0082). A
// value that already is a hash is the stored one coming back (update merges, amend
// copies) and is kept as it is.
std::optional<FieldError> coercePassword(const Field &field, const FieldTypeInfo &type,
                                         const QVariant &input, QVariant &canonical)
{
    const QVariant value = FieldValidator::unwrapJson(input);
    if (value.typeId() == QMetaType::QString && PasswordHasher::isHash(value.toString())) {
        canonical = value;
        return std::nullopt;
    }
    if (auto problem = FieldValidator::coerce(field, type, input, canonical))
        return problem;
    if (!canonical.isValid())
        return std::nullopt;
    auto hash = PasswordHasher::hash(canonical.toString());
    canonical = QVariant();
    if (!hash)
        return FieldError{field.fieldname, QStringLiteral("invalid"), hash.error().message()};
    canonical = *hash;
    return std::nullopt;
}

// Values the server sets itself; input for them is ignored, never an error, so a
// document read from the API can be sent back as it is.
bool isServerManaged(const QString &key)
{
    static const QSet<QString> keys{
        QStringLiteral("owner"),        QStringLiteral("creation"),
        QStringLiteral("modified"),     QStringLiteral("modified_by"),
        QStringLiteral("docstatus"),    QStringLiteral("deleted_at"),
        QStringLiteral("parent"),       QStringLiteral("parenttype"),
        QStringLiteral("parentfield"),  QStringLiteral("idx"),
        QStringLiteral("amended_from"), QStringLiteral("doctype"),
    };
    return keys.contains(key);
}

// "Today" and "now" as defaults mean the moment of insert, as in Frappe.
QVariant resolveDefault(const Field &field, const FieldTypeInfo &type)
{
    const QJsonValue value = field.defaultValue;
    const QString text = value.toString().toLower();
    if (type.storage == StorageType::Date && text == u"today")
        return QDate::currentDate().toString(Qt::ISODate);
    if (type.storage == StorageType::Datetime && text == u"now")
        return FieldValidator::canonicalDatetime(QDateTime::currentDateTimeUtc());
    if (type.storage == StorageType::Time && text == u"now")
        return QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    return QVariant::fromValue(value);
}

thread_local QSet<QString> *t_knownLinks = nullptr;

QString linkKey(const QString &doctype, const QString &name)
{
    return doctype + QChar(0x1f) + name;
}

// "field<US>value" for the Link values a stored document holds, child rows as
// "table.field<US>value": the values the caller's document already had in those fields.
void collectLinkValues(const TableCache &tables, const DocTypeTable &table, const Document &doc,
                       const QString &prefix, QSet<QString> &out)
{
    for (qsizetype i = 0; i < table.doctype.fields.size(); ++i) {
        const Field &field = table.doctype.fields.at(i);
        const FieldTypeInfo &type = table.fieldTypes.at(i);
        if (type.isTable) {
            auto child = tables.table(field.options);
            if (!child)
                continue;
            for (const Document &row : doc.children(field.fieldname))
                collectLinkValues(tables, **child, row, prefix + field.fieldname + u'.', out);
        } else if (type.base == u"Link" || type.base == u"DynamicLink") {
            const QString value = doc.string(field.fieldname);
            if (!value.isEmpty())
                out.insert(prefix + field.fieldname + QChar(0x1f) + value);
        }
    }
}

} // namespace

QVariant DocumentChecks::defaultValue(const Field &field, const FieldTypeInfo &type)
{
    return resolveDefault(field, type);
}

LinkCheckCache::LinkCheckCache()
    : m_owner(t_knownLinks == nullptr)
{
    if (m_owner)
        t_knownLinks = new QSet<QString>;
}

LinkCheckCache::~LinkCheckCache()
{
    if (m_owner) {
        delete t_knownLinks;
        t_knownLinks = nullptr;
    }
}

bool LinkCheckCache::knows(const QString &doctype, const QString &name)
{
    return t_knownLinks && t_knownLinks->contains(linkKey(doctype, name));
}

void LinkCheckCache::remember(const QString &doctype, const QString &name)
{
    if (t_knownLinks)
        t_knownLinks->insert(linkKey(doctype, name));
}

DocumentChecks::DocumentChecks(const TableCache &tables, Repository &repository,
                               const Dialect &dialect)
    : m_tables(tables)
    , m_repository(repository)
    , m_dialect(dialect)
{}

void DocumentChecks::coerce(const DocTypeTable &table, Document &doc, bool applyDefaults,
                            QList<FieldError> &errors, const QString &prefix) const
{
    const QVariantMap input = doc.values();
    for (auto it = input.cbegin(); it != input.cend(); ++it) {
        const QString &key = it.key();
        if (key == u"name" || key == u"_version")
            continue;
        if (isServerManaged(key)) {
            doc.remove(key);
            continue;
        }
        if (!table.fieldIndex.contains(key)) {
            QString message =
                DocumentchecksTr::tr("%1 has no field \"%2\"").arg(table.doctype.name, key);
            const QString near = closestMatch(key, table.doctype.fieldnames());
            if (!near.isEmpty())
                message += DocumentchecksTr::tr("; did you mean \"%1\"?").arg(near);
            errors << FieldError{prefix + key, QStringLiteral("unknown_field"), message};
            doc.remove(key);
        }
    }
    for (qsizetype i = 0; i < table.doctype.fields.size(); ++i) {
        const Field &field = table.doctype.fields.at(i);
        const FieldTypeInfo &type = table.fieldTypes.at(i);
        if (type.isTable) {
            coerceChildren(doc, field, applyDefaults, errors, prefix);
            continue;
        }
        if (!doc.has(field.fieldname)) {
            if (!applyDefaults || !field.hasDefault())
                continue;
            doc.setValue(field.fieldname, resolveDefault(field, type));
        }
        QVariant canonical;
        auto problem =
            type.base == kPasswordType
                ? coercePassword(field, type, doc.value(field.fieldname), canonical)
                : FieldValidator::coerce(field, type, doc.value(field.fieldname), canonical);
        if (problem) {
            problem->field = prefix + problem->field;
            errors << *problem;
        }
        doc.setValue(field.fieldname, canonical);
    }
}

void DocumentChecks::coerceChildren(Document &doc, const Field &field, bool applyDefaults,
                                    QList<FieldError> &errors, const QString &prefix) const
{
    const QString path = prefix + field.fieldname;
    auto childTable = m_tables.table(field.options);
    if (!childTable) {
        errors << FieldError{path, QStringLiteral("invalid_meta"), childTable.error().message()};
        return;
    }
    QList<Document> rows = doc.children(field.fieldname);
    if (doc.has(field.fieldname)) { // rows given as JSON under the Table fieldname
        const QVariant raw = doc.value(field.fieldname);
        doc.remove(field.fieldname);
        const QJsonValue json = raw.metaType().id() == QMetaType::QJsonValue
                                    ? raw.toJsonValue()
                                    : QJsonValue::fromVariant(raw);
        rows.clear();
        if (!json.isArray() && !json.isNull()) {
            errors << FieldError{
                path, QStringLiteral("invalid_type"),
                DocumentchecksTr::tr("%1 must be a list of rows").arg(field.displayLabel())};
            return;
        }
        // TableMultiSelect rows may be plain values: they fill the child's first Link field.
        const Field *firstLink = nullptr;
        for (const Field &f : (*childTable)->doctype.fields) {
            if (f.fieldtype == u"Link") {
                firstLink = &f;
                break;
            }
        }
        const QJsonArray array = json.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            Document row((*childTable)->doctype.name);
            if (item.isObject()) {
                row = Document::fromJson((*childTable)->doctype.name, item.toObject());
            } else if (item.isString() && field.fieldtype == u"TableMultiSelect" && firstLink) {
                row.setValue(firstLink->fieldname, item.toString());
            } else {
                errors << FieldError{QStringLiteral("%1[%2]").arg(path).arg(i),
                                     QStringLiteral("invalid_type"),
                                     DocumentchecksTr::tr("row %1 of %2 must be an object")
                                         .arg(i + 1)
                                         .arg(field.displayLabel())};
                continue;
            }
            rows << row;
        }
    }
    for (int i = 0; i < rows.size(); ++i) {
        Document &row = rows[i];
        coerce(**childTable, row, applyDefaults || !row.has(QStringLiteral("name")), errors,
               QStringLiteral("%1[%2].").arg(path).arg(i));
    }
    doc.setChildren(field.fieldname, rows);
}

Result<void> DocumentChecks::fetchFrom(const DocTypeTable &table, Document &doc,
                                       const Document *stored) const
{
    const CallerView *caller = CallerScope::current();
    for (const Field &field : table.doctype.fields) {
        if (field.fetchFrom.isEmpty())
            continue;
        const QString linkField = field.fetchFrom.section(QLatin1Char('.'), 0, 0);
        const QString sourceField = field.fetchFrom.section(QLatin1Char('.'), 1);
        const Field *link = table.doctype.field(linkField);
        const QString target = doc.string(linkField);
        if (!link || target.isEmpty()) {
            doc.setValue(field.fieldname, QVariant());
            continue;
        }
        auto source = m_tables.table(link->options);
        if (!source)
            return fail(source.error());
        if (caller && !caller->mayFetch(link->options, target, sourceField)) {
            // Never copied from a record the caller may not see; what the stored
            // document already holds (copied for someone who could) is kept.
            const bool kept = stored && stored->string(linkField) == target;
            doc.setValue(field.fieldname, kept ? stored->value(field.fieldname) : QVariant());
            continue;
        }
        if (!(*source)->hasColumn(sourceField)) {
            return fail(
                ErrorCode::InvalidMeta,
                DocumentchecksTr::tr("%1.%2 fetches from %3, which %4 "
                                     "does not have; run `m check`")
                    .arg(table.doctype.name, field.fieldname, field.fetchFrom, link->options));
        }
        const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                                .arg(m_dialect.quote(sourceField), (*source)->quotedTable,
                                     m_dialect.quote(QStringLiteral("name")));
        auto row = m_repository.lookup(sql, {target});
        if (!row)
            return fail(row.error());
        doc.setValue(field.fieldname,
                     *row ? fromSqlValue((*source)->storage.value(sourceField), (*row)->value(0))
                          : QVariant());
    }
    return {};
}

namespace {

// The document's values as depends_on conditions see them (meta/dependson.h): null
// (unset or empty), a bool (Check), a number, text; a Table field is its number of rows.
DependsOn::Values conditionValues(const DocTypeTable &table, const Document &doc)
{
    DependsOn::Values values;
    for (qsizetype i = 0; i < table.doctype.fields.size(); ++i) {
        const Field &field = table.doctype.fields.at(i);
        const FieldTypeInfo &type = table.fieldTypes.at(i);
        const QVariant value = FieldValidator::unwrapJson(doc.value(field.fieldname));
        if (type.isTable)
            values.insert(field.fieldname, double(doc.children(field.fieldname).size()));
        else if (type.storage == StorageType::Boolean)
            values.insert(field.fieldname, value.toBool());
        else if (FieldValidator::isEmpty(value))
            values.insert(field.fieldname, QVariant());
        else if (type.storage == StorageType::Integer || type.storage == StorageType::Real)
            values.insert(field.fieldname, value.toDouble());
        else
            values.insert(field.fieldname, value.toString());
    }
    return values;
}

} // namespace

// A required field whose depends_on is false is not asked for: the Desk does not show
// it, so nobody could fill it in (Frappe's rule; ADR 0264).
void DocumentChecks::required(const DocTypeTable &table, const Document &doc,
                              QList<FieldError> &errors, const QString &prefix) const
{
    std::optional<DependsOn::Values> conditions;
    for (qsizetype i = 0; i < table.doctype.fields.size(); ++i) {
        const Field &field = table.doctype.fields.at(i);
        const bool isTable = table.fieldTypes.at(i).isTable;
        if (isTable) {
            const QList<Document> rows = doc.children(field.fieldname);
            auto child = m_tables.table(field.options);
            for (int i = 0; child && i < rows.size(); ++i)
                required(**child, rows.at(i), errors,
                         QStringLiteral("%1%2[%3].").arg(prefix, field.fieldname).arg(i));
        }
        if (!field.required)
            continue;
        if (!field.dependsOn.isEmpty()) {
            if (!conditions)
                conditions = conditionValues(table, doc);
            if (!DependsOn::visible(field.dependsOn, *conditions))
                continue;
        }
        const bool missing = isTable ? doc.children(field.fieldname).isEmpty()
                                     : FieldValidator::isEmpty(doc.value(field.fieldname));
        // A value that failed coercion is already reported; "required" would repeat it.
        const QString path = prefix + field.fieldname;
        const bool reported = std::any_of(errors.cbegin(), errors.cend(),
                                          [&](const FieldError &e) { return e.field == path; });
        if (missing && !reported) {
            errors << FieldError{path, QStringLiteral("required"),
                                 DocumentchecksTr::tr("%1 is required").arg(field.displayLabel())};
        }
    }
}

Result<bool> DocumentChecks::linkExists(const QString &doctype, const QString &name) const
{
    if (doctype == kDocTypeTarget)
        return m_tables.meta().doctype(name) != nullptr;
    if (LinkCheckCache::knows(doctype, name))
        return true;
    auto target = m_tables.table(doctype);
    if (!target)
        return false;
    QString sql = QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?")
                      .arg((*target)->quotedTable, m_dialect.quote(QStringLiteral("name")));
    if ((*target)->softDelete)
        sql += QStringLiteral(" AND ") + m_dialect.quote(QStringLiteral("deleted_at")) +
               QStringLiteral(" IS NULL");
    auto row = m_repository.lookup(sql, {name});
    if (!row)
        return fail(row.error());
    if (row->has_value())
        LinkCheckCache::remember(doctype, name);
    return row->has_value();
}

Result<void> DocumentChecks::links(const DocTypeTable &table, const Document &doc,
                                   QList<FieldError> &errors, const QString &prefix,
                                   const Document *stored) const
{
    QSet<QString> known;
    if (stored && CallerScope::current())
        collectLinkValues(m_tables, table, *stored, QString(), known);
    return links(table, doc, errors, prefix, known, QString());
}

Result<void> DocumentChecks::links(const DocTypeTable &table, const Document &doc,
                                   QList<FieldError> &errors, const QString &prefix,
                                   const QSet<QString> &known, const QString &knownPrefix) const
{
    const CallerView *caller = CallerScope::current();
    for (qsizetype i = 0; i < table.doctype.fields.size(); ++i) {
        const Field &field = table.doctype.fields.at(i);
        const FieldTypeInfo &type = table.fieldTypes.at(i);
        if (type.isTable) {
            const QList<Document> rows = doc.children(field.fieldname);
            auto child = m_tables.table(field.options);
            for (int i = 0; child && i < rows.size(); ++i) {
                auto ok = links(**child, rows.at(i), errors,
                                prefix + field.fieldname + u'[' + QString::number(i) +
                                    QStringLiteral("]."),
                                known, knownPrefix + field.fieldname + u'.');
                if (!ok)
                    return ok;
            }
            continue;
        }
        if (type.base != u"Link" && type.base != u"DynamicLink")
            continue;
        const QString value = doc.string(field.fieldname);
        if (value.isEmpty())
            continue;
        const QString target = type.base == u"Link" ? field.options : doc.string(field.options);
        if (target.isEmpty()) {
            errors << FieldError{
                prefix + field.fieldname, QStringLiteral("link_type_missing"),
                DocumentchecksTr::tr("%1 needs %2 to say which DocType it links to")
                    .arg(field.displayLabel(), field.options)};
            continue;
        }
        auto found = linkExists(target, value);
        if (!found)
            return fail(found.error());
        // A record the caller may neither read nor select is answered like a missing
        // one, so the check cannot be used to probe for it (docs/guide/permissions.md).
        const bool hadIt = known.contains(knownPrefix + field.fieldname + QChar(0x1f) + value);
        if (*found && caller && !hadIt && target != kDocTypeTarget &&
            !caller->mayPick(target, value))
            *found = false;
        if (!*found) {
            errors << FieldError{
                prefix + field.fieldname, QStringLiteral("link_not_found"),
                DocumentchecksTr::tr("%1 \"%2\" does not exist; pick an existing %1")
                    .arg(target, value)};
        }
    }
    return {};
}

Result<void> DocumentChecks::unique(const DocTypeTable &table, const Document &doc,
                                    QList<FieldError> &errors) const
{
    for (const Field &field : table.doctype.fields) {
        if (!field.unique || FieldValidator::isEmpty(doc.value(field.fieldname)))
            continue;
        // Deleted rows count too: the unique index still holds their values.
        const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %1 <> ?")
                                .arg(m_dialect.quote(QStringLiteral("name")), table.quotedTable,
                                     m_dialect.quote(field.fieldname));
        const QVariant value =
            toSqlValue(table.storage.value(field.fieldname), doc.value(field.fieldname));
        auto row = m_repository.lookup(sql, {value, doc.name()});
        if (!row)
            return fail(row.error());
        if (*row) {
            const QString holder = (*row)->value(0).toString();
            const CallerView *caller = CallerScope::current();
            // The value is taken either way (the index says so); which document holds
            // it is only told to whoever may read that document.
            const QString by = caller && !caller->mayRead(table.doctype.name, holder)
                                   ? DocumentchecksTr::tr("another %1").arg(table.doctype.name)
                                   : table.doctype.name + u' ' + holder;
            errors << FieldError{field.fieldname, QStringLiteral("duplicate"),
                                 DocumentchecksTr::tr("%1 \"%2\" is already used by %3")
                                     .arg(field.displayLabel(), doc.string(field.fieldname), by)};
        }
    }
    return {};
}

Result<void> DocumentChecks::all(const DocTypeTable &table, Document &doc, bool isNew,
                                 const Document *stored) const
{
    QList<FieldError> errors;
    coerce(table, doc, isNew, errors);
    if (errors.isEmpty()) {
        if (auto ok = fetchFrom(table, doc, stored); !ok)
            return ok;
    }
    required(table, doc, errors);
    if (auto ok = links(table, doc, errors, QString(), stored); !ok)
        return ok;
    if (auto ok = unique(table, doc, errors); !ok)
        return ok;
    // Only taken values: a conflict with another document (409), not bad input (422).
    const bool onlyDuplicates =
        !errors.isEmpty() && std::all_of(errors.cbegin(), errors.cend(), [](const FieldError &e) {
            return e.code == QLatin1String("duplicate");
        });
    if (onlyDuplicates) {
        return fail(ErrorCode::Duplicate,
                    DocumentchecksTr::tr("%1: %2; pick another value")
                        .arg(table.doctype.name, errors.first().message),
                    errors);
    }
    if (!errors.isEmpty()) {
        return fail(ErrorCode::Validation,
                    DocumentchecksTr::tr("%1 is not valid: %n problem(s); see fields", nullptr,
                                         int(errors.size()))
                        .arg(table.doctype.name),
                    errors);
    }
    return {};
}

} // namespace fm::core
