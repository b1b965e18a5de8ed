// SPDX-License-Identifier: MIT
#include "diagnosticstext.h"
#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"
#include "meta/jsonsource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fm::core;

namespace {

// The marker where a row expects its diagnostic; removed before parsing.
const QChar kMarker(0x00A7); // '§'

struct Marked
{
    QByteArray json;
    int line = 0;
    int column = 0;
};

// Line and column (1-based, in characters) of the marker, and the text without it.
Marked unmark(const QString &text)
{
    Marked m;
    const qsizetype at = text.indexOf(kMarker);
    if (at >= 0) {
        m.line = int(text.left(at).count(QLatin1Char('\n'))) + 1;
        m.column = int(at - (text.lastIndexOf(QLatin1Char('\n'), at) + 1)) + 1;
    }
    QString clean = text;
    clean.remove(kMarker);
    m.json = clean.toUtf8();
    return m;
}

// A DocType around `fields` with extra top-level members: each on its own line so
// rows can place problems on distinct lines.
QString doc(const QString &fields, const QString &top = QString())
{
    return QStringLiteral("{\n  \"name\": \"Ticket\",\n%1  \"fields\": [\n%2\n  ]\n}\n")
        .arg(top.isEmpty() ? QString() : QStringLiteral("  ") + top + QStringLiteral(",\n"),
             fields);
}

const QString kTitle = QStringLiteral(R"(    {"fieldname": "title", "fieldtype": "Data"})");

QString withTitle(const QString &field)
{
    return kTitle + QStringLiteral(",\n") + field;
}

QStringList codes(const Diagnostics &diagnostics)
{
    QStringList list;
    for (const Diagnostic &d : diagnostics)
        list << d.code;
    return list;
}

} // namespace

