// SPDX-License-Identifier: MIT
// Field and setting properties are compared through the writer's JSON (doctypejson.h), so a
// property added to the format later shows up here under its file key without a change.
#include "meta/doctypediff.h"

#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"
#include "meta/fieldtyperegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace fm::core {

namespace {

struct DoctypediffTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocTypeDiff)
};

} // namespace

namespace {

using Kind = DocTypeChange::Kind;

QString quoted(const QString &name)
{
    return QLatin1Char('`') + name + QLatin1Char('`');
}

// A JSON value as it reads in the file; an absent key is its default, which for a boolean
// is the opposite of a present one (the writer leaves defaults out).
QString show(const QJsonValue &value, const QJsonValue &other)
{
    if (value.isUndefined()) {
        if (other.isBool())
            return other.toBool() ? QStringLiteral("false") : QStringLiteral("true");
        return QStringLiteral("(unset)");
    }
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    QJsonArray wrapper{value};
    QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

// The keys of two objects that differ, in the order of `after`, then `before`'s own.
QStringList changedKeys(const QJsonObject &before, const QJsonObject &after,
                        const QSet<QString> &skip)
{
    QStringList keys;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (!skip.contains(it.key()) && before.value(it.key()) != it.value())
            keys << it.key();
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!skip.contains(it.key()) && !after.contains(it.key()))
            keys << it.key();
    return keys;
}

// before fieldname -> after fieldname for the renames recorded for this DocType, chained
// in the order they apply (a -> b, then b -> c gives a -> c).
QMap<QString, QString> recordedRenames(const DocType &before, const DocType &after,
                                       const QList<RenameRecord> &renames)
{
    QMap<QString, QString> map;
    for (const RenameRecord &record : RenameLog::ordered(renames)) {
        if (record.kind != RenameRecord::Kind::Field ||
            (record.doctype != before.name && record.doctype != after.name))
            continue;
        bool chained = false;
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it.value() == record.from) {
                it.value() = record.to;
                chained = true;
            }
        }
        if (!chained && before.hasField(record.from))
            map.insert(record.from, record.to);
    }
    QMap<QString, QString> kept;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (it.key() != it.value() && after.hasField(it.value()) && !after.hasField(it.key()) &&
            !before.hasField(it.value()))
            kept.insert(it.key(), it.value());
    return kept;
}

bool sameDefinition(Field a, Field b)
{
    a.fieldname = b.fieldname;
    a.label = b.label;
    return a == b;
}

void describeOptions(const Field &before, const Field &after, QList<DocTypeChange> &out)
{
    if (before.options == after.options)
        return;
    const QString name = after.fieldname;
    if (before.fieldtype == QLatin1String("Select") && after.fieldtype == QLatin1String("Select")) {
        const QStringList oldChoices = before.selectOptions();
        const QStringList newChoices = after.selectOptions();
        QStringList parts;
        for (const QString &choice : newChoices)
            if (!oldChoices.contains(choice))
                parts << QLatin1Char('+') + choice;
        for (const QString &choice : oldChoices)
            if (!newChoices.contains(choice))
                parts << QLatin1Char('-') + choice;
        if (parts.isEmpty())
            parts << DoctypediffTr::tr("reordered");
        out << DocTypeChange{Kind::OptionsChanged, name,
                             DoctypediffTr::tr("%1 options changed: %2")
                                 .arg(quoted(name), parts.join(QLatin1Char(' ')))};
        return;
    }
    out << DocTypeChange{Kind::OptionsChanged, name,
                         DoctypediffTr::tr("%1 options changed: %2 -> %3")
                             .arg(quoted(name), show(before.options, QJsonValue()),
                                  show(after.options, QJsonValue()))};
}

void describeField(const Field &before, const Field &after, QList<DocTypeChange> &out)
{
    describeOptions(before, after, out);
    const QJsonObject a = toJson(before);
    const QJsonObject b = toJson(after);
    const QSet<QString> skip{QStringLiteral("fieldname"), QStringLiteral("options")};
    for (const QString &key : changedKeys(a, b, skip))
        out << DocTypeChange{Kind::FieldChanged, after.fieldname,
                             QStringLiteral("%1 %2: %3 -> %4")
                                 .arg(quoted(after.fieldname), key,
                                      show(a.value(key), b.value(key)),
                                      show(b.value(key), a.value(key)))};
}

