// SPDX-License-Identifier: MIT
#include "controllergenerator.h"
#include "controllerspec.h"
#include "markdowngenerator.h"
#include "plugingenerator.h"
#include "regions.h"
#include "scaffold.h"
#include "testgenerator.h"

#include <QRegularExpression>
#include <QTest>

using namespace fm::codegen;
using fm::core::DocType;
using fm::core::Field;

namespace {

Field field(const QString &name, const QString &type, const QString &options = {})
{
    Field f;
    f.fieldname = name;
    f.fieldtype = type;
    f.options = options;
    return f;
}

DocType doctype(const QString &name, QList<Field> fields,
                const QString &app = QStringLiteral("shop"))
{
    DocType d;
    d.name = name;
    d.app = app;
    d.fields = std::move(fields);
    return d;
}

} // namespace

class TestGenerators final : public QObject
{
    Q_OBJECT

private slots:
    void hooksFollowSubmittable_data();
    void hooksFollowSubmittable();
    void choiceConstants_data();
    void choiceConstants();
    void collidingNamesMadeUnique();
    void appNamespaceAndPlugin_data();
    void appNamespaceAndPlugin();
    void everyFileSaysItIsGenerated_data();
    void everyFileSaysItIsGenerated();
    void regenerationKeepsUserCode();
    void markdownEscapesUserText();
    void markdownEmptySections_data();
    void markdownEmptySections();
};

void TestGenerators::hooksFollowSubmittable_data()
{
    QTest::addColumn<bool>("submittable");
    QTest::addColumn<int>("hooks");
    QTest::newRow("plain DocType: 7 hooks") << false << 7;
    QTest::newRow("submittable: 11 hooks") << true << 11;
}

void TestGenerators::hooksFollowSubmittable()
{
    QFETCH(bool, submittable);
    QFETCH(int, hooks);
    DocType d =
        doctype(QStringLiteral("Task"), {field(QStringLiteral("title"), QStringLiteral("Data"))});
    d.isSubmittable = submittable;
    const QString header = controllerHeader(d);
    const QString source = controllerSource(d);
    const QString test = testScaffold(d);
    QCOMPARE(header.count(QStringLiteral(" override;")), hooks);
    QCOMPARE(source.count(QStringLiteral("return {};")), hooks);
    QCOMPARE(test.count(QStringLiteral("AcceptsDefaultDocument()\n{")), hooks);
    for (const QString &hook : {QStringLiteral("beforeSubmit"), QStringLiteral("afterSubmit"),
                                QStringLiteral("beforeCancel"), QStringLiteral("afterCancel")}) {
        QCOMPARE(header.contains(hook), submittable);
        QCOMPARE(source.contains(hook), submittable);
        QCOMPARE(test.contains(hook), submittable);
    }
    for (const QString &hook : {QStringLiteral("validate("), QStringLiteral("beforeInsert("),
                                QStringLiteral("afterInsert("), QStringLiteral("beforeSave("),
                                QStringLiteral("afterSave("), QStringLiteral("beforeDelete("),
                                QStringLiteral("afterDelete(")})
        QVERIFY2(header.contains(hook), qPrintable(hook));
    // Hooks after the fact get a const document; the others may change it.
    QVERIFY(header.contains(
        QStringLiteral("afterSave(fm::core::HookContext &ctx, const fm::core::Document &doc)")));
    QVERIFY(header.contains(
        QStringLiteral("validate(fm::core::HookContext &ctx, fm::core::Document &doc)")));
}

void TestGenerators::choiceConstants_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QStringList>("lines"); // expected in the header's constants region
    QTest::newRow("ASCII: QLatin1StringView")
        << "Open\nIn Progress\n\nClosed\n"
        << QStringList{"static constexpr QLatin1StringView kOpen{\"Open\"};",
                       "static constexpr QLatin1StringView kInProgress{\"In Progress\"};",
                       "static constexpr QLatin1StringView kClosed{\"Closed\"};"};
    QTest::newRow("Latin-1: QLatin1StringView with octal bytes")
        << "Café\nm²"
        << QStringList{"static constexpr QLatin1StringView kCafe{\"Caf\\351\"};",
                       "static constexpr QLatin1StringView kM2{\"m\\262\"};"};
    QTest::newRow("beyond Latin-1: QStringView for the whole set")
        << "€ Euro\nUSD"
        << QStringList{"static constexpr QStringView kEuro{u\"\\u20ac Euro\"};",
                       "static constexpr QStringView kUSD{u\"USD\"};"};
    QTest::newRow("no usable characters and duplicates")
        << "¿\n!!\nA\na"
        << QStringList{"static constexpr QLatin1StringView kChoice1{\"\\277\"};",
                       "kChoice2{\"!!\"};", "kA{\"A\"};", "kA_2{\"a\"};"};
}

