// SPDX-License-Identifier: MIT
#include "testgenerator.h"

#include "codetemplate.h"
#include "controllerspec.h"
#include "regions.h"

namespace fm::codegen {

namespace {

constexpr QStringView kTest = uR"fm(// @provenance@
#include "@snake@_controller.h"

#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "db/connectionpool.h"
#include "meta/doctypeloader.h"
#include "meta/metaregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using fm::core::Document;@using@

class @testClass@ final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fieldnameConstantsMatchDocType();
    void selectChoiceConstantsMatchDocType();
@hookSlots@
private:
    // A new document holding the defaults the DocType JSON declares.
    Document defaultDocument() const;
    fm::core::HookContext context();

    QTemporaryDir m_dir;
    QJsonObject m_json; // the DocType JSON as it is on disk now
    fm::core::MetaRegistry m_meta;
    fm::core::ControllerRegistry m_controllers;
    std::unique_ptr<fm::core::ConnectionPool> m_pool;
    std::unique_ptr<fm::core::DocumentService> m_service;
    @class@ m_controller;
};

void @testClass@::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    const QString path = QFINDTESTDATA("@snake@.json");
    QVERIFY2(!path.isEmpty(), "@snake@.json must be beside this test");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QJsonParseError parseError;
    m_json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));

    // Field types from other apps are unknown here; their diagnostics do not matter
    // to these tests, so only a file that is no DocType at all stops them.
    fm::core::Diagnostics diagnostics;
    const std::optional<fm::core::DocType> doctype =
        fm::core::DocTypeLoader(m_meta.fieldTypes()).loadFile(path, diagnostics);
    QVERIFY2(doctype, "@snake@.json is not a DocType");
    QCOMPARE(doctype->name, QString(@class@::kDocType));
    const fm::Result<void> added = m_meta.addDocType(*doctype);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().toText()));

    auto pool = fm::core::ConnectionPool::open(
        {QStringLiteral("sqlite"), m_dir.filePath(QStringLiteral("test.sqlite"))});
    QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().toText()));
    m_pool = std::move(*pool);
    m_service = std::make_unique<fm::core::DocumentService>(*m_pool, m_meta, m_controllers);
}

void @testClass@::fieldnameConstantsMatchDocType()
{
    @fieldnamesBegin@
@fieldnames@    @fieldnamesEnd@
    QStringList declared;
    for (const QJsonValue &field : m_json.value(QLatin1StringView("fields")).toArray())
        declared << field.toObject().value(QLatin1StringView("fieldname")).toString();
    // A difference means the JSON changed after the constants were generated:
    // regenerate the fm:generated regions of the controller and of this test.
    QCOMPARE(constants, declared);
}

void @testClass@::selectChoiceConstantsMatchDocType()
{
    @choicesBegin@
@choices@    @choicesEnd@
    QMap<QString, QStringList> declared;
    for (const QJsonValue &value : m_json.value(QLatin1StringView("fields")).toArray()) {
        const QJsonObject field = value.toObject();
        if (field.value(QLatin1StringView("fieldtype")).toString() != QLatin1StringView("Select"))
            continue;
        QStringList choices;
        const QStringList lines =
            field.value(QLatin1StringView("options")).toString().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty())
                choices << line.trimmed();
        }
        declared.insert(field.value(QLatin1StringView("fieldname")).toString(), choices);
    }
    // A difference means the JSON changed after the constants were generated:
    // regenerate the fm:generated regions of the controller and of this test.
    QCOMPARE(constants.keys(), declared.keys());
    for (auto it = constants.cbegin(); it != constants.cend(); ++it)
        QCOMPARE(it.value(), declared.value(it.key()));
}
@tests@
Document @testClass@::defaultDocument() const
{
    Document doc{QString(@class@::kDocType)};
    for (const QJsonValue &value : m_json.value(QLatin1StringView("fields")).toArray()) {
        const QJsonObject field = value.toObject();
        if (field.contains(QLatin1StringView("default")))
            doc.setValue(field.value(QLatin1StringView("fieldname")).toString(),
                         field.value(QLatin1StringView("default")).toVariant());
    }
    return doc;
}

