// SPDX-License-Identifier: MIT
#include "meta/renames.h"

#include "common/textdistance.h"
#include "meta/doctypeloader_p.h"
#include "meta/fieldtyperegistry.h"
#include "meta/registrystate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fm::core {

namespace {

struct RenamesTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Renames)
};

} // namespace

namespace {

const FieldTypeRegistry &typesOr(const FieldTypeRegistry *types)
{
    static const FieldTypeRegistry builtins;
    return types ? *types : builtins;
}

QString didYouMean(const QString &word, const QStringList &candidates)
{
    const QString guess = closestMatch(word, candidates);
    return guess.isEmpty() ? QString() : RenamesTr::tr("; did you mean \"%1\"?").arg(guess);
}

// Collects the changes of one DocType while it is edited.
class Edit final
{
public:
    Edit(DocType doctype, const QString &from, const QString &to)
        : m_doctype(std::move(doctype))
        , m_from(from)
        , m_to(to)
    {}

    DocType &doctype() { return m_doctype; }
    const QStringList &places() const { return m_places; }
    bool changed() const { return !m_places.isEmpty(); }

    void name(QString &value, const QString &place)
    {
        if (value == m_from) {
            value = m_to;
            note(place);
        }
    }
    void names(QStringList &values, const QString &place)
    {
        bool hit = false;
        for (QString &value : values) {
            if (value == m_from) {
                value = m_to;
                hit = true;
            }
        }
        if (hit)
            note(place);
    }
    void note(const QString &place)
    {
        if (!m_places.contains(place))
            m_places << place;
    }

private:
    DocType m_doctype;
    QString m_from;
    QString m_to;
    QStringList m_places;
};

bool isLink(const FieldTypeRegistry &types, const Field &field)
{
    const FieldTypeInfo info = types.type(field.fieldtype);
    return info.options == OptionsKind::DocType && !info.isTable;
}

// depends_on: the bare fieldname, or doc.<fieldname> in an eval: expression. Sets
// `unsure` when the name is still there in a form this cannot read.
QString renameInCondition(const QString &condition, const QString &from, const QString &to,
                          bool &unsure)
{
    if (condition.trimmed() == from)
        return to;
    QString out = condition;
    if (out.startsWith(QLatin1String("eval:"))) {
        const QRegularExpression member(QStringLiteral("\\bdoc\\.%1\\b").arg(from));
        out.replace(member, QStringLiteral("doc.") + to);
    }
    const QRegularExpression bare(QStringLiteral("(?<![.\\w])%1\\b").arg(from));
    unsure = bare.match(out).hasMatch();
    return out;
}

Error refuseCore(const DocType &doctype, const QString &what)
{
    return fm::Error(ErrorCode::BadRequest,
                     RenamesTr::tr("DocType \"%1\" belongs to the built-in app core, whose %2 "
                                   "cannot be renamed; add a field to it in an extension file "
                                   "instead (docs/guide/apps.md)")
                         .arg(doctype.name, what));
}

Result<const DocType *> findDocType(const QMap<QString, DocType> &doctypes, const QString &name)
{
    const auto it = doctypes.constFind(name);
    if (it != doctypes.constEnd())
        return &*it;
    return fail(ErrorCode::NotFound, RenamesTr::tr("there is no DocType \"%1\" in the project%2")
                                         .arg(name, didYouMean(name, doctypes.keys())));
}

} // namespace

