// SPDX-License-Identifier: MIT
#include "meta/doctypeedits.h"

#include "meta/doctypeloader_p.h"
#include "meta/edits_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace fm::core {

namespace {

struct DoctypeeditsTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocTypeEdits)
};

} // namespace

namespace {

using edits::withHint;

// Standard columns sort, rls_field, list columns and indexes may name besides fields.
const QStringList &standardColumns()
{
    static const QStringList columns{QStringLiteral("name"), QStringLiteral("owner"),
                                     QStringLiteral("creation"), QStringLiteral("modified")};
    return columns;
}

Result<void> checkField(const DocType &doctype, const QString &fieldname, const QString &what,
                        const QStringList &extra = {})
{
    if (doctype.hasField(fieldname) || extra.contains(fieldname))
        return {};
    return fail(ErrorCode::InvalidMeta,
                withHint(DoctypeeditsTr::tr("%1 names \"%2\", which is not a field of %3")
                             .arg(what, fieldname, doctype.name),
                         loader::suggestion(fieldname, doctype.fieldnames() + extra)));
}

Error wrongType(const QString &key, const QString &expected, const QJsonValue &value)
{
    return Error(
        ErrorCode::InvalidMeta,
        DoctypeeditsTr::tr("\"%1\" takes %2, not %3").arg(key, expected, loader::describe(value)));
}

Result<Naming> parseNaming(const DocType &doctype, const QString &text)
{
    Naming naming;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString rule = colon < 0 ? text : text.left(colon);
    const QString argument = colon < 0 ? QString() : text.mid(colon + 1);
    if (text.isEmpty() || text == QLatin1String("uuid"))
        return naming;
    if (text == QLatin1String("prompt")) {
        naming.rule = Naming::Rule::Prompt;
    } else if (rule == QLatin1String("field") && colon >= 0) {
        naming.rule = Naming::Rule::Field;
        naming.field = argument.trimmed();
        if (auto ok = checkField(doctype, naming.field, QStringLiteral("\"naming\"")); !ok)
            return fail(ok.error());
    } else if (rule == QLatin1String("series") && colon >= 0) {
        naming.rule = Naming::Rule::Series; // the pattern is checked as it is typed
        naming.pattern = argument;
    } else {
        return fail(ErrorCode::InvalidMeta,
                    DoctypeeditsTr::tr("unknown naming rule \"%1\"; use \"uuid\", \"prompt\", "
                                       "\"field:<fieldname>\" or \"series:<pattern>\"")
                        .arg(text));
    }
    return naming;
}

QString namingText(const Naming &naming)
{
    switch (naming.rule) {
    case Naming::Rule::Uuid:
        return QStringLiteral("uuid");
    case Naming::Rule::Prompt:
        return QStringLiteral("prompt");
    case Naming::Rule::Field:
        return QStringLiteral("field:") + naming.field;
    case Naming::Rule::Series:
        return QStringLiteral("series:") + naming.pattern;
    }
    return QString();
}

bool *flag(DocType &doctype, const QString &key)
{
    if (key == QLatin1String("is_submittable"))
        return &doctype.isSubmittable;
    if (key == QLatin1String("is_child"))
        return &doctype.isChild;
    if (key == QLatin1String("is_single"))
        return &doctype.isSingle;
    if (key == QLatin1String("track_changes"))
        return &doctype.trackChanges;
    if (key == QLatin1String("api_resource"))
        return &doctype.apiResource;
    return nullptr;
}

QString *text(DocType &doctype, const QString &key)
{
    if (key == QLatin1String("label"))
        return &doctype.label;
    if (key == QLatin1String("description"))
        return &doctype.description;
    if (key == QLatin1String("module"))
        return &doctype.module;
    return nullptr;
}

Result<void> checkRule(const DocType &doctype, const PermissionRule &rule, qsizetype except)
{
    if (rule.role.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidMeta,
                    DoctypeeditsTr::tr("a permission rule needs a role, e.g. \"System Manager\""));
    }
    if (rule.permlevel < 0 || rule.permlevel > 9) {
        return fail(ErrorCode::InvalidMeta,
                    DoctypeeditsTr::tr("permlevel %1 is outside 0..9; use a "
                                       "level from 0 (the default) to 9")
                        .arg(rule.permlevel));
    }
    for (qsizetype i = 0; i < doctype.permissions.size(); ++i) {
        const PermissionRule &other = doctype.permissions.at(i);
        if (i != except && other.role == rule.role.trimmed() && other.permlevel == rule.permlevel &&
            other.ifOwner == rule.ifOwner) {
            return fail(ErrorCode::Duplicate,
                        DoctypeeditsTr::tr("%1 already has a rule for \"%2\" at level %3%4; change "
                                           "that rule instead")
                            .arg(doctype.name, rule.role)
                            .arg(rule.permlevel)
                            .arg(rule.ifOwner ? DoctypeeditsTr::tr(" (if owner)") : QString()));
        }
    }
    return {};
}