void TestGenerators::choiceConstants()
{
    QFETCH(QString, options);
    QFETCH(QStringList, lines);
    const DocType d = doctype(QStringLiteral("Ticket"),
                              {field(QStringLiteral("state"), QStringLiteral("Select"), options)});
    const QString header = controllerHeader(d);
    QVERIFY2(header.contains(QStringLiteral("struct StateChoices")), qPrintable(header));
    for (const QString &line : lines)
        QVERIFY2(header.contains(line), qPrintable(line + QStringLiteral("\nnot in\n") + header));
    // The test scaffold lists the same constants, converting QStringView ones.
    const QString test = testScaffold(d);
    const bool utf16 = header.contains(QStringLiteral("QStringView k"));
    static const QRegularExpression converted(QStringLiteral("Choices::k\\w+\\.toString\\(\\)"));
    QCOMPARE(test.contains(converted), utf16);
    QVERIFY(test.contains(QStringLiteral("TicketController::StateChoices::")));
}

void TestGenerators::collidingNamesMadeUnique()
{
    const DocType d =
        doctype(QStringLiteral("Thing"),
                {field(QStringLiteral("a_1"), QStringLiteral("Data")),
                 field(QStringLiteral("a1"), QStringLiteral("Select"), QStringLiteral("x")),
                 field(QStringLiteral("a_1_choices"), QStringLiteral("Data"))});
    const ControllerSpec spec = ControllerSpec::of(d);
    QCOMPARE(spec.fields.at(0).name, QStringLiteral("kA1"));
    QCOMPARE(spec.fields.at(1).name, QStringLiteral("kA1_2"));
    QCOMPARE(spec.fields.at(2).name, QStringLiteral("kA1Choices"));
    QCOMPARE(spec.choiceSets.size(), 1);
    QCOMPARE(spec.choiceSets.at(0).fieldConstant, QStringLiteral("kA1_2"));
    QCOMPARE(spec.choiceSets.at(0).structName, QStringLiteral("A1Choices"));
}

void TestGenerators::appNamespaceAndPlugin_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("namespaceLine");
    QTest::addColumn<QString>("pluginClass");
    QTest::addColumn<QString>("stem");
    QTest::newRow("app") << "shop"
                         << "namespace shop {"
                         << "ShopPlugin"
                         << "shop";
    QTest::newRow("keyword app") << "new"
                                 << "namespace new_app {"
                                 << "NewPlugin"
                                 << "new_app";
    QTest::newRow("no app: global namespace") << ""
                                              << ""
                                              << "Plugin"
                                              << "app";
}

void TestGenerators::appNamespaceAndPlugin()
{
    QFETCH(QString, app);
    QFETCH(QString, namespaceLine);
    QFETCH(QString, pluginClass);
    QFETCH(QString, stem);
    const DocType d = doctype(QStringLiteral("Task"),
                              {field(QStringLiteral("title"), QStringLiteral("Data"))}, app);
    const QString header = controllerHeader(d);
    QCOMPARE(header.contains(QStringLiteral("namespace ")), !namespaceLine.isEmpty());
    if (!namespaceLine.isEmpty())
        QVERIFY(header.contains(namespaceLine));
    QCOMPARE(pluginClassName(app), pluginClass);
    QCOMPARE(appFileStem(app), stem);
    const QList<GeneratedFile> files = appFiles(app, {d});
    QCOMPARE(files.at(1).path, stem + QStringLiteral("_plugin.h"));
    QCOMPARE(files.at(2).path, stem + QStringLiteral("_plugin.cpp"));
    QVERIFY(files.at(2).content.contains(
        QStringLiteral("registry.registerController(TaskController::kDocType,\n"
                       "                                std::make_shared<TaskController>());")));
    QVERIFY(files.at(0).content.contains(
        QStringLiteral("add_library(%1_controllers MODULE").arg(stem)));
}