fm::core::HookContext @testClass@::context()
{
    return fm::core::HookContext{*m_service, *m_meta.doctype(@class@::kDocType),
                                 fm::core::DocumentService::kAdministrator, nullptr};
}

QTEST_GUILESS_MAIN(@testClass@)
#include "test_@snake@.moc"
)fm";

constexpr QStringView kHookTest = uR"fm(
void @testClass@::@hook@AcceptsDefaultDocument()
{
    @const@Document doc = defaultDocument();
    fm::core::HookContext ctx = context();
    const fm::Result<void> result = m_controller.@hook@(ctx, doc);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toText()));
}
)fm";

QString fieldnamesRegion(const ControllerSpec &spec)
{
    QString out = QStringLiteral("    const QStringList constants{\n");
    for (const ControllerSpec::Constant &field : spec.fields)
        out += QStringLiteral("        %1::Fields::%2,\n").arg(spec.className, field.name);
    return out + QStringLiteral("    };\n");
}

QString choicesRegion(const ControllerSpec &spec)
{
    QString out = QStringLiteral("    const QMap<QString, QStringList> constants{\n");
    for (const ControllerSpec::ChoiceSet &set : spec.choiceSets) {
        out += QStringLiteral("        {%1::Fields::%2,\n         {\n")
                   .arg(spec.className, set.fieldConstant);
        for (const ControllerSpec::Constant &choice : set.choices) {
            out += QStringLiteral("             %1::%2::%3%4,\n")
                       .arg(spec.className, set.structName, choice.name,
                            set.utf16 ? QStringLiteral(".toString()") : QString());
        }
        out += QStringLiteral("         }},\n");
    }
    return out + QStringLiteral("    };\n");
}

} // namespace

QString testScaffold(const fm::core::DocType &doctype)
{
    const ControllerSpec spec = ControllerSpec::of(doctype);
    QString hookSlots;
    QString tests;
    for (const ControllerSpec::Hook &hook : spec.hooks) {
        hookSlots += QStringLiteral("    void %1AcceptsDefaultDocument();\n").arg(hook.name);
        tests += detail::fillTemplate(
            kHookTest,
            {{QStringLiteral("testClass"), spec.testClassName},
             {QStringLiteral("hook"), hook.name},
             {QStringLiteral("const"), hook.mutableDoc ? QString() : QStringLiteral("const ")}});
    }
    const QString usingClass = spec.nameSpace.isEmpty()
                                   ? QString()
                                   : QStringLiteral("\nusing %1;").arg(spec.qualifiedClassName());
    return detail::fillTemplate(
        kTest,
        {{QStringLiteral("provenance"),
          detail::provenance(QStringLiteral("the DocType \"%1\"").arg(spec.doctype))},
         {QStringLiteral("snake"), spec.snake},
         {QStringLiteral("using"), usingClass},
         {QStringLiteral("testClass"), spec.testClassName},
         {QStringLiteral("class"), spec.className},
         {QStringLiteral("hookSlots"), hookSlots},
         {QStringLiteral("tests"), tests},
         {QStringLiteral("fieldnamesBegin"),
          beginMarker(CommentStyle::Cpp, QStringLiteral("fieldnames"))},
         {QStringLiteral("fieldnamesEnd"),
          endMarker(CommentStyle::Cpp, QStringLiteral("fieldnames"))},
         {QStringLiteral("fieldnames"), fieldnamesRegion(spec)},
         {QStringLiteral("choicesBegin"),
          beginMarker(CommentStyle::Cpp, QStringLiteral("choices"))},
         {QStringLiteral("choicesEnd"), endMarker(CommentStyle::Cpp, QStringLiteral("choices"))},
         {QStringLiteral("choices"), choicesRegion(spec)}});
}

} // namespace fm::codegen
