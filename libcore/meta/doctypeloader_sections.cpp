// SPDX-License-Identifier: MIT
#include "meta/doctypeloader_p.h"

#include "common/textdistance.h"
#include "meta/namingpattern.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace fm::core::loader {

namespace {

struct DoctypeloaderSectionsTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocTypeLoader)
};

} // namespace

namespace {

// Standard columns that sort and rls_field may name besides the declared fields.
const QStringList &sortableColumns()
{
    static const QStringList columns{QStringLiteral("name"), QStringLiteral("owner"),
                                     QStringLiteral("creation"), QStringLiteral("modified")};
    return columns;
}

// Reports `fieldname` at `pointer` when it is neither a field nor one of `extra`.
bool checkReference(Context &context, const DocType &doctype, const QString &fieldname,
                    const QString &pointer, const QString &what, const QStringList &extra = {})
{
    if (doctype.hasField(fieldname) || extra.contains(fieldname))
        return true;
    context.error(
        pointer, QStringLiteral("unknown-field"),
        DoctypeloaderSectionsTr::tr("%1 names \"%2\", which is not a field of this DocType")
            .arg(what, fieldname),
        suggestion(fieldname, doctype.fieldnames() + extra));
    return false;
}

void checkReferences(Context &context, const DocType &doctype, const QStringList &names,
                     const QList<qsizetype> &indexes, const QString &arrayPointer,
                     const QString &what, const QStringList &extra = {})
{
    for (qsizetype i = 0; i < names.size(); ++i)
        checkReference(context, doctype, names.at(i),
                       JsonSource::child(arrayPointer, indexes.at(i)), what, extra);
}

// A view field must exist and be of one of `types` (base types).
void checkViewField(Context &context, const FieldTypeRegistry &types, const DocType &doctype,
                    const QString &fieldname, const QString &pointer, const QString &what,
                    const QStringList &allowedTypes)
{
    if (!checkReference(context, doctype, fieldname, pointer, what))
        return;
    const FieldTypeInfo info = types.type(doctype.field(fieldname)->fieldtype);
    if (info.isValid() && !allowedTypes.contains(info.base)) {
        context.error(
            pointer, QStringLiteral("invalid-view-field"),
            DoctypeloaderSectionsTr::tr("%1 names %2 field \"%3\"").arg(what, info.name, fieldname),
            DoctypeloaderSectionsTr::tr("name a field of type %1")
                .arg(allowedTypes.join(QStringLiteral(" or "))));
    }
}

} // namespace

void loadNaming(Context &context, const QJsonObject &root, DocType &doctype)
{
    const std::optional<QString> naming = context.string(root, QString(), QStringLiteral("naming"));
    if (!naming)
        return;
    const QString at = QStringLiteral("/naming");
    const qsizetype colon = naming->indexOf(QLatin1Char(':'));
    const QString rule = colon < 0 ? *naming : naming->left(colon);
    const QString argument = colon < 0 ? QString() : naming->mid(colon + 1);
    if (*naming == QLatin1String("uuid")) {
        doctype.naming.rule = Naming::Rule::Uuid;
    } else if (*naming == QLatin1String("prompt")) {
        doctype.naming.rule = Naming::Rule::Prompt;
    } else if (rule == QLatin1String("field") && colon >= 0) {
        doctype.naming.rule = Naming::Rule::Field;
        doctype.naming.field = argument.trimmed();
        checkReference(context, doctype, doctype.naming.field, at, QStringLiteral("\"naming\""));
    } else if (rule == QLatin1String("series") && colon >= 0) {
        doctype.naming.rule = Naming::Rule::Series;
        doctype.naming.pattern = argument;
        const auto pattern = NamingPattern::parse(argument, doctype.fieldnames());
        if (!pattern) {
            context.error(at, QStringLiteral("invalid-naming-pattern"), pattern.error().message(),
                          DoctypeloaderSectionsTr::tr(
                              "date parts are YYYY, YY, MM, DD; the counter is one run "
                              "of '#'; parts are separated by '.', e.g. "
                              "\"series:INV-.YYYY.-.#####\""));
        }
    } else {
        const QString guess =
            closestMatch(rule, {QStringLiteral("uuid"), QStringLiteral("prompt"),
                                QStringLiteral("field"), QStringLiteral("series")});
        context.error(
            at, QStringLiteral("invalid-naming"),
            DoctypeloaderSectionsTr::tr("unknown naming rule \"%1\"").arg(*naming),
            DoctypeloaderSectionsTr::tr("use \"uuid\", \"prompt\", \"field:<fieldname>\" or "
                                        "\"series:<pattern>\"%1")
                .arg(guess.isEmpty()
                         ? QString()
                         : QStringLiteral("; ") +
                               DoctypeloaderSectionsTr::tr("did you mean \"%1\"?").arg(guess)));
    }
}

