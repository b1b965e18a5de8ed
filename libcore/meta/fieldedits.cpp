// SPDX-License-Identifier: MIT
#include "meta/fieldedits.h"

#include "common/textdistance.h"
#include "meta/doctypeloader_p.h"
#include "meta/edits_p.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct FieldeditsTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::FieldEdits)
};

} // namespace

bool edits::isDefaultLayout(const DocType &doctype)
{
    if (doctype.layout.isEmpty())
        return true;
    const LayoutSection &only = doctype.layout.first();
    return doctype.layout.size() == 1 && only.label.isEmpty() && !only.collapsible &&
           only.columns.size() == 1 && only.columns.first() == doctype.fieldnames();
}

QString edits::withHint(const QString &message, const QString &hint)
{
    return hint.isEmpty() ? message : message + QStringLiteral("; ") + hint;
}

Error edits::notAField(const DocType &doctype, const QString &fieldname)
{
    return Error(ErrorCode::NotFound,
                 withHint(FieldeditsTr::tr("%1 has no field \"%2\"").arg(doctype.name, fieldname),
                          loader::suggestion(fieldname, doctype.fieldnames())));
}

namespace {

using edits::isDefaultLayout;
using edits::notAField;
using edits::withHint;

constexpr qsizetype kMaxFieldname = 64;

// Where `fieldname` stands in the layout: section, column, row; false when not placed.
bool findInLayout(const QList<LayoutSection> &layout, const QString &fieldname, qsizetype &s,
                  qsizetype &c, qsizetype &r)
{
    for (s = 0; s < layout.size(); ++s) {
        for (c = 0; c < layout.at(s).columns.size(); ++c) {
            r = layout.at(s).columns.at(c).indexOf(fieldname);
            if (r >= 0)
                return true;
        }
    }
    return false;
}

// Places a new field of an explicit layout beside its neighbours in "fields".
void placeInLayout(DocType &doctype, qsizetype index)
{
    const QString name = doctype.fields.at(index).fieldname;
    qsizetype s = 0, c = 0, r = 0;
    if (index > 0 &&
        findInLayout(doctype.layout, doctype.fields.at(index - 1).fieldname, s, c, r)) {
        doctype.layout[s].columns[c].insert(r + 1, name);
        return;
    }
    if (index + 1 < doctype.fields.size() &&
        findInLayout(doctype.layout, doctype.fields.at(index + 1).fieldname, s, c, r)) {
        doctype.layout[s].columns[c].insert(r, name);
        return;
    }
    if (doctype.layout.last().columns.isEmpty())
        doctype.layout.last().columns << QStringList();
    doctype.layout.last().columns.last() << name;
}

} // namespace

bool isValidFieldname(const QString &fieldname)
{
    return loader::isValidFieldname(fieldname);
}

QString fieldnameFromLabel(const QString &label, const QStringList &taken)
{
    QString ascii;
    QString text = label;
    text.replace(QChar(0x00df), QStringLiteral("ss")); // ß has no decomposition
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 0x80)
            ascii += c;
        else if (c.category() != QChar::Mark_NonSpacing)
            ascii += QLatin1Char(' ');
    }
    QString base = snakeCase(ascii);
    if (base.isEmpty())
        base = QStringLiteral("field");
    else if (!base.at(0).isLetter())
        base.prepend(QStringLiteral("field_"));
    base = base.left(kMaxFieldname);
    const auto isFree = [&](const QString &name) {
        return !taken.contains(name) && !reservedFieldnames().contains(name);
    };
    if (isFree(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral("_%1").arg(n);
        const QString name = base.left(kMaxFieldname - suffix.size()) + suffix;
        if (isFree(name))
            return name;
    }
}

Result<DocType> addField(const DocType &doctype, const FieldTypeRegistry &types, Field field,
                         qsizetype index)
{
    if (!types.contains(field.fieldtype)) {
        return fail(ErrorCode::InvalidMeta,
                    withHint(FieldeditsTr::tr("unknown field type \"%1\"").arg(field.fieldtype),
                             loader::suggestion(field.fieldtype, types.names())));
    }
    if (field.fieldname.isEmpty()) {
        field.fieldname = fieldnameFromLabel(field.label.isEmpty() ? field.fieldtype : field.label,
                                             doctype.fieldnames());
    } else if (!isValidFieldname(field.fieldname)) {
        return fail(ErrorCode::InvalidMeta,
                    FieldeditsTr::tr("\"%1\" is not a valid fieldname; use at most 64 lowercase "
                                     "letters, digits and '_', starting with a letter, e.g. \"%2\"")
                        .arg(field.fieldname, fieldnameFromLabel(field.fieldname, {})));
    } else if (reservedFieldnames().contains(field.fieldname)) {
        return fail(
            ErrorCode::InvalidMeta,
            FieldeditsTr::tr("\"%1\" is a standard column every DocType has; choose "
                             "another fieldname, e.g. \"%2\"")
                .arg(field.fieldname, fieldnameFromLabel(field.fieldname, doctype.fieldnames())));
    } else if (doctype.hasField(field.fieldname)) {
        return fail(ErrorCode::Duplicate,
                    FieldeditsTr::tr("%1 already has a field \"%2\"; choose another fieldname, "
                                     "e.g. \"%3\"")
                        .arg(doctype.name, field.fieldname,
                             fieldnameFromLabel(field.fieldname, doctype.fieldnames())));
    }
    field.location = SourceLocation();
    field.insertAfter.clear();

    DocType edited = doctype;
    const bool defaultLayout = isDefaultLayout(doctype);
    if (index < 0 || index > edited.fields.size())
        index = edited.fields.size();
    edited.fields.insert(index, field);
    if (defaultLayout)
        edited.layout = {LayoutSection{QString(), false, {edited.fieldnames()}}};
    else
        placeInLayout(edited, index);
    return edited;
}