class TestDocTypeLoader : public QObject
{
    Q_OBJECT
private slots:
    void jsonSourcePositions()
    {
        const QByteArray json =
            "{\"a\": [1, -2.5e3, true, null],\n"
            " \"b\\\"q\": \"x\\\\\",  \"c\": {\"d\": \"\xC3\xA4\xC3\xB6\", \"e\": false},\n"
            "\t\"\xC3\xA4\": \"\xC3\xA4\", \"f/g~h\": 1}";
        Diagnostics diagnostics;
        const auto source = JsonSource::parse(json, "t.json", diagnostics);
        QVERIFY(source.has_value());
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnosticsText(diagnostics)));
        const QList<std::tuple<QString, int, int>> expected{
            {"", 1, 1},       {"/a", 1, 7},          {"/a/0", 1, 8},    {"/a/1", 1, 11},
            {"/a/2", 1, 19},  {"/a/3", 1, 25},       {"/a#key", 1, 2},  {"/b\"q#key", 2, 2},
            {"/b\"q", 2, 10}, {"/c#key", 2, 18},     {"/c", 2, 23},     {"/c/d", 2, 29},
            {"/c/e", 2, 40},  {"/\u00e4#key", 3, 2}, {"/\u00e4", 3, 7}, {"/f~1g~0h", 3, 21},
        };
        for (const auto &[pointer, line, column] : expected) {
            const SourceLocation at = source->positions().value(pointer);
            QVERIFY2(at.line == line && at.column == column,
                     qPrintable(QStringLiteral("%1 at %2:%3, expected %4:%5")
                                    .arg(pointer)
                                    .arg(at.line)
                                    .arg(at.column)
                                    .arg(line)
                                    .arg(column)));
            QCOMPARE(at.file, QStringLiteral("t.json"));
        }
        QCOMPARE(source->root().toObject().value("b\"q").toString(), QStringLiteral("x\\"));
        QCOMPARE(source->location("/c/zzz/1").line, 2); // falls back to "/c"
        QCOMPARE(source->location("/c/zzz/1").column, 23);
        QCOMPARE(source->keyLocation("/c").column, 18);
        QCOMPARE(JsonSource::child("/x", "a/b~"), QStringLiteral("/x/a~1b~0"));
    }

    void jsonSourceErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("parsed");
        QTest::newRow("missing-comma")
            << QByteArray("{\"a\": 1\n \"b\": 2}") << "invalid-json" << 2 << 2 << false;
        QTest::newRow("trailing-comma")
            << QByteArray("{\"a\": [1, 2],}") << "invalid-json" << 1 << 14 << false;
        QTest::newRow("empty") << QByteArray("") << "invalid-json" << 1 << 1 << false;
        QTest::newRow("after-multibyte")
            << QByteArray("{\"\xC3\xA4\xC3\xA4\": tru}") << "invalid-json" << 1 << 11 << false;
        QTest::newRow("bad-utf8") << QByteArray("{\"a\": \"\xFF\"}") << "invalid-json" << 1 << 8
                                  << false;
        QTest::newRow("two-roots") << QByteArray("{}\n{}") << "invalid-json" << 2 << 1 << false;
        QTest::newRow("duplicate-key")
            << QByteArray("{\"a\": 1,\n  \"a\": 2}") << "duplicate-key" << 2 << 3 << true;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF{\"a\": 1,\n \"a\": 2}") << "duplicate-key"
                             << 2 << 2 << true;
    }
    void jsonSourceErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(bool, parsed);
        Diagnostics diagnostics;
        const auto source = JsonSource::parse(json, "e.json", diagnostics);
        QCOMPARE(source.has_value(), parsed);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().code, code);
        QCOMPARE(diagnostics.first().location.line, line);
        QCOMPARE(diagnostics.first().location.column, column);
        QVERIFY(!diagnostics.first().hint.isEmpty());
    }

    // One row per diagnostic code: the marker '§' shows where it must point.
    void diagnostics_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // every code, the first at the marker
        QTest::addColumn<QString>("needle");       // part of the first one's message

        QTest::newRow("invalid-json") << "{\"name\": \"A\"\n §\"fields\": []}"
                                      << QStringList{"invalid-json"} << "Missing a comma";
        QTest::newRow("duplicate-key") << doc(kTitle, R"("label": "A", §"label": "B")")
                                       << QStringList{"duplicate-key"} << "twice";
        QTest::newRow("not-an-object")
            << "\n  §[1, 2]" << QStringList{"not-an-object"} << "an array";
        QTest::newRow("unknown-key-top")
            << doc(kTitle, R"(§"modul": "Support")") << QStringList{"unknown-key"} << "\"modul\"";
        QTest::newRow("unknown-key-field")
            << doc(R"(    {"fieldname": "a", "fieldtype": "Data", §"lable": "A"})")
            << QStringList{"unknown-key"} << "in field";
        QTest::newRow("unknown-key-section")
            << doc(kTitle, R"("layout": [{§"colums": [], "columns": [["title"]]}])")
            << QStringList{"unknown-key"} << "layout section";
        QTest::newRow("unknown-key-permission")
            << doc(kTitle, R"("permissions": [{"role": "A", §"prnt": true}])")
            << QStringList{"unknown-key"} << "permission rule";
        QTest::newRow("unknown-key-index")
            << doc(kTitle, R"("indexes": [{"fields": ["title"], §"uniq": true}])")
            << QStringList{"unknown-key"} << "index";
        QTest::newRow("unknown-key-views")
            << doc(kTitle, R"("views": {§"grid": {}})") << QStringList{"unknown-key"} << "views";
        QTest::newRow("unknown-key-list")
            << doc(kTitle, R"("views": {"list": {§"cols": ["title"]}})")
            << QStringList{"unknown-key"} << "list view";
        QTest::newRow("unknown-key-calendar")
            << doc(withTitle(R"(    {"fieldname": "on", "fieldtype": "Date"})"),
                   R"("views": {"calendar": {"start_field": "on", §"color": "x"}})")
            << QStringList{"unknown-key"} << "calendar view";
        QTest::newRow("wrong-type")
            << doc(R"(    {"fieldname": "a", "fieldtype": "Data", "required": §"yes"})")
            << QStringList{"wrong-type"}
            << "must be true or false (or 0 or 1), not the string \"yes\"";
        QTest::newRow("wrong-type-top")
            << doc(kTitle, R"("is_child": §2)") << QStringList{"wrong-type"} << "\"is_child\"";
        QTest::newRow("wrong-type-field")
            << doc(QStringLiteral("    §\"title\"")) << QStringList{"wrong-type"} << "each field";
        QTest::newRow("wrong-type-length")
            << doc(R"(    {"fieldname": "a", "fieldtype": "Data", "length": §1.5})")
            << QStringList{"wrong-type"} << "whole number";
        QTest::newRow("missing-key-fieldtype") << doc(QStringLiteral(R"(    §{"fieldname": "a"})"))
                                               << QStringList{"missing-key"} << "\"fieldtype\"";
        QTest::newRow("missing-key-fieldname")
            << doc(withTitle(QStringLiteral(R"(    §{"fieldtype": "Data"})")))
            << QStringList{"missing-key"} << "\"fieldname\"";
        QTest::newRow("missing-key-name")
            << "§{\"fields\": [{\"fieldname\": \"a\", \"fieldtype\": \"Data\"}]}"
            << QStringList{"missing-key"} << "\"name\"";
        QTest::newRow("missing-key-fields")
            << "§{\"name\": \"A\"}" << QStringList{"missing-key"} << "\"fields\"";
        QTest::newRow("missing-key-role") << doc(kTitle, R"("permissions": [§{"read": true}])")
                                          << QStringList{"missing-key"} << "\"role\"";
        QTest::newRow("invalid-doctype-name")
            << "{\"name\": §\"support ticket\", \"fields\": [{\"fieldname\": \"a\", \"fieldtype\": "
               "\"Data\"}]}"
            << QStringList{"invalid-doctype-name"} << "support ticket";
        QTest::newRow("unsupported-format-version")
            << doc(kTitle, R"("format_version": §2)") << QStringList{"unsupported-format-version"}
            << "format_version 2";
        QTest::newRow("unknown-fieldtype")
            << doc(R"(    {"label": "Größe", "fieldname": "a", "fieldtype": §"Dat"})")
            << QStringList{"unknown-fieldtype"} << "\"Dat\"";
        QTest::newRow("invalid-fieldname")
            << doc(R"(    {"fieldname": §"Title", "fieldtype": "Data"})")
            << QStringList{"invalid-fieldname"} << "\"Title\"";
        QTest::newRow("duplicate-fieldname")
            << doc(withTitle(R"(    {"fieldname": §"title", "fieldtype": "Int"})"))
            << QStringList{"duplicate-fieldname"} << "first is on line 4";
        QTest::newRow("reserved-fieldname")
            << doc(withTitle(R"(    {"fieldname": §"owner", "fieldtype": "Data"})"))
            << QStringList{"reserved-fieldname"} << "\"owner\"";
        QTest::newRow("missing-options")
            << doc(withTitle(R"(    §{"fieldname": "status", "fieldtype": "Select"})"))
            << QStringList{"missing-options"} << "Select field \"status\"";
        QTest::newRow("missing-options-empty")
            << doc(withTitle(
                   R"(    {"fieldname": "status", "fieldtype": "Select", "options": §"\n \n"})"))
            << QStringList{"missing-options"} << "needs \"options\"";
        QTest::newRow("invalid-options-link")
            << doc(withTitle(
                   R"(    {"fieldname": "customer", "fieldtype": "Link", "options": §"customer"})"))
            << QStringList{"invalid-options"} << "must name a DocType";
        QTest::newRow("invalid-options-dynamic")
            << doc(withTitle(
                   R"(    {"fieldname": "ref", "fieldtype": "DynamicLink", "options": §"title"})"))
            << QStringList{"invalid-options"} << "Link field to \"DocType\"";
        QTest::newRow("unused-options")
            << doc(withTitle(R"(    {"fieldname": "a", "fieldtype": "Int", §"options": "x"})"))
            << QStringList{"unused-options"} << "no \"options\"";
        QTest::newRow("validator-not-applicable")
            << doc(withTitle(R"(    {"fieldname": "a", "fieldtype": "Check", §"length": 3})"))
            << QStringList{"validator-not-applicable"} << "\"length\" does not apply";
        QTest::newRow("invalid-range")
            << doc(withTitle(R"(    {"fieldname": "a", "fieldtype": "Int", "min": 5, "max": §1})"))
            << QStringList{"invalid-range"} << "less than \"min\" 5";
        QTest::newRow("invalid-length")
            << doc(withTitle(R"(    {"fieldname": "a", "fieldtype": "Data", "length": §0})"))
            << QStringList{"invalid-length"} << "greater than 0";
        QTest::newRow("invalid-pattern")
            << doc(withTitle(R"(    {"fieldname": "a", "fieldtype": "Data", "pattern": §"ab\\"})"))
            << QStringList{"invalid-pattern"} << "offset 3";
        QTest::newRow("invalid-default")
            << doc(withTitle(R"(    {"fieldname": "a", "fieldtype": "Int", "default": §"x"})"))
            << QStringList{"invalid-default"} << "whole number";
        QTest::newRow("invalid-default-range")
            << doc(withTitle(
                   R"(    {"fieldname": "a", "fieldtype": "Float", "max": 2, "default": §3})"))
            << QStringList{"invalid-default"} << "outside";
        QTest::newRow("invalid-default-date")
            << doc(withTitle(
                   R"(    {"fieldname": "a", "fieldtype": "Date", "default": §"2026-13-01"})"))
            << QStringList{"invalid-default"} << "YYYY-MM-DD";
        QTest::newRow("invalid-default-check")
            << doc(withTitle(R"(    {"fieldname": "a", "fieldtype": "Check", "default": §2})"))
            << QStringList{"invalid-default"} << "true or false";
        QTest::newRow("invalid-default-length")
            << doc(withTitle(
                   R"(    {"fieldname": "a", "fieldtype": "Data", "length": 2, "default": §"abc"})"))
            << QStringList{"invalid-default"} << "3 characters";
        QTest::newRow("invalid-default-pattern")
            << doc(withTitle(
                   R"(    {"fieldname": "a", "fieldtype": "Data", "pattern": "[0-9]+", "default": §"12a"})"))
            << QStringList{"invalid-default"} << "does not match";
        QTest::newRow("invalid-default-table")
            << doc(withTitle(
                   R"(    {"fieldname": "a", "fieldtype": "Table", "options": "Row", "default": §[]})"))
            << QStringList{"invalid-default"} << "cannot have a default";
        QTest::newRow("default-not-a-choice")
            << doc(withTitle(
                   R"(    {"fieldname": "s", "fieldtype": "Select", "options": "Open\nClosed", "default": §"Opne"})"))
            << QStringList{"default-not-a-choice"} << "\"Opne\"";
        QTest::newRow("unique-not-supported")
            << doc(withTitle(
                   R"(    {"fieldname": "rows", "fieldtype": "Table", "options": "Row", §"unique": true})"))
            << QStringList{"unique-not-supported"} << "cannot be unique";
        QTest::newRow("nested-table")
            << doc(withTitle(
                       R"(    {"fieldname": "rows", "fieldtype": §"Table", "options": "Row"})"),
                   R"("is_child": true)")
            << QStringList{"nested-table"} << "tables do not nest";
        QTest::newRow("conflicting-flags")
            << doc(kTitle, R"("is_child": true, §"is_submittable": true)")
            << QStringList{"conflicting-flags"} << "is_submittable";
        QTest::newRow("layout-unknown-field")
            << doc(kTitle, R"("layout": [{"columns": [["title", §"titel"]]}])")
            << QStringList{"layout-unknown-field"} << "\"titel\"";
        QTest::newRow("layout-duplicate-field")
            << doc(kTitle, R"("layout": [{"columns": [["title"], [§"title"]]}])")
            << QStringList{"layout-duplicate-field"} << "second time";
        QTest::newRow("layout-missing-fields")
            << doc(withTitle(R"(    {"fieldname": "a", "fieldtype": "Int"},
    {"fieldname": "b", "fieldtype": "Int"})"),
                   R"("layout": §[{"columns": [["title"]]}])")
            << QStringList{"layout-missing-fields"} << "leaves out fields: a, b";
        QTest::newRow("invalid-naming") << doc(kTitle, R"("naming": §"serie:INV-.####")")
                                        << QStringList{"invalid-naming"} << "\"serie:INV-.####\"";
        QTest::newRow("invalid-naming-pattern")
            << doc(kTitle, R"("naming": §"series:INV-.YYYY")")
            << QStringList{"invalid-naming-pattern"} << "no counter";
        QTest::newRow("invalid-naming-placeholder")
            << doc(kTitle, R"("naming": §"series:{titel}-.####")")
            << QStringList{"invalid-naming-pattern"} << "did you mean {title}";
        QTest::newRow("unknown-field-naming")
            << doc(kTitle, R"("naming": §"field:titel")") << QStringList{"unknown-field"}
            << "\"naming\" names \"titel\"";
        QTest::newRow("unknown-field-title") << doc(kTitle, R"("title_field": §"subject")")
                                             << QStringList{"unknown-field"} << "\"title_field\"";
        QTest::newRow("unknown-field-search")
            << doc(kTitle, R"("search_fields": ["title", §"x"])") << QStringList{"unknown-field"}
            << "\"search_fields\"";
        QTest::newRow("unknown-field-sort") << doc(kTitle, R"("sort": §"opened desc")")
                                            << QStringList{"unknown-field"} << "\"sort\"";
        QTest::newRow("unknown-field-rls") << doc(kTitle, R"("rls_field": §"team")")
                                           << QStringList{"unknown-field"} << "\"rls_field\"";
        QTest::newRow("unknown-field-index")
            << doc(kTitle, R"("indexes": [{"fields": ["title", §"statu"]}])")
            << QStringList{"unknown-field"} << "an index";
        QTest::newRow("unknown-field-list")
            << doc(kTitle, R"("views": {"list": {"columns": [§"tite"]}})")
            << QStringList{"unknown-field"} << "list view";
        QTest::newRow("unknown-field-kanban")
            << doc(kTitle, R"("views": {"kanban": {"group_by": §"status"}})")
            << QStringList{"unknown-field"} << "\"group_by\"";
        QTest::newRow("invalid-sort") << doc(kTitle, R"("sort": §"title upward")")
                                      << QStringList{"invalid-sort"} << "\"title upward\"";
        QTest::newRow("invalid-fetch-from")
            << doc(withTitle(
                   R"(    {"fieldname": "b", "fieldtype": "Data", "fetch_from": §"title"})"))
            << QStringList{"invalid-fetch-from"} << "<link_field>.<target_field>";
        QTest::newRow("invalid-fetch-from-not-link")
            << doc(withTitle(
                   R"(    {"fieldname": "b", "fieldtype": "Data", "fetch_from": §"title.name"})"))
            << QStringList{"invalid-fetch-from"} << "not a Link field";
        QTest::newRow("invalid-permlevel")
            << doc(withTitle(R"(    {"fieldname": "a", "fieldtype": "Data", "permlevel": §10})"))
            << QStringList{"invalid-permlevel"} << "outside 0..9";
        QTest::newRow("invalid-permlevel-rule")
            << doc(kTitle, R"("permissions": [{"role": "A", "permlevel": §-1}])")
            << QStringList{"invalid-permlevel"} << "outside 0..9";
        QTest::newRow("insert-after-not-allowed")
            << doc(withTitle(
                   R"(    {"fieldname": "a", "fieldtype": "Data", §"insert_after": "title"})"))
            << QStringList{"insert-after-not-allowed"} << "extension files";
        QTest::newRow("no-fields")
            << "{\"name\": \"A\",\n \"fields\": §[]}" << QStringList{"no-fields"} << "no fields";
        QTest::newRow("invalid-value-concurrency")
            << doc(kTitle, R"("concurrency": §"pessimistic")") << QStringList{"invalid-value"}
            << "pessimistic";
        QTest::newRow("invalid-value-index") << doc(kTitle, R"("indexes": [{"fields": §[]}])")
                                             << QStringList{"invalid-value"} << "no fields";
        QTest::newRow("invalid-view-field")
            << doc(kTitle, R"("views": {"kanban": {"group_by": §"title"}})")
            << QStringList{"invalid-view-field"} << "Data field \"title\"";
    }
    void diagnostics()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(QString, needle);
        const Marked marked = unmark(text);
        QVERIFY2(marked.line > 0, "row has no marker");
        const FieldTypeRegistry types;
        const DocTypeLoader loader(types);
        Diagnostics diagnostics;
        loader.loadJson(marked.json, "row.json", diagnostics);
        QVERIFY2(codes(diagnostics) == expected, qPrintable(diagnosticsText(diagnostics)));
        const Diagnostic &first = diagnostics.first();
        QCOMPARE(first.location.file, QStringLiteral("row.json"));
        QVERIFY2(first.location.line == marked.line && first.location.column == marked.column,
                 qPrintable(QStringLiteral("expected %1:%2, got %3")
                                .arg(marked.line)
                                .arg(marked.column)
                                .arg(first.toString())));
        QVERIFY2(first.message.contains(needle), qPrintable(first.message));
        for (const Diagnostic &d : diagnostics)
            QVERIFY2(!d.hint.isEmpty(), qPrintable(d.toString()));
    }

    void didYouMean_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hint");
        QTest::newRow("top") << doc(kTitle, R"("modul": "x")") << "did you mean \"module\"?";
        QTest::newRow("field")
            << doc(R"(    {"fieldname": "a", "fieldtype": "Data", "requried": true})")
            << "did you mean \"required\"?";
        QTest::newRow("fieldtype")
            << doc(R"(    {"fieldname": "a", "fieldtype": "Dat"})") << "did you mean \"Data\"?";
        QTest::newRow("layout") << doc(kTitle, R"("layout": [{"columns": [["titel"], ["title"]]}])")
                                << "did you mean \"title\"?";
        QTest::newRow("choice")
            << doc(R"(    {"fieldname": "s", "fieldtype": "Select", "options": "Open\nClosed", "default": "Opne"})")
            << "did you mean \"Open\"?";
        QTest::newRow("naming") << doc(kTitle, R"("naming": "uuuid")") << "did you mean \"uuid\"?";
        QTest::newRow("no-guess") << doc(kTitle, R"("zzzzzzzz": 1)")
                                  << "the keys of a DocType are: $schema";
    }
    void didYouMean()
    {
        QFETCH(QString, text);
        QFETCH(QString, hint);
        const FieldTypeRegistry types;
        Diagnostics diagnostics;
        DocTypeLoader(types).loadJson(text.toUtf8(), "x.json", diagnostics);
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY2(diagnostics.first().hint.contains(hint), qPrintable(diagnostics.first().hint));
    }

    void reportsEveryProblem()
    {
        const FieldTypeRegistry types;
        const DocTypeLoader loader(types);
        Diagnostics diagnostics;
        const QString path = QStringLiteral(FM_TEST_DATA_DIR "/input/many_problems.json");
        const auto doctype = loader.loadFile(path, diagnostics);
        QVERIFY(doctype.has_value());
        QVERIFY(hasErrors(diagnostics));
        const QList<std::tuple<QString, int, int>> expected{
            {"invalid-doctype-name", 2, 11},
            {"unknown-key", 4, 3},
            {"unknown-fieldtype", 6, 43},
            {"missing-options", 7, 5},
            {"reserved-fieldname", 8, 19},
            {"invalid-range", 9, 68},
            {"invalid-pattern", 10, 59},
            {"duplicate-fieldname", 9, 19},
            {"invalid-naming-pattern", 3, 13},
            {"layout-unknown-field", 12, 39},
            {"layout-missing-fields", 12, 13},
            {"unknown-key", 13, 52},
            {"wrong-type", 13, 45},
        };
        QVERIFY2(diagnostics.size() == expected.size(), qPrintable(diagnosticsText(diagnostics)));
        for (const auto &[code, line, column] : expected) {
            const bool found =
                std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic &d) {
                    return d.code == code && d.location.line == line &&
                           d.location.column == column && d.location.file == path;
                });
            QVERIFY2(found, qPrintable(QStringLiteral("%1 at %2:%3 not in\n%4")
                                           .arg(code)
                                           .arg(line)
                                           .arg(column)
                                           .arg(diagnosticsText(diagnostics))));
        }
        QVERIFY(diagnosticsText(diagnostics).contains("first is on line 6"));
        QVERIFY(diagnosticsText(diagnostics).contains("status, owner, code"));
    }

    void completeDocType()
    {
        const FieldTypeRegistry types;
        const DocTypeLoader loader(types);
        Diagnostics diagnostics;
        const QString path = QStringLiteral(FM_TEST_DATA_DIR "/input/valid/support_ticket.json");
        const auto d = loader.loadFile(path, diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnosticsText(diagnostics)));
        QVERIFY(d.has_value());
        QCOMPARE(d->name, QStringLiteral("Support Ticket"));
        QCOMPARE(d->module, QStringLiteral("Support"));
        QCOMPARE(d->app, QStringLiteral("helpdesk"));
        QCOMPARE(d->label, QStringLiteral("Ticket"));
        QVERIFY(d->isSubmittable && d->trackChanges && d->apiResource && !d->isChild);
        QCOMPARE(d->naming.rule, Naming::Rule::Series);
        QCOMPARE(d->naming.pattern, QStringLiteral("TKT-.YYYY.-.#####"));
        QCOMPARE(d->titleField, QStringLiteral("subject"));
        QCOMPARE(d->searchFields, (QStringList{"subject", "customer"}));
        QCOMPARE(d->sortField, QStringLiteral("opened_on"));
        QVERIFY(!d->sortDescending);
        QCOMPARE(d->rlsField, QStringLiteral("owner"));
        QCOMPARE(d->fields.size(), 16);
        const Field *status = d->field("status");
        QVERIFY(status);
        QCOMPARE(status->selectOptions(), (QStringList{"Open", "Replied", "Closed"}));
        QCOMPARE(status->defaultValue.toString(), QStringLiteral("Open"));
        QVERIFY(status->inListView && status->inFilter);
        QCOMPARE(status->location.line, 21);
        QCOMPARE(status->location.column, 5);
        QCOMPARE(status->location.file, path);
        const Field *priority = d->field("priority");
        QCOMPARE(priority->min, std::optional<double>(1));
        QCOMPARE(priority->max, std::optional<double>(5));
        QCOMPARE(d->field("subject")->length, std::optional<int>(140));
        QCOMPARE(d->field("subject")->pattern, QStringLiteral("^[^<>]+$"));
        QCOMPARE(d->field("customer_name")->fetchFrom, QStringLiteral("customer.customer_name"));
        QCOMPARE(d->field("billable")->permlevel, 1);
        QCOMPARE(d->field("payload")->defaultValue.toObject().value("source").toString(),
                 QStringLiteral("web"));
        QCOMPARE(d->layout.size(), 4);
        QCOMPARE(d->layout.at(1).label, QStringLiteral("Reference"));
        QVERIFY(d->layout.at(1).collapsible);
        QCOMPARE(d->layout.at(0).columns.at(1), (QStringList{"customer", "customer_name"}));
        QCOMPARE(d->permissions.size(), 3);
        QCOMPARE(d->permissions.at(1).permlevel, 1);
        QVERIFY(d->permissions.at(1).allows(PermissionAction::Amend));
        QVERIFY(!d->permissions.at(0).allows(PermissionAction::Delete));
        QVERIFY(d->permissions.at(2).ifOwner);
        QCOMPARE(d->indexes.size(), 2);
        QCOMPARE(d->indexes.at(1).name, QStringLiteral("idx_customer_subject"));
        QVERIFY(d->indexes.at(1).unique);
        QCOMPARE(d->views.listColumns, (QStringList{"subject", "status", "customer"}));
        QCOMPARE(d->views.kanbanGroupBy, QStringLiteral("status"));
        QCOMPARE(d->views.calendarStart, QStringLiteral("opened_on"));
        QCOMPARE(d->views.calendarEnd, QStringLiteral("closed_on"));
        QCOMPARE(d->views.calendarTitle, QStringLiteral("subject"));
        QCOMPARE(d->location.file, path);
        QCOMPARE(d->locate("/fields/1/options").line, 21);
        QCOMPARE(d->locate("/fields/1/options").column, 63);
        QCOMPARE(d->locate("/fields/1/options#key").column, 52);
    }

    void defaultsWhenAbsent()
    {
        const FieldTypeRegistry types;
        Diagnostics diagnostics;
        const auto d = DocTypeLoader(types).loadJson(
            doc(withTitle(R"(    {"fieldname": "n", "fieldtype": "Int"})")).toUtf8(), "m.json",
            diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnosticsText(diagnostics)));
        QCOMPARE(d->naming.rule, Naming::Rule::Uuid);
        QCOMPARE(d->concurrency, Concurrency::Optimistic);
        QVERIFY(d->apiResource);
        QCOMPARE(d->sortField, QStringLiteral("modified"));
        QVERIFY(d->sortDescending);
        // No layout: one unnamed section with one column of all fields in order.
        QCOMPARE(d->layout.size(), 1);
        QVERIFY(d->layout.first().label.isEmpty());
        QCOMPARE(d->layout.first().columns, (QList<QStringList>{{"title", "n"}}));
        QVERIFY(!d->field("title")->hasDefault());
    }

    void loadFileErrors()
    {
        const FieldTypeRegistry types;
        const DocTypeLoader loader(types);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Diagnostics diagnostics;
        QVERIFY(!loader.loadFile(dir.filePath("absent.json"), diagnostics).has_value());
        QCOMPARE(codes(diagnostics), QStringList{"unreadable-file"});
        QCOMPARE(diagnostics.first().location.file, dir.filePath("absent.json"));
        QFile broken(dir.filePath("broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n  \"name\": \"A\",\n  \"fields\": [\n}\n");
        broken.close();
        diagnostics.clear();
        QVERIFY(!loader.loadFile(broken.fileName(), diagnostics).has_value());
        QCOMPARE(codes(diagnostics), QStringList{"invalid-json"});
        QCOMPARE(diagnostics.first().location.line, 4);
        QCOMPARE(diagnostics.first().location.column, 1);
    }

    void extensionFields()
    {
        FieldTypeRegistry types;
        FieldTypeInfo iban;
        iban.name = "IBAN";
        iban.base = "Data";
        iban.pattern = "[A-Z]{2}[0-9]+";
        QVERIFY(types.registerType(iban).has_value());
        const DocTypeLoader loader(types);
        const QByteArray json =
            "{\"extends\": \"Ticket\", \"fields\": [\n"
            " {\"fieldname\": \"iban\", \"fieldtype\": \"IBAN\", \"insert_after\": \"title\", "
            "\"default\": \"x1\"},\n"
            " {\"fieldname\": \"ref\", \"fieldtype\": \"DynamicLink\", \"options\": \"kind\"}]}";
        Diagnostics diagnostics;
        const auto source = JsonSource::parse(json, "ext.json", diagnostics);
        QVERIFY(source.has_value());
        const QJsonArray fields = source->root().toObject().value("fields").toArray();
        const auto ibanField =
            loader.loadField(*source, fields.at(0), "/fields/0", diagnostics, true);
        QVERIFY(ibanField.has_value());
        QCOMPARE(ibanField->insertAfter, QStringLiteral("title"));
        QCOMPARE(ibanField->location.line, 2);
        // The app type's own pattern applies to the default.
        QCOMPARE(codes(diagnostics), QStringList{"invalid-default"});
        QCOMPARE(diagnostics.first().location.column, 81);
        diagnostics.clear();
        QVERIFY(
            loader.loadField(*source, fields.at(0), "/fields/0", diagnostics, false).has_value());
        QVERIFY(codes(diagnostics).contains("insert-after-not-allowed"));
        diagnostics.clear();
        const auto ref = loader.loadField(*source, fields.at(1), "/fields/1", diagnostics, true);
        QVERIFY(ref.has_value());
        QVERIFY(diagnostics.isEmpty());

        // Merged into a base DocType, the relation checks see the extension's fields.
        Diagnostics baseDiagnostics;
        auto base = loader.loadJson(doc(kTitle).toUtf8(), "base.json", baseDiagnostics);
        QVERIFY(base.has_value() && baseDiagnostics.isEmpty());
        base->fields << *ref << *ibanField;
        loader.checkFields(*base, diagnostics);
        QCOMPARE(codes(diagnostics), QStringList{"invalid-options"});
        QCOMPARE(diagnostics.first().location.file, QStringLiteral("ext.json"));
        QCOMPARE(diagnostics.first().location.line, 3);
        diagnostics.clear();
        base->fields << base->fields.first();
        base->fields.removeAt(1);
        loader.checkFields(*base, diagnostics);
        QCOMPARE(codes(diagnostics), QStringList{"duplicate-fieldname"});
    }

    // Frappe's vocabulary (select, share, the reserved report/export/import/print/email)
    // and its 0/1 flags load without a diagnostic and are written back as true
    // (issue 12 item 8, ADR 0146).
    void permissionVocabularyAndFlags()
    {
        const FieldTypeRegistry types;
        const DocTypeLoader loader(types);
        Diagnostics diagnostics;
        const auto doctype = loader.loadJson(R"({"name": "Book", "fields": [
            {"fieldname": "title", "fieldtype": "Data", "required": 1, "hidden": 0}],
            "permissions": [{"role": "Librarian", "read": 1, "select": 1, "share": true,
                             "print": 1, "email": true, "report": 1, "export": 1,
                             "import": 1, "write": 0, "if_owner": 0}]})",
                                             "book.json", diagnostics);
        QVERIFY2(doctype && diagnostics.isEmpty(), qPrintable(diagnosticsText(diagnostics)));
        QVERIFY(doctype->fields.first().required);
        QVERIFY(!doctype->fields.first().hidden);
        const PermissionRule &rule = doctype->permissions.first();
        QVERIFY(!rule.ifOwner);
        for (PermissionAction action : allActions())
            QCOMPARE(rule.allows(action),
                     action != PermissionAction::Write && action != PermissionAction::Create &&
                         action != PermissionAction::Delete && action != PermissionAction::Submit &&
                         action != PermissionAction::Cancel && action != PermissionAction::Amend);
        QVERIFY(isReservedAction(PermissionAction::Print));
        QVERIFY(!isReservedAction(PermissionAction::Select));
        QCOMPARE(actionFromName("share"), std::optional(PermissionAction::Share));
        const QJsonObject written =
            toJson(*doctype).value("permissions").toArray().first().toObject();
        QCOMPARE(written.value("select"), QJsonValue(true));
        QCOMPARE(written.value("print"), QJsonValue(true));
        QVERIFY(!written.contains("write"));
    }

    void checkFieldsKeepsPointers()
    {
        const FieldTypeRegistry types;
        const DocTypeLoader loader(types);
        Diagnostics diagnostics;
        const QString text = doc(
            withTitle(R"(    {"fieldname": "b", "fieldtype": "Data", "fetch_from": "title.x"})"));
        const auto d = loader.loadJson(text.toUtf8(), "p.json", diagnostics);
        QCOMPARE(codes(diagnostics), QStringList{"invalid-fetch-from"});
        Diagnostics again;
        loader.checkFields(*d, again);
        QCOMPARE(codes(again), QStringList{"invalid-fetch-from"});
        QCOMPARE(again.first().location.line, diagnostics.first().location.line);
        QCOMPARE(again.first().location.column, diagnostics.first().location.column);
    }
};

QTEST_GUILESS_MAIN(TestDocTypeLoader)
#include "tst_doctypeloader.moc"