void loadLayout(Context &context, const QJsonObject &root, DocType &doctype)
{
    const std::optional<QJsonArray> sections =
        context.array(root, QString(), QStringLiteral("layout"));
    if (!sections) {
        if (!root.contains(QStringLiteral("layout")) && !doctype.fields.isEmpty())
            doctype.layout = {LayoutSection{QString(), false, {doctype.fieldnames()}}};
        return;
    }
    const QString layoutPointer = QStringLiteral("/layout");
    static const QStringList keys{QStringLiteral("label"), QStringLiteral("collapsible"),
                                  QStringLiteral("columns")};
    QHash<QString, QString> placed; // fieldname -> pointer of its first place
    for (qsizetype s = 0; s < sections->size(); ++s) {
        const QString pointer = JsonSource::child(layoutPointer, s);
        if (!context.expect(sections->at(s), QJsonValue::Object, pointer,
                            DoctypeloaderSectionsTr::tr("each layout section")))
            continue;
        const QJsonObject object = sections->at(s).toObject();
        context.checkKeys(object, pointer, keys, DoctypeloaderSectionsTr::tr("layout section"));
        LayoutSection section;
        section.label =
            context.string(object, pointer, QStringLiteral("label")).value_or(QString());
        section.collapsible =
            context.boolean(object, pointer, QStringLiteral("collapsible")).value_or(false);
        context.require(object, pointer, QStringLiteral("columns"),
                        DoctypeloaderSectionsTr::tr("this layout section"),
                        QStringLiteral("[[\"fieldname\", ...], ...]"));
        const QJsonArray columns =
            context.array(object, pointer, QStringLiteral("columns")).value_or(QJsonArray());
        const QString columnsPointer = JsonSource::child(pointer, QStringLiteral("columns"));
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString columnPointer = JsonSource::child(columnsPointer, c);
            if (!context.expect(columns.at(c), QJsonValue::Array, columnPointer,
                                DoctypeloaderSectionsTr::tr("each layout column")))
                continue;
            const QJsonArray names = columns.at(c).toArray();
            QStringList column;
            for (qsizetype i = 0; i < names.size(); ++i) {
                const QString namePointer = JsonSource::child(columnPointer, i);
                if (!context.expect(names.at(i), QJsonValue::String, namePointer,
                                    DoctypeloaderSectionsTr::tr("each entry of a layout column")))
                    continue;
                const QString name = names.at(i).toString();
                if (!doctype.hasField(name)) {
                    context.error(namePointer, QStringLiteral("layout-unknown-field"),
                                  DoctypeloaderSectionsTr::tr(
                                      "the layout places \"%1\", which is not a field "
                                      "of this DocType")
                                      .arg(name),
                                  suggestion(name, doctype.fieldnames()));
                    continue;
                }
                if (placed.contains(name)) {
                    context.error(
                        namePointer, QStringLiteral("layout-duplicate-field"),
                        DoctypeloaderSectionsTr::tr("the layout places \"%1\" a second time (first "
                                                    "on line %2)")
                            .arg(name)
                            .arg(context.location(placed.value(name)).line),
                        DoctypeloaderSectionsTr::tr("remove one of the two places"));
                    continue;
                }
                placed.insert(name, namePointer);
                column << name;
            }
            section.columns << column;
        }
        doctype.layout << section;
    }
    QStringList missing;
    for (const QString &name : doctype.fieldnames()) {
        if (!placed.contains(name) && !missing.contains(name))
            missing << name;
    }
    if (!missing.isEmpty()) {
        context.error(
            layoutPointer, QStringLiteral("layout-missing-fields"),
            DoctypeloaderSectionsTr::tr("the layout leaves out %1: %2")
                .arg(missing.size() == 1 ? DoctypeloaderSectionsTr::tr("a field")
                                         : DoctypeloaderSectionsTr::tr("fields"),
                     missing.join(QStringLiteral(", "))),
            DoctypeloaderSectionsTr::tr("place every field in a column of a section, or remove "
                                        "\"layout\" to show the fields in their order"));
    }
}