Result<void> checkPosition(qsizetype position, qsizetype size, const QString &what)
{
    if (position >= 0 && position < size)
        return {};
    return fail(
        ErrorCode::NotFound,
        DoctypeeditsTr::tr("there is no %1 %2; there are %3").arg(what).arg(position).arg(size));
}

Result<void> checkIndex(const DocType &doctype, const IndexDef &index, qsizetype except)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (index.fields.isEmpty())
        return fail(ErrorCode::InvalidMeta,
                    DoctypeeditsTr::tr("an index needs at least one field, e.g. \"status\""));
    for (const QString &name : index.fields) {
        if (auto ok =
                checkField(doctype, name, DoctypeeditsTr::tr("an index"), reservedFieldnames());
            !ok)
            return ok;
        if (index.fields.count(name) > 1)
            return fail(
                ErrorCode::InvalidMeta,
                DoctypeeditsTr::tr("an index lists \"%1\" twice; list each field once").arg(name));
    }
    if (!index.name.isEmpty() && !identifier.match(index.name).hasMatch()) {
        return fail(ErrorCode::InvalidMeta,
                    DoctypeeditsTr::tr("index name \"%1\" is not an SQL identifier; use lowercase "
                                       "letters, digits and '_', e.g. \"idx_status\"")
                        .arg(index.name));
    }
    for (qsizetype i = 0; i < doctype.indexes.size(); ++i) {
        if (i != except && doctype.indexes.at(i).fields == index.fields) {
            return fail(ErrorCode::Duplicate,
                        DoctypeeditsTr::tr("%1 already has an index on %2")
                            .arg(doctype.name, index.fields.join(QStringLiteral(", "))));
        }
    }
    return {};
}

Result<void> checkViewField(const DocType &doctype, const FieldTypeRegistry &types,
                            const QString &fieldname, const QString &what, const QStringList &bases)
{
    if (fieldname.isEmpty())
        return {};
    if (auto ok = checkField(doctype, fieldname, what); !ok)
        return ok;
    const FieldTypeInfo info = types.type(doctype.field(fieldname)->fieldtype);
    if (bases.isEmpty() || bases.contains(info.base))
        return {};
    return fail(ErrorCode::InvalidMeta, DoctypeeditsTr::tr("%1 names %2 field \"%3\"; name a field "
                                                           "of type %4")
                                            .arg(what, doctype.field(fieldname)->fieldtype,
                                                 fieldname, bases.join(QStringLiteral(" or "))));
}

} // namespace

const QStringList &docTypeSettingKeys()
{
    static const QStringList keys{
        QStringLiteral("module"),         QStringLiteral("label"),
        QStringLiteral("description"),    QStringLiteral("naming"),
        QStringLiteral("is_submittable"), QStringLiteral("is_child"),
        QStringLiteral("is_single"),      QStringLiteral("track_changes"),
        QStringLiteral("api_resource"),   QStringLiteral("concurrency"),
        QStringLiteral("title_field"),    QStringLiteral("search_fields"),
        QStringLiteral("sort"),           QStringLiteral("rls_field"),
    };
    return keys;
}

QJsonValue docTypeSetting(const DocType &doctype, const QString &key)
{
    DocType copy = doctype;
    if (bool *b = flag(copy, key))
        return *b;
    const auto orUndefined = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(s);
    };
    if (QString *s = text(copy, key))
        return orUndefined(*s);
    if (key == QLatin1String("naming"))
        return namingText(doctype.naming);
    if (key == QLatin1String("concurrency"))
        return doctype.concurrency == Concurrency::None ? QStringLiteral("none")
                                                        : QStringLiteral("optimistic");
    if (key == QLatin1String("title_field"))
        return orUndefined(doctype.titleField);
    if (key == QLatin1String("rls_field"))
        return orUndefined(doctype.rlsField);
    if (key == QLatin1String("search_fields"))
        return QJsonArray::fromStringList(doctype.searchFields);
    if (key == QLatin1String("sort"))
        return doctype.sortField +
               (doctype.sortDescending ? QStringLiteral(" desc") : QStringLiteral(" asc"));
    return QJsonValue(QJsonValue::Undefined);
}