QStringList RenameEdit::summary() const
{
    QStringList lines;
    for (auto it = what.cbegin(); it != what.cend(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    return lines;
}

Result<RenameEdit> renameField(const QMap<QString, DocType> &doctypes, const QString &doctype,
                               const QString &from, const QString &to,
                               const FieldTypeRegistry *typeRegistry)
{
    const FieldTypeRegistry &types = typesOr(typeRegistry);
    auto found = findDocType(doctypes, doctype);
    if (!found)
        return fail(found.error());
    const DocType &target = **found;
    if (target.app == kCoreApp)
        return fail(refuseCore(target, RenamesTr::tr("fields")));
    if (!target.hasField(from)) {
        return fail(ErrorCode::NotFound,
                    RenamesTr::tr("DocType \"%1\" has no field \"%2\"%3")
                        .arg(doctype, from, didYouMean(from, target.fieldnames())));
    }
    if (from == to) {
        return fail(
            ErrorCode::BadRequest,
            RenamesTr::tr("field \"%1\" already has that name; give the new name").arg(from));
    }
    if (!loader::isValidFieldname(to)) {
        const QString fixed = snakeCase(to).left(64);
        return fail(ErrorCode::BadRequest,
                    RenamesTr::tr("\"%1\" is not a valid fieldname: use at most 64 lowercase "
                                  "letters, digits and '_', starting with a letter%2")
                        .arg(to, loader::isValidFieldname(fixed)
                                     ? RenamesTr::tr(", e.g. \"%1\"").arg(fixed)
                                     : QString()));
    }
    if (reservedFieldnames().contains(to)) {
        return fail(ErrorCode::BadRequest,
                    RenamesTr::tr("\"%1\" is a standard column every DocType has; choose "
                                  "another name (reserved are: %2)")
                        .arg(to, reservedFieldnames().join(QStringLiteral(", "))));
    }
    if (target.hasField(to)) {
        return fail(ErrorCode::Duplicate,
                    RenamesTr::tr("DocType \"%1\" already has a field \"%2\"; choose another "
                                  "name, or rename or remove that field first")
                        .arg(doctype, to));
    }

    RenameEdit result;
    result.record.kind = RenameRecord::Kind::Field;
    result.record.doctype = doctype;
    result.record.from = from;
    result.record.to = to;
    result.record.at = QDateTime::currentDateTimeUtc();
    result.record.app = target.app;

    Edit edit(target, from, to);
    DocType &d = edit.doctype();
    for (Field &field : d.fields) {
        if (field.fieldname == from) {
            field.fieldname = to;
            edit.note(RenamesTr::tr("field %1 -> %2").arg(from, to));
        }
    }
    for (LayoutSection &section : d.layout) {
        for (QStringList &column : section.columns)
            edit.names(column, QStringLiteral("layout"));
    }
    edit.name(d.titleField, QStringLiteral("title_field"));
    edit.names(d.searchFields, QStringLiteral("search_fields"));
    edit.name(d.sortField, QStringLiteral("sort"));
    edit.name(d.rlsField, QStringLiteral("rls_field"));
    for (IndexDef &index : d.indexes)
        edit.names(index.fields, QStringLiteral("indexes"));
    edit.names(d.views.listColumns, QStringLiteral("views.list"));
    edit.name(d.views.kanbanGroupBy, QStringLiteral("views.kanban"));
    edit.name(d.views.calendarStart, QStringLiteral("views.calendar"));
    edit.name(d.views.calendarEnd, QStringLiteral("views.calendar"));
    edit.name(d.views.calendarTitle, QStringLiteral("views.calendar"));
    edit.name(d.naming.field, QStringLiteral("naming"));
    if (d.naming.rule == Naming::Rule::Series) {
        const QString placeholder = QStringLiteral("{%1}").arg(from);
        if (d.naming.pattern.contains(placeholder)) {
            d.naming.pattern.replace(placeholder, QStringLiteral("{%1}").arg(to));
            edit.note(QStringLiteral("naming"));
        }
    }
    for (Field &field : d.fields) {
        if (types.type(field.fieldtype).options == OptionsKind::FieldName &&
            field.options.trimmed() == from) {
            field.options = to;
            edit.note(RenamesTr::tr("options of %1").arg(field.fieldname));
        }
        if (field.fetchFrom.section(u'.', 0, 0) == from) {
            field.fetchFrom = to + u'.' + field.fetchFrom.section(u'.', 1);
            edit.note(RenamesTr::tr("fetch_from of %1").arg(field.fieldname));
        }
        if (!field.dependsOn.isEmpty()) {
            bool unsure = false;
            const QString renamed = renameInCondition(field.dependsOn, from, to, unsure);
            if (renamed != field.dependsOn) {
                field.dependsOn = renamed;
                edit.note(RenamesTr::tr("depends_on of %1").arg(field.fieldname));
            }
            if (unsure) {
                result.warnings << RenamesTr::tr("depends_on of %1.%2 still mentions \"%3\" "
                                                 "where the rename cannot tell if it means the "
                                                 "field: check \"%4\"")
                                       .arg(doctype, field.fieldname, from, field.dependsOn);
            }
        }
    }

    // fetch_from "<link>.<from>" through a Link to this DocType, here and in the others.
    QMap<QString, DocType> all = doctypes;
    all.insert(doctype, d);
    for (auto it = all.begin(); it != all.end(); ++it) {
        Edit other(it.value(), from, to);
        if (it.key() == doctype)
            other = std::move(edit);
        DocType &o = other.doctype();
        for (Field &field : o.fields) {
            if (field.fetchFrom.section(u'.', 1) != from)
                continue;
            const Field *link = o.field(field.fetchFrom.section(u'.', 0, 0));
            if (link && isLink(types, *link) && link->options.trimmed() == doctype) {
                field.fetchFrom = field.fetchFrom.section(u'.', 0, 0) + u'.' + to;
                other.note(RenamesTr::tr("fetch_from of %1").arg(field.fieldname));
            }
        }
        if (other.changed()) {
            result.changed.insert(it.key(), o);
            result.what.insert(it.key(), other.places());
        }
    }
    return result;
}

Result<RenameEdit> renameDocType(const QMap<QString, DocType> &doctypes, const QString &from,
                                 const QString &to, const FieldTypeRegistry *typeRegistry)
{
    const FieldTypeRegistry &types = typesOr(typeRegistry);
    auto found = findDocType(doctypes, from);
    if (!found)
        return fail(found.error());
    const DocType &target = **found;
    if (target.app == kCoreApp)
        return fail(refuseCore(target, RenamesTr::tr("DocTypes")));
    if (from == to) {
        return fail(
            ErrorCode::BadRequest,
            RenamesTr::tr("DocType \"%1\" already has that name; give the new name").arg(from));
    }
    if (!loader::isValidDocTypeName(to)) {
        return fail(ErrorCode::BadRequest,
                    RenamesTr::tr("\"%1\" is not a valid DocType name: use at most 64 "
                                  "characters of Title Case words of letters and digits "
                                  "separated by single spaces, e.g. \"Support Ticket\"")
                        .arg(to));
    }
    if (to == QLatin1String("DocType")) {
        return fail(ErrorCode::BadRequest,
                    RenamesTr::tr("\"DocType\" is reserved: Link fields with \"options\": "
                                  "\"DocType\" name any DocType; choose another name"));
    }
    const QString table = snakeCase(to);
    for (const DocType &other : doctypes) {
        if (other.name == from)
            continue;
        if (other.name == to || other.tableName() == table) {
            return fail(ErrorCode::Duplicate,
                        RenamesTr::tr("the name \"%1\" is taken by DocType \"%2\"%3 (the table "
                                      "name \"%4\" too); choose another name")
                            .arg(to, other.name,
                                 other.app.isEmpty()
                                     ? QString()
                                     : RenamesTr::tr(" of app \"%1\"").arg(other.app),
                                 table));
        }
    }

    RenameEdit result;
    result.record.kind = RenameRecord::Kind::DocType;
    result.record.from = from;
    result.record.to = to;
    result.record.at = QDateTime::currentDateTimeUtc();
    result.record.app = target.app;
    result.removed = from;

    for (const DocType &doctype : doctypes) {
        Edit edit(doctype, from, to);
        DocType &d = edit.doctype();
        if (d.name == from) {
            d.name = to;
            edit.note(RenamesTr::tr("name %1 -> %2").arg(from, to));
            if (d.label == from) {
                result.warnings << RenamesTr::tr("the label of %1 is still \"%2\"; change it "
                                                 "if it should follow the name")
                                       .arg(to, from);
            }
        }
        for (Field &field : d.fields) {
            const FieldTypeInfo info = types.type(field.fieldtype);
            if (info.options != OptionsKind::DocType)
                continue;
            if (field.options.trimmed() == from) {
                field.options = to;
                edit.note(RenamesTr::tr("options of %1").arg(field.fieldname));
            } else if (field.options.trimmed() == QLatin1String("DocType") &&
                       field.defaultValue.toString() == from) {
                field.defaultValue = to;
                edit.note(RenamesTr::tr("default of %1").arg(field.fieldname));
            }
        }
        if (edit.changed()) {
            result.changed.insert(d.name, d);
            result.what.insert(d.name, edit.places());
        }
    }
    return result;
}

} // namespace fm::core