void loadPermissions(Context &context, const QJsonObject &root, DocType &doctype)
{
    const std::optional<QJsonArray> rules =
        context.array(root, QString(), QStringLiteral("permissions"));
    if (!rules)
        return;
    QStringList keys{QStringLiteral("role"), QStringLiteral("permlevel"),
                     QStringLiteral("if_owner")};
    for (PermissionAction action : allActions())
        keys << actionName(action);
    for (qsizetype r = 0; r < rules->size(); ++r) {
        const QString pointer = JsonSource::child(QStringLiteral("/permissions"), r);
        if (!context.expect(rules->at(r), QJsonValue::Object, pointer,
                            DoctypeloaderSectionsTr::tr("each permission rule")))
            continue;
        const QJsonObject object = rules->at(r).toObject();
        context.checkKeys(object, pointer, keys, DoctypeloaderSectionsTr::tr("permission rule"));
        PermissionRule rule;
        context.require(object, pointer, QStringLiteral("role"),
                        DoctypeloaderSectionsTr::tr("this permission rule"),
                        QStringLiteral("\"System Manager\""));
        rule.role = context.string(object, pointer, QStringLiteral("role")).value_or(QString());
        if (object.contains(QStringLiteral("role")) && rule.role.trimmed().isEmpty() &&
            object.value(QStringLiteral("role")).isString()) {
            context.error(JsonSource::child(pointer, QStringLiteral("role")),
                          QStringLiteral("invalid-value"),
                          DoctypeloaderSectionsTr::tr("\"role\" is empty"),
                          DoctypeloaderSectionsTr::tr("name the role this rule grants to"));
        }
        rule.ifOwner = context.boolean(object, pointer, QStringLiteral("if_owner")).value_or(false);
        if (const auto level = context.integer(object, pointer, QStringLiteral("permlevel"))) {
            rule.permlevel = *level;
            checkPermlevel(context, JsonSource::child(pointer, QStringLiteral("permlevel")),
                           *level);
        }
        for (PermissionAction action : allActions()) {
            if (context.boolean(object, pointer, actionName(action)).value_or(false))
                rule.actions << action;
        }
        if (!rule.role.isEmpty())
            doctype.permissions << rule;
    }
}

void loadIndexes(Context &context, const QJsonObject &root, DocType &doctype)
{
    const std::optional<QJsonArray> indexes =
        context.array(root, QString(), QStringLiteral("indexes"));
    if (!indexes)
        return;
    static const QStringList keys{QStringLiteral("fields"), QStringLiteral("unique"),
                                  QStringLiteral("name")};
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    for (qsizetype i = 0; i < indexes->size(); ++i) {
        const QString pointer = JsonSource::child(QStringLiteral("/indexes"), i);
        if (!context.expect(indexes->at(i), QJsonValue::Object, pointer,
                            DoctypeloaderSectionsTr::tr("each index")))
            continue;
        const QJsonObject object = indexes->at(i).toObject();
        context.checkKeys(object, pointer, keys, QStringLiteral("index"));
        IndexDef index;
        index.unique = context.boolean(object, pointer, QStringLiteral("unique")).value_or(false);
        index.name = context.string(object, pointer, QStringLiteral("name")).value_or(QString());
        if (!index.name.isEmpty() && !identifier.match(index.name).hasMatch()) {
            context.error(JsonSource::child(pointer, QStringLiteral("name")),
                          QStringLiteral("invalid-value"),
                          DoctypeloaderSectionsTr::tr("index name \"%1\" is not a SQL identifier")
                              .arg(index.name),
                          DoctypeloaderSectionsTr::tr(
                              "use lowercase letters, digits and '_', e.g. \"idx_status\""));
        }
        context.require(object, pointer, QStringLiteral("fields"),
                        DoctypeloaderSectionsTr::tr("this index"),
                        QStringLiteral("[\"fieldname\"]"));
        QList<qsizetype> positions;
        index.fields = context.stringList(object, pointer, QStringLiteral("fields"), &positions)
                           .value_or(QStringList());
        const QString fieldsPointer = JsonSource::child(pointer, QStringLiteral("fields"));
        if (object.value(QStringLiteral("fields")).isArray() &&
            object.value(QStringLiteral("fields")).toArray().isEmpty()) {
            context.error(
                fieldsPointer, QStringLiteral("invalid-value"),
                DoctypeloaderSectionsTr::tr("the index has no fields"),
                DoctypeloaderSectionsTr::tr("list the fields to index, e.g. [\"status\"]"));
        }
        checkReferences(context, doctype, index.fields, positions, fieldsPointer,
                        DoctypeloaderSectionsTr::tr("an index"), reservedFieldnames());
        doctype.indexes << index;
    }
}

