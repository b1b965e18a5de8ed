// SPDX-License-Identifier: MIT
#include "permissions/fieldaccess.h"

#include "meta/metaregistry.h"
#include "permissions/permissionengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace fm::core::detail {

namespace {

struct FieldaccessTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::FieldAccess)
};

QJsonValue jsonOf(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QJsonValue)
        return value.toJsonValue();
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    return QJsonValue::fromVariant(value);
}

bool isEmpty(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ||
           (value.isString() && value.toString().isEmpty());
}

// What a write would store differs from what is there (or, for a new document,
// from nothing). JSON comparison so 5 and 5.0, or "x" as QString and as JSON, agree.
bool differs(const QVariant &given, const QVariant *stored)
{
    const QJsonValue value = jsonOf(given);
    if (!stored)
        return !isEmpty(value);
    const QJsonValue before = jsonOf(*stored);
    return value != before && !(isEmpty(value) && isEmpty(before));
}

} // namespace

FieldAccess::FieldAccess(const MetaRegistry &meta, QSet<int> readable, QSet<int> writable)
    : m_meta(meta)
    , m_readable(std::move(readable))
    , m_writable(std::move(writable))
{}

FieldAccess FieldAccess::of(const PermissionEngine &engine, const MetaRegistry &meta,
                            const Principal &who, const QString &doctype)
{
    return FieldAccess(meta, engine.readableLevels(who, doctype),
                       engine.writableLevels(who, doctype));
}

Document FieldAccess::redact(const Document &doc) const
{
    const DocType *type = m_meta.doctype(doc.doctype());
    if (!type)
        return doc;
    Document out(doc.doctype());
    for (auto it = doc.values().cbegin(); it != doc.values().cend(); ++it) {
        const Field *field = type->field(it.key());
        if (!field || m_readable.contains(field->permlevel))
            out.setValue(it.key(), it.value());
    }
    for (const QString &tableField : doc.childTableFields()) {
        const Field *field = type->field(tableField);
        if (field && !m_readable.contains(field->permlevel))
            continue;
        QList<Document> rows;
        for (const Document &row : doc.children(tableField))
            rows << redact(row);
        out.setChildren(tableField, rows);
    }
    return out;
}

FieldError FieldAccess::refusal(const QString &path, const Field &field) const
{
    return FieldError{path, QStringLiteral("permlevel"),
                      FieldaccessTr::tr("%1 is at permission level %2, which your roles do not "
                                        "grant; leave it out or ask an administrator")
                          .arg(path)
                          .arg(field.permlevel)};
}

QList<FieldError> FieldAccess::unreadable(const DocType &doctype, const QStringList &fields) const
{
    QList<FieldError> refused;
    for (const QString &name : fields) {
        const Field *field = doctype.field(name);
        if (field && !m_readable.contains(field->permlevel))
            refused << refusal(name, *field);
    }
    return refused;
}

// Rows travel either as children or, from JSON, as an array under the fieldname.
QList<Document> FieldAccess::rowsOf(const Document &doc, const Field &table) const
{
    if (doc.hasChildren(table.fieldname))
        return doc.children(table.fieldname);
    QList<Document> rows;
    for (const QJsonValue &item : jsonOf(doc.value(table.fieldname)).toArray())
        rows << Document::fromJson(table.options, item.toObject());
    return rows;
}

// A Table field above the writable levels locks its rows: the same rows (by name)
// with the same values may come back, nothing else.
void FieldAccess::refuseRows(const Field &table, const QList<Document> &rows,
                             const Document *stored, QList<FieldError> &refused) const
{
    const DocType *child = m_meta.doctype(table.options);
    if (!child)
        return;
    const bool locked = !m_writable.contains(table.permlevel);
    const bool tableReadable = m_readable.contains(table.permlevel);
    QHash<QString, Document> before;
    if (stored) {
        for (const Document &row : stored->children(table.fieldname))
            before.insert(row.name(), row);
    }
    auto refuse = [&refused](const FieldError &error) {
        if (!refused.contains(error))
            refused << error;
    };
    if (locked && (!tableReadable || rows.size() != before.size()))
        refuse(refusal(table.fieldname, table));
    for (const Document &row : rows) {
        const auto kept = before.constFind(row.name());
        const Document *old = row.name().isEmpty() || kept == before.constEnd() ? nullptr : &*kept;
        if (locked && !old)
            refuse(refusal(table.fieldname, table));
        for (auto it = row.values().cbegin(); it != row.values().cend(); ++it) {
            const Field *field = child->field(it.key());
            if (!field || (!locked && m_writable.contains(field->permlevel)))
                continue;
            const QVariant oldValue = old ? old->value(it.key()) : QVariant();
            const bool readable = tableReadable && m_readable.contains(field->permlevel);
            if (!readable || differs(it.value(), old ? &oldValue : nullptr))
                refuse(refusal(table.fieldname + u'.' + it.key(), *field));
        }
    }
}

QList<FieldError> FieldAccess::refusedWrites(const Document &changes, const Document *stored) const
{
    QList<FieldError> refused;
    const DocType *type = m_meta.doctype(changes.doctype());
    if (!type)
        return refused;
    const FieldTypeRegistry &types = m_meta.fieldTypes();
    for (const Field &field : type->fields) {
        if (types.type(field.fieldtype).isTable) {
            if (changes.has(field.fieldname) || changes.hasChildren(field.fieldname))
                refuseRows(field, rowsOf(changes, field), stored, refused);
            continue;
        }
        if (!changes.has(field.fieldname) || m_writable.contains(field.permlevel))
            continue;
        const QVariant before = stored ? stored->value(field.fieldname) : QVariant();
        if (!m_readable.contains(field.permlevel) ||
            differs(changes.value(field.fieldname), stored ? &before : nullptr))
            refused << refusal(field.fieldname, field);
    }
    return refused;
}

Document FieldAccess::keepHidden(const Document &changes, const Document &stored) const
{
    const DocType *type = m_meta.doctype(changes.doctype());
    if (!type)
        return changes;
    Document out = changes;
    const FieldTypeRegistry &types = m_meta.fieldTypes();
    for (const Field &table : type->fields) {
        const bool given = changes.has(table.fieldname) || changes.hasChildren(table.fieldname);
        const DocType *child = m_meta.doctype(table.options);
        if (!given || !child || !types.type(table.fieldtype).isTable)
            continue;
        QHash<QString, Document> before;
        for (const Document &row : stored.children(table.fieldname))
            before.insert(row.name(), row);
        QList<Document> rows = rowsOf(changes, table);
        for (Document &row : rows) {
            const auto kept = before.constFind(row.name());
            if (row.name().isEmpty() || kept == before.constEnd())
                continue;
            for (const Field &field : child->fields) {
                if (!m_writable.contains(field.permlevel) && !row.has(field.fieldname) &&
                    kept->has(field.fieldname))
                    row.setValue(field.fieldname, kept->value(field.fieldname));
            }
        }
        out.remove(table.fieldname); // the rows now travel as children
        out.setChildren(table.fieldname, rows);
    }
    return out;
}

QStringList FieldAccess::readableFields(const DocType &doctype) const
{
    QStringList names;
    for (const Field &field : doctype.fields) {
        if (m_readable.contains(field.permlevel) && field.fieldtype != u"Password")
            names << field.fieldname;
    }
    return names;
}

QStringList FieldAccess::writableFields(const DocType &doctype) const
{
    QStringList names;
    for (const Field &field : doctype.fields) {
        if (m_writable.contains(field.permlevel) && !field.readOnly)
            names << field.fieldname;
    }
    return names;
}

} // namespace fm::core::detail
