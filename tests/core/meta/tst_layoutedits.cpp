// SPDX-License-Identifier: MIT
// Layout operations: sections, columns, placing and unplacing fields, the tray, fresh
// fieldnames; every refusal with its message, and the input left as it was.
#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"
#include "meta/layoutedits.h"

#include <QTest>

using namespace fm::core;

namespace {

// "S1:a,b|c;S2*:d" = section S1 with columns [a, b] and [c], collapsible section S2.
QString describe(const QList<LayoutSection> &layout)
{
    QStringList sections;
    for (const LayoutSection &section : layout) {
        QStringList columns;
        for (const QStringList &column : section.columns)
            columns << column.join(QLatin1Char(','));
        sections << section.label + (section.collapsible ? QStringLiteral("*") : QString()) +
                        QLatin1Char(':') + columns.join(QLatin1Char('|'));
    }
    return sections.join(QLatin1Char(';'));
}

QList<LayoutSection> parseLayout(const QString &text)
{
    QList<LayoutSection> layout;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        LayoutSection section;
        section.label = part.section(QLatin1Char(':'), 0, 0);
        if (section.label.endsWith(QLatin1Char('*'))) {
            section.label.chop(1);
            section.collapsible = true;
        }
        for (const QString &column : part.section(QLatin1Char(':'), 1).split(QLatin1Char('|')))
            section.columns << column.split(QLatin1Char(','), Qt::SkipEmptyParts);
        layout << section;
    }
    return layout;
}

// Fields a..f; f is in the tray.
DocType sample(const QString &layout = QStringLiteral("S1:a,b|c;S2:d,e"))
{
    DocType doctype;
    doctype.name = QStringLiteral("Sample");
    doctype.module = QStringLiteral("Tests");
    for (const char *name : {"a", "b", "c", "d", "e", "f"}) {
        Field field;
        field.fieldname = QString::fromLatin1(name);
        field.fieldtype = QStringLiteral("Data");
        doctype.fields << field;
    }
    doctype.layout = parseLayout(layout);
    return doctype;
}

int number(const QStringList &args, int i)
{
    return args.value(i).toInt();
}

fm::Result<DocType> apply(const DocType &doctype, const QString &op, const QStringList &args)
{
    if (op == QLatin1String("addSection"))
        return addSection(doctype, number(args, 0), args.value(1));
    if (op == QLatin1String("removeSection"))
        return removeSection(doctype, number(args, 0));
    if (op == QLatin1String("renameSection"))
        return renameSection(doctype, number(args, 0), args.value(1));
    if (op == QLatin1String("collapsible"))
        return setSectionCollapsible(doctype, number(args, 0), args.value(1) == "1");
    if (op == QLatin1String("moveSection"))
        return moveSection(doctype, number(args, 0), number(args, 1));
    if (op == QLatin1String("addColumn"))
        return addColumn(doctype, number(args, 0), number(args, 1));
    if (op == QLatin1String("removeColumn"))
        return removeColumn(doctype, number(args, 0), number(args, 1));
    if (op == QLatin1String("moveColumn"))
        return moveColumn(doctype, number(args, 0), number(args, 1), number(args, 2));
    if (op == QLatin1String("place"))
        return placeInCell(doctype, args.value(0),
                           LayoutCell{number(args, 1), number(args, 2), number(args, 3)});
    if (op == QLatin1String("unplace"))
        return unplaceField(doctype, args.value(0));
    return fm::fail(fm::ErrorCode::Internal, QStringLiteral("unknown test op ") + op);
}

} // namespace