void loadViews(Context &context, const FieldTypeRegistry &types, const QJsonObject &root,
               DocType &doctype)
{
    const std::optional<QJsonObject> views =
        context.object(root, QString(), QStringLiteral("views"));
    if (!views)
        return;
    const QString at = QStringLiteral("/views");
    context.checkKeys(
        *views, at, {QStringLiteral("list"), QStringLiteral("kanban"), QStringLiteral("calendar")},
        DoctypeloaderSectionsTr::tr("\"views\" object"));
    if (const auto list = context.object(*views, at, QStringLiteral("list"))) {
        const QString pointer = at + QStringLiteral("/list");
        context.checkKeys(*list, pointer, {QStringLiteral("columns")},
                          DoctypeloaderSectionsTr::tr("list view"));
        QList<qsizetype> positions;
        doctype.views.listColumns =
            context.stringList(*list, pointer, QStringLiteral("columns"), &positions)
                .value_or(QStringList());
        checkReferences(context, doctype, doctype.views.listColumns, positions,
                        pointer + QStringLiteral("/columns"),
                        DoctypeloaderSectionsTr::tr("the list view"), sortableColumns());
    }
    if (const auto kanban = context.object(*views, at, QStringLiteral("kanban"))) {
        const QString pointer = at + QStringLiteral("/kanban");
        context.checkKeys(*kanban, pointer, {QStringLiteral("group_by")},
                          DoctypeloaderSectionsTr::tr("kanban view"));
        context.require(*kanban, pointer, QStringLiteral("group_by"),
                        DoctypeloaderSectionsTr::tr("the kanban view"),
                        QStringLiteral("\"status\""));
        doctype.views.kanbanGroupBy =
            context.string(*kanban, pointer, QStringLiteral("group_by")).value_or(QString());
        if (!doctype.views.kanbanGroupBy.isEmpty())
            checkViewField(context, types, doctype, doctype.views.kanbanGroupBy,
                           pointer + QStringLiteral("/group_by"), QStringLiteral("\"group_by\""),
                           {QStringLiteral("Select"), QStringLiteral("Link")});
    }
    if (const auto calendar = context.object(*views, at, QStringLiteral("calendar"))) {
        const QString pointer = at + QStringLiteral("/calendar");
        context.checkKeys(*calendar, pointer,
                          {QStringLiteral("start_field"), QStringLiteral("end_field"),
                           QStringLiteral("title_field")},
                          DoctypeloaderSectionsTr::tr("calendar view"));
        context.require(*calendar, pointer, QStringLiteral("start_field"),
                        DoctypeloaderSectionsTr::tr("the calendar view"),
                        QStringLiteral("\"opened_on\""));
        const QStringList dates{QStringLiteral("Date"), QStringLiteral("Datetime")};
        const auto read = [&](const char *key, QString &out, const QStringList &allowed) {
            out = context.string(*calendar, pointer, QLatin1String(key)).value_or(QString());
            if (out.isEmpty())
                return;
            const QString p = JsonSource::child(pointer, QLatin1String(key));
            if (allowed.isEmpty())
                checkReference(context, doctype, out, p,
                               QStringLiteral("\"%1\"").arg(QLatin1String(key)));
            else
                checkViewField(context, types, doctype, out, p,
                               QStringLiteral("\"%1\"").arg(QLatin1String(key)), allowed);
        };
        read("start_field", doctype.views.calendarStart, dates);
        read("end_field", doctype.views.calendarEnd, dates);
        read("title_field", doctype.views.calendarTitle, {});
    }
}

void loadFieldReferences(Context &context, const QJsonObject &root, DocType &doctype)
{
    if (const auto title = context.string(root, QString(), QStringLiteral("title_field"))) {
        doctype.titleField = *title;
        checkReference(context, doctype, *title, QStringLiteral("/title_field"),
                       QStringLiteral("\"title_field\""));
    }
    QList<qsizetype> positions;
    doctype.searchFields =
        context.stringList(root, QString(), QStringLiteral("search_fields"), &positions)
            .value_or(QStringList());
    checkReferences(context, doctype, doctype.searchFields, positions,
                    QStringLiteral("/search_fields"), QStringLiteral("\"search_fields\""));
    if (const auto rls = context.string(root, QString(), QStringLiteral("rls_field"))) {
        doctype.rlsField = *rls;
        checkReference(context, doctype, *rls, QStringLiteral("/rls_field"),
                       QStringLiteral("\"rls_field\""), sortableColumns());
    }
    if (const auto sort = context.string(root, QString(), QStringLiteral("sort"))) {
        const QStringList words = sort->split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool ok = words.size() == 2 && (words.at(1) == QLatin1String("asc") ||
                                              words.at(1) == QLatin1String("desc"));
        if (!ok) {
            context.error(QStringLiteral("/sort"), QStringLiteral("invalid-sort"),
                          DoctypeloaderSectionsTr::tr(
                              "\"sort\" \"%1\" is not \"<field> asc\" or \"<field> desc\"")
                              .arg(*sort),
                          DoctypeloaderSectionsTr::tr("write e.g. \"modified desc\""));
        } else if (checkReference(context, doctype, words.at(0), QStringLiteral("/sort"),
                                  QStringLiteral("\"sort\""), sortableColumns())) {
            doctype.sortField = words.at(0);
            doctype.sortDescending = words.at(1) == QLatin1String("desc");
        }
    }
}

} // namespace fm::core::loader