Result<DocType> moveField(const DocType &doctype, const QString &fieldname, qsizetype to)
{
    const qsizetype from = doctype.fieldnames().indexOf(fieldname);
    if (from < 0)
        return fail(notAField(doctype, fieldname));
    if (to < 0 || to >= doctype.fields.size()) {
        return fail(ErrorCode::InvalidMeta,
                    FieldeditsTr::tr("cannot move field \"%1\" to position %2; %3 has %4 fields "
                                     "(positions 0 to %5)")
                        .arg(fieldname)
                        .arg(to)
                        .arg(doctype.name)
                        .arg(doctype.fields.size())
                        .arg(doctype.fields.size() - 1));
    }
    DocType edited = doctype;
    const bool defaultLayout = isDefaultLayout(doctype);
    edited.fields.move(from, to);
    if (defaultLayout && !edited.layout.isEmpty())
        edited.layout.first().columns.first() = edited.fieldnames();
    return edited;
}

Result<DocType> removeField(const DocType &doctype, const QString &fieldname,
                            QStringList *removedReferences)
{
    const qsizetype index = doctype.fieldnames().indexOf(fieldname);
    if (index < 0)
        return fail(notAField(doctype, fieldname));
    DocType edited = doctype;
    QStringList removed;
    edited.fields.removeAt(index);

    for (LayoutSection &section : edited.layout) {
        for (QStringList &column : section.columns) {
            if (column.removeAll(fieldname) > 0)
                removed << QStringLiteral("layout");
        }
    }
    if (edited.views.listColumns.removeAll(fieldname) > 0)
        removed << FieldeditsTr::tr("list view column");
    const auto clear = [&](QString &value, const QString &what) {
        if (value == fieldname) {
            value.clear();
            removed << what;
        }
    };
    clear(edited.views.kanbanGroupBy, FieldeditsTr::tr("kanban group_by"));
    if (edited.views.calendarStart == fieldname) { // a calendar needs its start field
        edited.views.calendarStart.clear();
        edited.views.calendarEnd.clear();
        edited.views.calendarTitle.clear();
        removed << FieldeditsTr::tr("calendar view");
    }
    clear(edited.views.calendarEnd, FieldeditsTr::tr("calendar end_field"));
    clear(edited.views.calendarTitle, FieldeditsTr::tr("calendar title_field"));
    clear(edited.titleField, QStringLiteral("title_field"));
    clear(edited.rlsField, QStringLiteral("rls_field"));
    if (edited.searchFields.removeAll(fieldname) > 0)
        removed << QStringLiteral("search_fields");
    if (edited.sortField == fieldname) {
        edited.sortField = QStringLiteral("modified");
        edited.sortDescending = true;
        removed << FieldeditsTr::tr("sort (now \"modified desc\")");
    }
    if (edited.naming.rule == Naming::Rule::Field && edited.naming.field == fieldname) {
        edited.naming = Naming();
        removed << FieldeditsTr::tr("naming by field (now uuid)");
    }
    for (qsizetype i = 0; i < edited.indexes.size();) {
        IndexDef &idx = edited.indexes[i];
        const QString before = idx.fields.join(QStringLiteral(", "));
        if (idx.fields.removeAll(fieldname) > 0)
            removed << FieldeditsTr::tr("index on %1").arg(before);
        if (idx.fields.isEmpty())
            edited.indexes.removeAt(i);
        else
            ++i;
    }
    const QString through = fieldname + QLatin1Char('.');
    for (Field &field : edited.fields) {
        if (field.fetchFrom.startsWith(through)) {
            removed << FieldeditsTr::tr("fetch_from of %1").arg(field.fieldname);
            field.fetchFrom.clear();
        }
    }
    // Layout cleanup must not leave an explicit layout that now equals nothing at all.
    if (edited.fields.isEmpty())
        edited.layout.clear();
    removed.removeDuplicates();
    if (removedReferences)
        *removedReferences = removed;
    return edited;
}

} // namespace fm::core