void TestGenerators::everyFileSaysItIsGenerated_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("content");
    DocType d =
        doctype(QStringLiteral("Task"), {field(QStringLiteral("title"), QStringLiteral("Data"))});
    QList<GeneratedFile> files = docTypeFiles(d) + appFiles(d.app, {d});
    for (const GeneratedFile &file : files)
        QTest::newRow(qPrintable(file.path)) << file.path << file.content;
}

void TestGenerators::everyFileSaysItIsGenerated()
{
    QFETCH(QString, path);
    QFETCH(QString, content);
    const QString first = content.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(first.contains(QStringLiteral("fm::codegen")), qPrintable(first));
    QVERIFY2(first.startsWith(QStringLiteral("// ")) || first.startsWith(QStringLiteral("# ")) ||
                 first.startsWith(QStringLiteral("<!-- ")),
             qPrintable(first));
    // Its markers parse, and regenerating over itself changes nothing.
    const auto regions = findRegions(content);
    QVERIFY2(regions, qPrintable(regions ? QString() : regions.error().toText()));
    QCOMPARE(first.contains(QStringLiteral("no fm:generated region")), regions->isEmpty());
    const fm::Result<QString> merged = mergeGenerated(content, content);
    QVERIFY(merged);
    QCOMPARE(*merged, content);
}

void TestGenerators::regenerationKeepsUserCode()
{
    DocType d =
        doctype(QStringLiteral("Task"), {field(QStringLiteral("title"), QStringLiteral("Data"))});
    QString header = controllerHeader(d);
    const QString userLine = QStringLiteral("    int userHelper() const; // mine\n");
    header.insert(header.indexOf(QStringLiteral("    fm::Result<void> validate")), userLine);

    d.fields << field(QStringLiteral("due_on"), QStringLiteral("Date"));
    d.isSubmittable = true;
    const fm::Result<QString> merged = mergeGenerated(header, controllerHeader(d));
    QVERIFY(merged);
    QVERIFY(merged->contains(userLine));
    QVERIFY(merged->contains(QStringLiteral("kDueOn{\"due_on\"}")));
    // Hook declarations are the user's: a DocType turned submittable does not add them.
    QVERIFY(!merged->contains(QStringLiteral("beforeSubmit")));
}

void TestGenerators::markdownEscapesUserText()
{
    Field pattern = field(QStringLiteral("code"), QStringLiteral("Data"));
    pattern.label = QStringLiteral("Code <b>|</b> *bold*");
    pattern.pattern = QStringLiteral("^(A|B)`x`$");
    pattern.defaultValue = QStringLiteral("A`");
    DocType d = doctype(QStringLiteral("Code Book"), {pattern});
    d.description = QStringLiteral("Line one\nline | two");
    const QString page = referencePage(d);
    QVERIFY2(page.contains(QStringLiteral("Line one line \\| two\n")), qPrintable(page));
    QVERIFY2(page.contains(QStringLiteral("Code \\<b\\>\\|\\</b\\> \\*bold\\*")), qPrintable(page));
    QVERIFY2(page.contains(QStringLiteral("pattern ``^(A\\|B)`x`$``")), qPrintable(page));
    QVERIFY2(page.contains(QStringLiteral("`` A` ``")), qPrintable(page));
}

void TestGenerators::markdownEmptySections_data()
{
    QTest::addColumn<bool>("child");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("no layout, rules or indexes")
        << false
        << QStringList{"One section with one column", "only the Administrator can use this DocType",
                       "None besides the standard ones."};
    QTest::newRow("child table without rules")
        << true << QStringList{"rows follow the permissions of their parent"};
}

void TestGenerators::markdownEmptySections()
{
    QFETCH(bool, child);
    QFETCH(QStringList, expected);
    DocType d =
        doctype(QStringLiteral("Note"), {field(QStringLiteral("body"), QStringLiteral("Text"))});
    d.isChild = child;
    const QString page = referencePage(d);
    for (const QString &text : expected)
        QVERIFY2(page.contains(text), qPrintable(text + QStringLiteral("\nnot in\n") + page));
}

QTEST_GUILESS_MAIN(TestGenerators)
#include "tst_generators.moc"