// The longest common subsequence of two name lists: the names that kept their order.
QSet<QString> keptInOrder(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> length(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            length[i][j] =
                a[i] == b[j] ? length[i + 1][j + 1] + 1 : qMax(length[i + 1][j], length[i][j + 1]);
    QSet<QString> kept;
    for (qsizetype i = 0, j = 0; i < n && j < m;) {
        if (a[i] == b[j]) {
            kept.insert(a[i]);
            ++i;
            ++j;
        } else if (length[i + 1][j] >= length[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

void describeFields(const DocType &before, const DocType &after, const QList<RenameRecord> &renames,
                    QList<DocTypeChange> &out)
{
    QMap<QString, QString> renamed = recordedRenames(before, after, renames);
    QStringList removed;
    QStringList added;
    for (const Field &field : before.fields)
        if (!after.hasField(field.fieldname) && !renamed.contains(field.fieldname))
            removed << field.fieldname;
    const QStringList renamedTo = renamed.values();
    for (const Field &field : after.fields)
        if (!before.hasField(field.fieldname) && !renamedTo.contains(field.fieldname))
            added << field.fieldname;

    // Renames that were not recorded: same definition, same place.
    QMap<QString, QString> guessed;
    for (const QString &old : removed) {
        const qsizetype at = before.fieldnames().indexOf(old);
        for (const QString &now : added) {
            if (after.fieldnames().indexOf(now) == at &&
                sameDefinition(*before.field(old), *after.field(now))) {
                guessed.insert(old, now);
                break;
            }
        }
    }
    for (auto it = guessed.cbegin(); it != guessed.cend(); ++it) {
        removed.removeAll(it.key());
        added.removeAll(it.value());
    }

    for (const QString &name : added) {
        const Field *field = after.field(name);
        out << DocTypeChange{
            Kind::FieldAdded, name,
            DoctypediffTr::tr("field %1 added (%2)").arg(quoted(name), field->fieldtype)};
    }
    for (const QString &name : removed)
        out << DocTypeChange{Kind::FieldRemoved, name,
                             DoctypediffTr::tr("field %1 removed").arg(quoted(name))};
    for (auto it = renamed.cbegin(); it != renamed.cend(); ++it)
        out << DocTypeChange{
            Kind::FieldRenamed, it.value(),
            DoctypediffTr::tr("field %1 renamed to %2").arg(quoted(it.key()), quoted(it.value()))};
    for (auto it = guessed.cbegin(); it != guessed.cend(); ++it)
        out << DocTypeChange{
            Kind::FieldRenamed, it.value(),
            DoctypediffTr::tr("field %1 renamed to %2, not recorded in renames.json: "
                              "a migration drops %1 and its data; rename it with "
                              "`m rename field` or the designer instead")
                .arg(quoted(it.key()), quoted(it.value()))};

    // Moves: the fields both sides have, named as after, in each side's order.
    QMap<QString, QString> toAfter = renamed;
    for (auto it = guessed.cbegin(); it != guessed.cend(); ++it)
        toAfter.insert(it.key(), it.value());
    QStringList oldOrder;
    for (const Field &field : before.fields) {
        const QString name = toAfter.value(field.fieldname, field.fieldname);
        if (after.hasField(name))
            oldOrder << name;
    }
    QStringList newOrder;
    for (const Field &field : after.fields)
        if (oldOrder.contains(field.fieldname))
            newOrder << field.fieldname;
    const QSet<QString> kept = keptInOrder(oldOrder, newOrder);
    for (qsizetype i = 0; i < newOrder.size(); ++i) {
        if (kept.contains(newOrder[i]))
            continue;
        const QString where = i == 0 ? DoctypediffTr::tr("to the top")
                                     : DoctypediffTr::tr("after %1").arg(quoted(newOrder[i - 1]));
        out << DocTypeChange{
            Kind::FieldMoved, newOrder[i],
            DoctypediffTr::tr("field %1 moved %2").arg(quoted(newOrder[i]), where)};
    }

    for (const Field &field : before.fields) {
        const QString name = toAfter.value(field.fieldname, field.fieldname);
        if (const Field *now = after.field(name))
            describeField(field, *now, out);
    }
}

QString sectionName(const LayoutSection &section, qsizetype index)
{
    return section.label.isEmpty() ? DoctypediffTr::tr("section %1").arg(index + 1)
                                   : QLatin1Char('"') + section.label + QLatin1Char('"');
}

// fieldname -> "section \"Details\", column 2"
QMap<QString, QString> placements(const QList<LayoutSection> &layout)
{
    QMap<QString, QString> out;
    for (qsizetype s = 0; s < layout.size(); ++s)
        for (qsizetype c = 0; c < layout[s].columns.size(); ++c)
            for (const QString &name : layout[s].columns[c])
                out.insert(
                    name,
                    DoctypediffTr::tr("%1, column %2").arg(sectionName(layout[s], s)).arg(c + 1));
    return out;
}

// The layout of `doctype` keeping only the fields the other side has too, named as after
// the renames (`toAfter`: before name -> after name): what is left differs only by moves.
QList<LayoutSection> sharedLayout(const DocType &doctype, const DocType &other,
                                  const QMap<QString, QString> &toAfter, bool isAfter)
{
    QList<LayoutSection> layout = doctype.layout;
    for (LayoutSection &section : layout) {
        for (QStringList &column : section.columns) {
            QStringList kept;
            for (const QString &name : column) {
                const QString otherName =
                    isAfter ? toAfter.key(name, name) : toAfter.value(name, name);
                if (other.hasField(otherName))
                    kept << (isAfter ? name : otherName);
            }
            column = kept;
        }
    }
    return layout;
}

void describeLayout(const DocType &before, const DocType &after,
                    const QMap<QString, QString> &toAfter, QList<DocTypeChange> &out)
{
    if (before.layout == after.layout)
        return;
    const qsizetype first = out.size();
    QStringList oldSections;
    for (qsizetype i = 0; i < before.layout.size(); ++i)
        oldSections << sectionName(before.layout[i], i);
    QStringList newSections;
    for (qsizetype i = 0; i < after.layout.size(); ++i)
        newSections << sectionName(after.layout[i], i);
    if (oldSections != newSections)
        out << DocTypeChange{Kind::LayoutChanged,
                             {},
                             DoctypediffTr::tr("layout sections: %1 -> %2")
                                 .arg(oldSections.join(QStringLiteral(", ")),
                                      newSections.join(QStringLiteral(", ")))};
    for (qsizetype i = 0; i < qMin(before.layout.size(), after.layout.size()); ++i) {
        if (before.layout[i].collapsible != after.layout[i].collapsible)
            out << DocTypeChange{
                Kind::LayoutChanged, newSections[i],
                DoctypediffTr::tr("layout: %1 %2")
                    .arg(newSections[i], after.layout[i].collapsible
                                             ? DoctypediffTr::tr("made collapsible")
                                             : DoctypediffTr::tr("no longer collapsible"))};
    }
    const QMap<QString, QString> oldPlaces = placements(before.layout);
    const QMap<QString, QString> newPlaces = placements(after.layout);
    for (const Field &field : after.fields) {
        const QString name = field.fieldname;
        const QString oldName = toAfter.key(name, name);
        if (!before.hasField(oldName))
            continue; // an added field's place comes with it
        const QString was = oldPlaces.value(oldName);
        const QString now = newPlaces.value(name);
        if (was == now)
            continue;
        out << DocTypeChange{
            Kind::LayoutChanged, name,
            now.isEmpty() ? DoctypediffTr::tr("layout: %1 taken off the form").arg(quoted(name))
                          : DoctypediffTr::tr("layout: %1 moved to %2").arg(quoted(name), now)};
    }
    if (out.size() == first &&
        sharedLayout(before, after, toAfter, false) != sharedLayout(after, before, toAfter, true))
        out << DocTypeChange{Kind::LayoutChanged,
                             {},
                             DoctypediffTr::tr("layout: the order of fields in a column changed")};
}

QString permissionKey(const PermissionRule &rule)
{
    QString key = rule.role;
    if (rule.permlevel != 0)
        key += DoctypediffTr::tr(" (level %1)").arg(rule.permlevel);
    if (rule.ifOwner)
        key += DoctypediffTr::tr(" (if owner)");
    return key;
}

QStringList actionNames(const QList<PermissionAction> &actions)
{
    QStringList names;
    for (PermissionAction action : allActions())
        if (actions.contains(action))
            names << actionName(action);
    return names;
}

void describePermissions(const DocType &before, const DocType &after, QList<DocTypeChange> &out)
{
    QMap<QString, PermissionRule> oldRules;
    for (const PermissionRule &rule : before.permissions)
        oldRules.insert(permissionKey(rule), rule);
    QMap<QString, PermissionRule> newRules;
    for (const PermissionRule &rule : after.permissions)
        newRules.insert(permissionKey(rule), rule);
    for (auto it = newRules.cbegin(); it != newRules.cend(); ++it) {
        const auto old = oldRules.constFind(it.key());
        if (old == oldRules.cend()) {
            out << DocTypeChange{
                Kind::PermissionChanged, it.key(),
                DoctypediffTr::tr("permission for %1 added: %2")
                    .arg(it.key(), actionNames(it->actions).join(QStringLiteral(", ")))};
            continue;
        }
        QStringList parts;
        for (PermissionAction action : allActions()) {
            if (it->allows(action) && !old->allows(action))
                parts << QLatin1Char('+') + actionName(action);
            else if (!it->allows(action) && old->allows(action))
                parts << QLatin1Char('-') + actionName(action);
        }
        if (!parts.isEmpty())
            out << DocTypeChange{Kind::PermissionChanged, it.key(),
                                 DoctypediffTr::tr("permission for %1: %2")
                                     .arg(it.key(), parts.join(QLatin1Char(' ')))};
    }
    for (auto it = oldRules.cbegin(); it != oldRules.cend(); ++it)
        if (!newRules.contains(it.key()))
            out << DocTypeChange{Kind::PermissionChanged, it.key(),
                                 DoctypediffTr::tr("permission for %1 removed").arg(it.key())};
}

void describeObject(const QJsonObject &a, const QJsonObject &b, const QString &prefix,
                    const QSet<QString> &skip, QList<DocTypeChange> &out)
{
    for (const QString &key : changedKeys(a, b, skip)) {
        const QString name = prefix + key;
        if (a.value(key).isObject() && b.value(key).isObject()) {
            describeObject(a.value(key).toObject(), b.value(key).toObject(),
                           name + QLatin1Char('.'), {}, out);
            continue;
        }
        out << DocTypeChange{
            Kind::SettingChanged, name,
            QStringLiteral("%1: %2 -> %3")
                .arg(name, show(a.value(key), b.value(key)), show(b.value(key), a.value(key)))};
    }
}

// DocType-level properties by their file keys; objects ("views") key by key.
void describeSettings(const DocType &before, const DocType &after, QList<DocTypeChange> &out)
{
    const QSet<QString> skip{QStringLiteral("fields"), QStringLiteral("layout"),
                             QStringLiteral("permissions"), QStringLiteral("$schema"),
                             QStringLiteral("format_version")};
    describeObject(toJson(before), toJson(after), {}, skip, out);
}

} // namespace

QStringList DocTypeDiff::lines() const
{
    QStringList out;
    for (const DocTypeChange &change : changes)
        out << change.text;
    return out;
}

DocTypeDiff diffDocTypes(const DocType &before, const DocType &after,
                         const QList<RenameRecord> &renames)
{
    DocTypeDiff diff;
    diff.doctype = after.isValid() ? after.name : before.name;
    if (!before.isValid() && !after.isValid())
        return diff;
    if (!before.isValid()) {
        diff.changes << DocTypeChange{Kind::DocTypeAdded, after.name,
                                      DoctypediffTr::tr("DocType %1 added with %2 fields")
                                          .arg(after.name)
                                          .arg(after.fields.size())};
        return diff;
    }
    if (!after.isValid()) {
        diff.changes << DocTypeChange{Kind::DocTypeRemoved, before.name,
                                      DoctypediffTr::tr("DocType %1 removed").arg(before.name)};
        return diff;
    }
    describeFields(before, after, renames, diff.changes);
    QMap<QString, QString> toAfter = recordedRenames(before, after, renames);
    for (const DocTypeChange &change : diff.changes)
        if (change.kind == Kind::FieldRenamed && !toAfter.values().contains(change.subject)) {
            const QString old = change.text.section(QLatin1Char('`'), 1, 1);
            toAfter.insert(old, change.subject);
        }
    describeLayout(before, after, toAfter, diff.changes);
    describePermissions(before, after, diff.changes);
    describeSettings(before, after, diff.changes);
    return diff;
}

Result<DocTypeDiff> diffDocTypeTexts(const QByteArray &before, const QByteArray &after,
                                     const QString &fileName, const QList<RenameRecord> &renames,
                                     const FieldTypeRegistry *types)
{
    static const FieldTypeRegistry builtins;
    const DocTypeLoader loader(types ? *types : builtins);
    auto load = [&](const QByteArray &text, const QString &side) -> Result<DocType> {
        if (text.trimmed().isEmpty())
            return DocType();
        Diagnostics diagnostics;
        std::optional<DocType> doctype = loader.loadJson(text, fileName, diagnostics);
        if (!doctype || !doctype->isValid()) {
            QString reason;
            for (const Diagnostic &d : diagnostics)
                if (d.severity == Diagnostic::Severity::Error) {
                    reason = d.message;
                    break;
                }
            return fail(
                ErrorCode::InvalidMeta,
                DoctypediffTr::tr("%1 (%2) is not a DocType%3: fix the file, then compare again")
                    .arg(fileName, side, reason.isEmpty() ? QString() : ": " + reason));
        }
        return *doctype;
    };
    auto a = load(before, DoctypediffTr::tr("before"));
    if (!a)
        return fail(a.error());
    auto b = load(after, DoctypediffTr::tr("after"));
    if (!b)
        return fail(b.error());
    return diffDocTypes(*a, *b, renames);
}

bool isDocTypePath(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral("(^|/)apps/[^/]+/doctypes/([^/]+)/\\2\\.json$"));
    return pattern.match(QString(path).replace(QLatin1Char('\\'), QLatin1Char('/'))).hasMatch();
}

} // namespace fm::core