Result<DocType> setDocTypeSetting(const DocType &doctype, const QString &key,
                                  const QJsonValue &value)
{
    if (!docTypeSettingKeys().contains(key)) {
        return fail(ErrorCode::InvalidMeta,
                    withHint(DoctypeeditsTr::tr("\"%1\" is not a DocType setting").arg(key),
                             key == QLatin1String("name")
                                 ? DoctypeeditsTr::tr("a DocType is renamed with its own operation")
                                 : loader::suggestion(key, docTypeSettingKeys())));
    }
    DocType edited = doctype;
    const bool clear = value.isNull() || value.isUndefined();
    if (bool *b = flag(edited, key)) {
        const std::optional<bool> given = loader::flagValue(value);
        if (!given && !clear)
            return fail(wrongType(key, DoctypeeditsTr::tr("true or false (or 0 or 1)"), value));
        *b = given.value_or(false);
        if (edited.isChild && (edited.isSubmittable || edited.isSingle)) {
            return fail(ErrorCode::InvalidMeta,
                        DoctypeeditsTr::tr("a child DocType cannot also be %1; clear \"%2\" first")
                            .arg(edited.isSubmittable ? QStringLiteral("submittable")
                                                      : QStringLiteral("single"),
                                 key == QLatin1String("is_child")
                                     ? (edited.isSubmittable ? QStringLiteral("is_submittable")
                                                             : QStringLiteral("is_single"))
                                     : QStringLiteral("is_child")));
        }
        return edited;
    }
    if (key == QLatin1String("search_fields")) {
        if (!value.isArray() && !clear)
            return fail(wrongType(key, DoctypeeditsTr::tr("a list of fieldnames"), value));
        QStringList names;
        for (const QJsonValue &name : value.toArray()) {
            if (auto ok = checkField(doctype, name.toString(), QStringLiteral("\"search_fields\""));
                !ok)
                return fail(ok.error());
            if (!names.contains(name.toString()))
                names << name.toString();
        }
        edited.searchFields = names;
        return edited;
    }
    if (!value.isString() && !clear)
        return fail(wrongType(key, DoctypeeditsTr::tr("a string"), value));
    const QString string = value.toString();
    if (QString *s = text(edited, key)) {
        *s = string;
    } else if (key == QLatin1String("naming")) {
        auto naming = parseNaming(doctype, string.trimmed());
        if (!naming)
            return fail(naming.error());
        edited.naming = *naming;
    } else if (key == QLatin1String("concurrency")) {
        if (!string.isEmpty() && string != QLatin1String("optimistic") &&
            string != QLatin1String("none")) {
            return fail(ErrorCode::InvalidMeta,
                        DoctypeeditsTr::tr("unknown concurrency \"%1\"; use \"optimistic\" (the "
                                           "default) or \"none\"")
                            .arg(string));
        }
        edited.concurrency =
            string == QLatin1String("none") ? Concurrency::None : Concurrency::Optimistic;
    } else if (key == QLatin1String("title_field") || key == QLatin1String("rls_field")) {
        const bool title = key == QLatin1String("title_field");
        if (!string.isEmpty()) {
            if (auto ok = checkField(doctype, string, QStringLiteral("\"%1\"").arg(key),
                                     title ? QStringList() : standardColumns());
                !ok)
                return fail(ok.error());
        }
        (title ? edited.titleField : edited.rlsField) = string;
    } else if (key == QLatin1String("sort")) {
        const QStringList words = string.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (string.isEmpty()) {
            edited.sortField = QStringLiteral("modified");
            edited.sortDescending = true;
            return edited;
        }
        if (words.size() != 2 ||
            (words.at(1) != QLatin1String("asc") && words.at(1) != QLatin1String("desc"))) {
            return fail(ErrorCode::InvalidMeta,
                        DoctypeeditsTr::tr("\"sort\" \"%1\" is not \"<field> asc\" or \"<field> "
                                           "desc\"; write e.g. \"modified desc\"")
                            .arg(string));
        }
        if (auto ok =
                checkField(doctype, words.at(0), QStringLiteral("\"sort\""), standardColumns());
            !ok)
            return fail(ok.error());
        edited.sortField = words.at(0);
        edited.sortDescending = words.at(1) == QLatin1String("desc");
    }
    return edited;
}

