// SPDX-License-Identifier: MIT
#include "meta/layoutedits.h"

#include "meta/fieldedits.h"

#include "common/textdistance.h"
#include "meta/doctypeloader_p.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct LayouteditsTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::LayoutEdits)
};

} // namespace

namespace {

Error outOfRange(const QString &what, qsizetype index, qsizetype count)
{
    return Error(ErrorCode::BadRequest,
                 count == 0
                     ? LayouteditsTr::tr("%1 %2 does not exist: there is none").arg(what).arg(index)
                     : LayouteditsTr::tr("%1 %2 does not exist; valid are 0 to %3")
                           .arg(what)
                           .arg(index)
                           .arg(count - 1));
}

Error unknownField(const DocType &doctype, const QString &fieldname)
{
    const QString guess = closestMatch(fieldname, doctype.fieldnames());
    return Error(ErrorCode::NotFound,
                 LayouteditsTr::tr("DocType \"%1\" has no field \"%2\"%3")
                     .arg(doctype.name, fieldname,
                          guess.isEmpty()
                              ? QString()
                              : LayouteditsTr::tr("; did you mean \"%1\"?").arg(guess)));
}

// The DocType with its effective layout made explicit: what every edit starts from.
DocType explicitCopy(const DocType &doctype)
{
    DocType copy = doctype;
    copy.layout = effectiveLayout(doctype);
    return copy;
}

bool removeFromLayout(QList<LayoutSection> &layout, const QString &fieldname)
{
    for (LayoutSection &section : layout) {
        for (QStringList &column : section.columns) {
            if (column.removeOne(fieldname))
                return true;
        }
    }
    return false;
}

Result<void> checkSection(const DocType &doctype, qsizetype section)
{
    if (section < 0 || section >= doctype.layout.size())
        return fail(outOfRange(LayouteditsTr::tr("section"), section, doctype.layout.size()));
    return {};
}

Result<void> checkColumn(const DocType &doctype, qsizetype section, qsizetype column)
{
    if (auto ok = checkSection(doctype, section); !ok)
        return ok;
    const qsizetype count = doctype.layout.at(section).columns.size();
    if (column < 0 || column >= count)
        return fail(outOfRange(LayouteditsTr::tr("column"), column, count)
                        .withContext(LayouteditsTr::tr("section %1").arg(section)));
    return {};
}

} // namespace

QList<LayoutSection> effectiveLayout(const DocType &doctype)
{
    if (!doctype.layout.isEmpty())
        return doctype.layout;
    return {LayoutSection{QString(), false, {doctype.fieldnames()}}};
}

QStringList unplacedFields(const DocType &doctype)
{
    QStringList unplaced;
    for (const QString &fieldname : doctype.fieldnames()) {
        if (!findPlacement(doctype, fieldname).isValid())
            unplaced << fieldname;
    }
    return unplaced;
}

LayoutCell findPlacement(const DocType &doctype, const QString &fieldname)
{
    if (doctype.layout.isEmpty()) {
        const qsizetype row = doctype.fieldnames().indexOf(fieldname);
        return row < 0 ? LayoutCell{} : LayoutCell{0, 0, row};
    }
    for (qsizetype s = 0; s < doctype.layout.size(); ++s) {
        const LayoutSection &section = doctype.layout.at(s);
        for (qsizetype c = 0; c < section.columns.size(); ++c) {
            const qsizetype row = section.columns.at(c).indexOf(fieldname);
            if (row >= 0)
                return {s, c, row};
        }
    }
    return {};
}

Result<DocType> addSection(const DocType &doctype, qsizetype at, const QString &label)
{
    DocType edited = explicitCopy(doctype);
    if (at < 0 || at > edited.layout.size())
        return fail(
            outOfRange(LayouteditsTr::tr("section position"), at, edited.layout.size() + 1));
    edited.layout.insert(at, LayoutSection{label, false, {QStringList()}});
    return edited;
}

Result<DocType> removeSection(const DocType &doctype, qsizetype section)
{
    DocType edited = explicitCopy(doctype);
    if (auto ok = checkSection(edited, section); !ok)
        return fail(ok.error());
    if (edited.layout.size() == 1) {
        return fail(ErrorCode::BadRequest,
                    LayouteditsTr::tr("the last section cannot be removed: a form needs one; "
                                      "rename it or add another section first"));
    }
    edited.layout.removeAt(section);
    return edited;
}

Result<DocType> renameSection(const DocType &doctype, qsizetype section, const QString &label)
{
    DocType edited = explicitCopy(doctype);
    if (auto ok = checkSection(edited, section); !ok)
        return fail(ok.error());
    edited.layout[section].label = label.trimmed();
    return edited;
}

Result<DocType> setSectionCollapsible(const DocType &doctype, qsizetype section, bool collapsible)
{
    DocType edited = explicitCopy(doctype);
    if (auto ok = checkSection(edited, section); !ok)
        return fail(ok.error());
    edited.layout[section].collapsible = collapsible;
    return edited;
}