class TestLayoutEdits : public QObject
{
    Q_OBJECT

private slots:
    void edits_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("layout"); // expected; empty when refused
        QTest::addColumn<QString>("tray");   // expected, or the error's expected words
        auto row = [](const char *name, const char *op, QStringList args, const char *layout,
                      const char *tray) {
            QTest::newRow(name) << QString::fromLatin1(op) << args << QString::fromLatin1(layout)
                                << QString::fromUtf8(tray);
        };
        row("add section first", "addSection", {"0", "New"}, "New:;S1:a,b|c;S2:d,e", "f");
        row("add section last", "addSection", {"2", ""}, "S1:a,b|c;S2:d,e;:", "f");
        row("add section past the end", "addSection", {"3", "X"}, "", "section position 3");
        row("add section negative", "addSection", {"-1", "X"}, "", "valid are 0 to 2");
        row("remove section sends its fields to the tray", "removeSection", {"0"}, "S2:d,e",
            "a,b,c,f");
        row("remove unknown section", "removeSection", {"2"}, "", "section 2 does not exist");
        row("rename section", "renameSection", {"1", " Other "}, "S1:a,b|c;Other:d,e", "f");
        row("rename to nothing", "renameSection", {"0", ""}, ":a,b|c;S2:d,e", "f");
        row("rename unknown section", "renameSection", {"7", "X"}, "", "valid are 0 to 1");
        row("collapsible", "collapsible", {"1", "1"}, "S1:a,b|c;S2*:d,e", "f");
        row("collapsible unknown section", "collapsible", {"-1", "1"}, "", "section -1");
        row("move section down", "moveSection", {"0", "1"}, "S2:d,e;S1:a,b|c", "f");
        row("move section past the end", "moveSection", {"0", "2"}, "", "moving to: section 2");
        row("move unknown section", "moveSection", {"4", "0"}, "", "section 4");
        row("add column", "addColumn", {"0", "2"}, "S1:a,b|c|;S2:d,e", "f");
        row("add column first", "addColumn", {"1", "0"}, "S1:a,b|c;S2:|d,e", "f");
        row("add column past the end", "addColumn", {"0", "3"}, "", "column position 3");
        row("add column to unknown section", "addColumn", {"2", "0"}, "", "section 2");
        row("remove column sends its fields to the tray", "removeColumn", {"0", "0"}, "S1:c;S2:d,e",
            "a,b,f");
        row("remove the last column", "removeColumn", {"1", "0"}, "", "remove the section");
        row("remove unknown column", "removeColumn", {"0", "2"}, "", "section 0: column 2");
        row("move column", "moveColumn", {"0", "1", "0"}, "S1:c|a,b;S2:d,e", "f");
        row("move column past the end", "moveColumn", {"0", "0", "2"}, "", "column 2");
        row("place from the tray", "place", {"f", "0", "1", "0"}, "S1:a,b|f,c;S2:d,e", "");
        row("place at the end of a column", "place", {"f", "1", "0", "2"}, "S1:a,b|c;S2:d,e,f", "");
        row("move down in its column", "place", {"a", "0", "0", "2"}, "S1:b,a|c;S2:d,e", "f");
        row("move up in its column", "place", {"e", "1", "0", "0"}, "S1:a,b|c;S2:e,d", "f");
        row("move where it is", "place", {"a", "0", "0", "1"}, "S1:a,b|c;S2:d,e", "f");
        row("move to another section", "place", {"a", "1", "0", "0"}, "S1:b|c;S2:a,d,e", "f");
        row("place an unknown field", "place", {"ab", "0", "0", "0"}, "", "no field \"ab\"");
        row("place in an unknown column", "place", {"a", "0", "2", "0"}, "", "column 2");
        row("place past the end of a column", "place", {"a", "0", "0", "3"}, "",
            "row 3 does not exist; valid are 0 to 2");
        row("place at a negative row", "place", {"f", "0", "1", "-1"}, "", "row -1");
        row("unplace", "unplace", {"a"}, "S1:b|c;S2:d,e", "a,f");
        row("unplace a field in the tray", "unplace", {"f"}, "", "not placed");
        row("unplace an unknown field", "unplace", {"zz"}, "", "no field \"zz\"");
    }
    void edits()
    {
        QFETCH(QString, op);
        QFETCH(QStringList, args);
        QFETCH(QString, layout);
        QFETCH(QString, tray);
        const DocType input = sample();
        const auto edited = apply(input, op, args);
        QCOMPARE(describe(input.layout), QStringLiteral("S1:a,b|c;S2:d,e")); // pure
        if (layout.isEmpty()) {
            QVERIFY2(!edited, "the edit should have been refused");
            QVERIFY2(edited.error().message().contains(tray), qPrintable(edited.error().message()));
            return;
        }
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message()));
        QCOMPARE(describe(edited->layout), layout);
        QCOMPARE(unplacedFields(*edited).join(QLatin1Char(',')), tray);
        QCOMPARE(edited->fieldnames(), input.fieldnames());
    }

    void theDefaultLayoutBecomesExplicitOnEdit()
    {
        DocType doctype = sample(QString());
        QCOMPARE(describe(effectiveLayout(doctype)), QStringLiteral(":a,b,c,d,e,f"));
        QVERIFY(unplacedFields(doctype).isEmpty());
        QCOMPARE(findPlacement(doctype, QStringLiteral("c")), (LayoutCell{0, 0, 2}));
        const auto edited = addColumn(doctype, 0, 1);
        QVERIFY(edited);
        QCOMPARE(describe(edited->layout), QStringLiteral(":a,b,c,d,e,f|"));
        const auto moved = placeInCell(*edited, QStringLiteral("f"), {0, 1, 0});
        QVERIFY(moved);
        QCOMPARE(describe(moved->layout), QStringLiteral(":a,b,c,d,e|f"));
        const auto refused = removeSection(doctype, 0);
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QStringLiteral("last section")));

        DocType empty;
        empty.name = QStringLiteral("Empty");
        QCOMPARE(describe(effectiveLayout(empty)), QStringLiteral(":"));
    }

    void findsPlacements()
    {
        const DocType doctype = sample();
        QCOMPARE(findPlacement(doctype, QStringLiteral("c")), (LayoutCell{0, 1, 0}));
        QCOMPARE(findPlacement(doctype, QStringLiteral("e")), (LayoutCell{1, 0, 1}));
        QVERIFY(!findPlacement(doctype, QStringLiteral("f")).isValid());
        QVERIFY(!findPlacement(doctype, QStringLiteral("nope")).isValid());
    }

    // What the writer writes reloads as the same layout, tray included (the loader then
    // reports the field left out, which is what the tray shows).
    void editsSurviveWriteAndLoad()
    {
        const auto edited = placeInCell(sample(), QStringLiteral("a"), {1, 0, 2});
        QVERIFY(edited);
        FieldTypeRegistry types;
        Diagnostics diagnostics;
        const auto loaded = DocTypeLoader(types).loadJson(toJsonText(*edited),
                                                          QStringLiteral("s.json"), diagnostics);
        QVERIFY(loaded);
        QCOMPARE(describe(loaded->layout), QStringLiteral("S1:b|c;S2:d,e,a"));
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().code, QStringLiteral("layout-missing-fields"));
        QVERIFY(diagnostics.first().message.contains(QStringLiteral(": f")));
    }

    void freshFieldnames_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("fieldname");
        QTest::newRow("words") << "Due Date"
                               << "due_date";
        QTest::newRow("camel case") << "DynamicLink"
                                    << "dynamic_link";
        QTest::newRow("taken") << "A"
                               << "a_2";
        QTest::newRow("reserved") << "Name"
                                  << "name_2";
        QTest::newRow("digits first") << "2nd Phone"
                                      << "field_2nd_phone";
        QTest::newRow("no letters") << "???"
                                    << "field";
        QTest::newRow("accents dropped") << "Café Ölung"
                                         << "cafe_olung";
        QTest::newRow("long") << QString(80, QLatin1Char('x')) << QString(64, QLatin1Char('x'));
    }
    void freshFieldnames()
    {
        QFETCH(QString, label);
        QFETCH(QString, fieldname);
        QCOMPARE(freshFieldname(sample(), label), fieldname);
    }

    void freshFieldnamesCountUp()
    {
        DocType doctype = sample();
        Field field;
        field.fieldname = QStringLiteral("a_2");
        doctype.fields << field;
        QCOMPARE(freshFieldname(doctype, QStringLiteral("a")), QStringLiteral("a_3"));
    }

    void addsAFieldInACell_data()
    {
        QTest::addColumn<QString>("fieldname");
        QTest::addColumn<int>("section");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("result"); // layout, or the error's words
        QTest::newRow("top of a column") << "g" << 0 << 1 << 0 << "S1:a,b|g,c;S2:d,e";
        QTest::newRow("bottom") << "g" << 1 << 0 << 2 << "S1:a,b|c;S2:d,e,g";
        QTest::newRow("taken") << "a" << 0 << 0 << 0 << "already has a field \"a\"; use \"a_2\"";
        QTest::newRow("invalid") << "Bad Name" << 0 << 0 << 0 << "e.g. \"bad_name\"";
        QTest::newRow("reserved") << "owner" << 0 << 0 << 0 << "\"owner_2\"";
        QTest::newRow("no such column") << "g" << 0 << 5 << 0 << "column 5";
        QTest::newRow("no such row") << "g" << 0 << 0 << 3 << "row 3";
    }
    void addsAFieldInACell()
    {
        QFETCH(QString, fieldname);
        QFETCH(int, section);
        QFETCH(int, column);
        QFETCH(int, row);
        QFETCH(QString, result);
        Field field;
        field.fieldname = fieldname;
        field.fieldtype = QStringLiteral("Date");
        const auto edited = addFieldInCell(sample(), field, {section, column, row});
        if (!result.contains(QLatin1Char(':'))) {
            QVERIFY(!edited);
            QVERIFY2(edited.error().message().contains(result),
                     qPrintable(edited.error().message()));
            return;
        }
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message()));
        QCOMPARE(describe(edited->layout), result);
        QCOMPARE(edited->fields.last().fieldname, fieldname);
        QCOMPARE(edited->fields.last().fieldtype, QStringLiteral("Date"));
    }
};

QTEST_GUILESS_MAIN(TestLayoutEdits)
#include "tst_layoutedits.moc"
