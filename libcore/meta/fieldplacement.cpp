// SPDX-License-Identifier: MIT
#include "meta/fieldplacement.h"

namespace fm::core {

namespace {

const QString kFieldsPrefix = QStringLiteral("/fields/");

// "/fields/7/options" with from = 5 becomes "/fields/8/options".
void shiftFieldPositions(DocType &doctype, qsizetype from)
{
    QHash<QString, SourceLocation> shifted;
    shifted.reserve(doctype.positions.size());
    for (auto it = doctype.positions.cbegin(); it != doctype.positions.cend(); ++it) {
        QString pointer = it.key();
        if (pointer.startsWith(kFieldsPrefix)) {
            qsizetype end = kFieldsPrefix.size();
            while (end < pointer.size() && pointer.at(end).isDigit())
                ++end;
            bool ok = false;
            const qsizetype index =
                pointer.mid(kFieldsPrefix.size(), end - kFieldsPrefix.size()).toLongLong(&ok);
            if (ok && index >= from)
                pointer = kFieldsPrefix + QString::number(index + 1) + pointer.mid(end);
        }
        shifted.insert(pointer, it.value());
    }
    doctype.positions = shifted;
}

bool insertIntoLayout(QList<LayoutSection> &layout, const QString &anchor, const QString &fieldname)
{
    for (LayoutSection &section : layout) {
        for (QStringList &column : section.columns) {
            const qsizetype at = column.indexOf(anchor);
            if (at >= 0) {
                column.insert(at + 1, fieldname);
                return true;
            }
        }
    }
    return false;
}

void appendToSection(QList<LayoutSection> &layout, const QString &label, const QString &fieldname)
{
    for (LayoutSection &section : layout) {
        if (section.label == label && !section.columns.isEmpty()) {
            section.columns.last() << fieldname;
            return;
        }
    }
    LayoutSection section;
    section.label = label;
    section.columns << QStringList{fieldname};
    layout << section;
}

} // namespace

qsizetype placeField(DocType &doctype, const Field &field, const QString &anchor,
                     const QString &sectionLabel)
{
    const qsizetype anchorIndex = doctype.fieldnames().indexOf(anchor);
    if (!anchor.isEmpty() && anchorIndex >= 0) {
        const qsizetype index = anchorIndex + 1;
        shiftFieldPositions(doctype, index);
        doctype.fields.insert(index, field);
        if (!doctype.layout.isEmpty() && !insertIntoLayout(doctype.layout, anchor, field.fieldname))
            appendToSection(doctype.layout, sectionLabel, field.fieldname);
        return index;
    }
    if (doctype.layout.isEmpty() && !doctype.fields.isEmpty()) {
        LayoutSection implicit;
        implicit.columns << doctype.fieldnames();
        doctype.layout << implicit;
    }
    doctype.fields << field;
    appendToSection(doctype.layout, sectionLabel, field.fieldname);
    return doctype.fields.size() - 1;
}

} // namespace fm::core