Result<DocType> addPermissionRule(const DocType &doctype, const PermissionRule &rule)
{
    if (auto ok = checkRule(doctype, rule, -1); !ok)
        return fail(ok.error());
    DocType edited = doctype;
    edited.permissions << rule;
    edited.permissions.last().role = rule.role.trimmed();
    return edited;
}

Result<DocType> setPermissionRule(const DocType &doctype, qsizetype index,
                                  const PermissionRule &rule)
{
    if (auto ok = checkPosition(index, doctype.permissions.size(), DoctypeeditsTr::tr("rule")); !ok)
        return fail(ok.error());
    if (auto ok = checkRule(doctype, rule, index); !ok)
        return fail(ok.error());
    DocType edited = doctype;
    edited.permissions[index] = rule;
    edited.permissions[index].role = rule.role.trimmed();
    // Keep the actions in the file's order so that equal rules write equal text.
    QList<PermissionAction> ordered;
    for (PermissionAction action : allActions()) {
        if (rule.actions.contains(action))
            ordered << action;
    }
    edited.permissions[index].actions = ordered;
    return edited;
}

Result<DocType> removePermissionRule(const DocType &doctype, qsizetype index)
{
    if (auto ok = checkPosition(index, doctype.permissions.size(), DoctypeeditsTr::tr("rule")); !ok)
        return fail(ok.error());
    DocType edited = doctype;
    edited.permissions.removeAt(index);
    return edited;
}

Result<DocType> setPermissionAction(const DocType &doctype, qsizetype index,
                                    PermissionAction action, bool allowed)
{
    if (auto ok = checkPosition(index, doctype.permissions.size(), DoctypeeditsTr::tr("rule")); !ok)
        return fail(ok.error());
    PermissionRule rule = doctype.permissions.at(index);
    rule.actions.removeAll(action);
    if (allowed)
        rule.actions << action;
    return setPermissionRule(doctype, index, rule);
}

Result<DocType> addIndex(const DocType &doctype, const IndexDef &index)
{
    if (auto ok = checkIndex(doctype, index, -1); !ok)
        return fail(ok.error());
    DocType edited = doctype;
    edited.indexes << index;
    return edited;
}

Result<DocType> setIndex(const DocType &doctype, qsizetype position, const IndexDef &index)
{
    if (auto ok = checkPosition(position, doctype.indexes.size(), DoctypeeditsTr::tr("index")); !ok)
        return fail(ok.error());
    if (auto ok = checkIndex(doctype, index, position); !ok)
        return fail(ok.error());
    DocType edited = doctype;
    edited.indexes[position] = index;
    return edited;
}

Result<DocType> removeIndex(const DocType &doctype, qsizetype position)
{
    if (auto ok = checkPosition(position, doctype.indexes.size(), DoctypeeditsTr::tr("index")); !ok)
        return fail(ok.error());
    DocType edited = doctype;
    edited.indexes.removeAt(position);
    return edited;
}

Result<DocType> setViews(const DocType &doctype, const FieldTypeRegistry &types, const Views &views)
{
    for (const QString &column : views.listColumns) {
        if (auto ok =
                checkField(doctype, column, DoctypeeditsTr::tr("the list view"), standardColumns());
            !ok)
            return fail(ok.error());
    }
    const QStringList dates{QStringLiteral("Date"), QStringLiteral("Datetime")};
    const QList<std::tuple<QString, QString, QStringList>> checks{
        {views.kanbanGroupBy,
         DoctypeeditsTr::tr("kanban \"group_by\""),
         {QStringLiteral("Select"), QStringLiteral("Link")}},
        {views.calendarStart, DoctypeeditsTr::tr("calendar \"start_field\""), dates},
        {views.calendarEnd, DoctypeeditsTr::tr("calendar \"end_field\""), dates},
        {views.calendarTitle, DoctypeeditsTr::tr("calendar \"title_field\""), {}},
    };
    for (const auto &[name, what, bases] : checks) {
        if (auto ok = checkViewField(doctype, types, name, what, bases); !ok)
            return fail(ok.error());
    }
    if (views.calendarStart.isEmpty() &&
        (!views.calendarEnd.isEmpty() || !views.calendarTitle.isEmpty())) {
        return fail(ErrorCode::InvalidMeta,
                    DoctypeeditsTr::tr("a calendar view needs a start field before an end or title "
                                       "field; choose the Date field events start on"));
    }
    DocType edited = doctype;
    edited.views = views;
    edited.views.listColumns.removeDuplicates();
    return edited;
}

} // namespace fm::core