Result<DocType> moveSection(const DocType &doctype, qsizetype from, qsizetype to)
{
    DocType edited = explicitCopy(doctype);
    if (auto ok = checkSection(edited, from); !ok)
        return fail(ok.error());
    if (auto ok = checkSection(edited, to); !ok)
        return fail(ok.error().withContext(LayouteditsTr::tr("moving to")));
    edited.layout.move(from, to);
    return edited;
}

Result<DocType> addColumn(const DocType &doctype, qsizetype section, qsizetype at)
{
    DocType edited = explicitCopy(doctype);
    if (auto ok = checkSection(edited, section); !ok)
        return fail(ok.error());
    QList<QStringList> &columns = edited.layout[section].columns;
    if (at < 0 || at > columns.size())
        return fail(outOfRange(LayouteditsTr::tr("column position"), at, columns.size() + 1));
    columns.insert(at, QStringList());
    return edited;
}

Result<DocType> removeColumn(const DocType &doctype, qsizetype section, qsizetype column)
{
    DocType edited = explicitCopy(doctype);
    if (auto ok = checkColumn(edited, section, column); !ok)
        return fail(ok.error());
    QList<QStringList> &columns = edited.layout[section].columns;
    if (columns.size() == 1) {
        return fail(ErrorCode::BadRequest,
                    LayouteditsTr::tr("the last column of a section cannot be removed; remove "
                                      "the section instead"));
    }
    columns.removeAt(column);
    return edited;
}

Result<DocType> moveColumn(const DocType &doctype, qsizetype section, qsizetype from, qsizetype to)
{
    DocType edited = explicitCopy(doctype);
    if (auto ok = checkColumn(edited, section, from); !ok)
        return fail(ok.error());
    if (auto ok = checkColumn(edited, section, to); !ok)
        return fail(ok.error().withContext(LayouteditsTr::tr("moving to")));
    edited.layout[section].columns.move(from, to);
    return edited;
}

Result<DocType> placeInCell(const DocType &doctype, const QString &fieldname,
                            const LayoutCell &cell)
{
    if (!doctype.hasField(fieldname))
        return fail(unknownField(doctype, fieldname));
    DocType edited = explicitCopy(doctype);
    if (auto ok = checkColumn(edited, cell.section, cell.column); !ok)
        return fail(ok.error());
    const qsizetype count = edited.layout.at(cell.section).columns.at(cell.column).size();
    if (cell.row < 0 || cell.row > count)
        return fail(outOfRange(LayouteditsTr::tr("row"), cell.row, count + 1));
    qsizetype row = cell.row;
    const LayoutCell from = findPlacement(edited, fieldname);
    // Taking the field out of its own column above the target shifts the target up.
    if (from.section == cell.section && from.column == cell.column && from.row < row)
        --row;
    removeFromLayout(edited.layout, fieldname);
    edited.layout[cell.section].columns[cell.column].insert(row, fieldname);
    return edited;
}

Result<DocType> unplaceField(const DocType &doctype, const QString &fieldname)
{
    if (!doctype.hasField(fieldname))
        return fail(unknownField(doctype, fieldname));
    DocType edited = explicitCopy(doctype);
    if (!removeFromLayout(edited.layout, fieldname)) {
        return fail(ErrorCode::BadRequest,
                    LayouteditsTr::tr("field \"%1\" is not placed in the layout").arg(fieldname));
    }
    return edited;
}

QString freshFieldname(const DocType &doctype, const QString &label)
{
    // One rule for every gesture that creates a field (the field list, the grid, m).
    return fieldnameFromLabel(label, doctype.fieldnames());
}

Result<DocType> addFieldInCell(const DocType &doctype, const Field &field, const LayoutCell &cell)
{
    if (!loader::isValidFieldname(field.fieldname) ||
        reservedFieldnames().contains(field.fieldname)) {
        return fail(ErrorCode::BadRequest,
                    LayouteditsTr::tr("\"%1\" is not a fieldname a field can have; use lowercase "
                                      "letters, digits and '_', e.g. \"%2\"")
                        .arg(field.fieldname, freshFieldname(doctype, field.fieldname)));
    }
    if (doctype.hasField(field.fieldname)) {
        return fail(
            ErrorCode::Duplicate,
            LayouteditsTr::tr("DocType \"%1\" already has a field \"%2\"; use \"%3\"")
                .arg(doctype.name, field.fieldname, freshFieldname(doctype, field.fieldname)));
    }
    // Check the cell against the layout without the new field, then add and place it.
    DocType edited = explicitCopy(doctype);
    if (auto ok = checkColumn(edited, cell.section, cell.column); !ok)
        return fail(ok.error());
    const qsizetype count = edited.layout.at(cell.section).columns.at(cell.column).size();
    if (cell.row < 0 || cell.row > count)
        return fail(outOfRange(LayouteditsTr::tr("row"), cell.row, count + 1));
    edited.fields << field;
    edited.layout[cell.section].columns[cell.column].insert(cell.row, field.fieldname);
    return edited;
}

} // namespace fm::core
