// SPDX-License-Identifier: MIT
// The JSON Schema of the DocType format must accept every DocType file the project
// ships and reject what the format forbids. Validated with RapidJSON (draft-04).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <memory>

namespace {

const QString kSchemaPath = QStringLiteral(FM_SOURCE_DIR "/resources/schema/doctype.schema.json");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// DocType files under `root` whose path has a "doctypes" folder.
QStringList doctypeFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.mid(root.size()).contains(QLatin1String("/doctypes/")))
            files << path;
    }
    files.sort();
    return files;
}

// An empty string when `json` is valid, else what the schema refused and where.
QString validate(const rapidjson::SchemaDocument &schema, const QByteArray &json)
{
    rapidjson::Document document;
    document.Parse(json.constData(), size_t(json.size()));
    if (document.HasParseError()) {
        return QStringLiteral("not JSON: %1 at offset %2")
            .arg(QString::fromUtf8(rapidjson::GetParseError_En(document.GetParseError())))
            .arg(document.GetErrorOffset());
    }
    rapidjson::SchemaValidator validator(schema);
    if (document.Accept(validator))
        return QString();
    rapidjson::StringBuffer where, rule;
    validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
    validator.GetInvalidSchemaPointer().StringifyUriFragment(rule);
    return QStringLiteral("keyword \"%1\" at %2 (schema %3)")
        .arg(QString::fromUtf8(validator.GetInvalidSchemaKeyword()),
             QString::fromUtf8(where.GetString()), QString::fromUtf8(rule.GetString()));
}

} // namespace

class TestDocTypeSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QByteArray text = readFile(kSchemaPath);
        QVERIFY2(!text.isEmpty(), qPrintable(kSchemaPath));
        rapidjson::Document document;
        document.Parse(text.constData(), size_t(text.size()));
        QVERIFY2(!document.HasParseError(), "the schema is not valid JSON");
        m_schema = std::make_unique<rapidjson::SchemaDocument>(document);
    }

    void accepts_data()
    {
        QTest::addColumn<QString>("path");
        QStringList files = doctypeFiles(QStringLiteral(FM_SOURCE_DIR "/examples")) +
                            doctypeFiles(QStringLiteral(FM_SOURCE_DIR "/resources/apps"));
        // The loader tests' valid inputs always exist, so this test never runs empty.
        const QDir own(QStringLiteral(FM_TEST_DATA_DIR "/input/valid"));
        const QStringList ownFiles = own.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(!ownFiles.isEmpty());
        for (const QString &name : ownFiles)
            files << own.filePath(name);
        for (const QString &file : files)
            QTest::newRow(qPrintable(QDir(QStringLiteral(FM_SOURCE_DIR)).relativeFilePath(file)))
                << file;
    }
    void accepts()
    {
        QFETCH(QString, path);
        const QByteArray json = readFile(path);
        QVERIFY(!json.isEmpty());
        const QString problem = validate(*m_schema, json);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("keyword");
        const QByteArray f = R"("fields": [{"fieldname": "a", "fieldtype": "Data"}])";
        const auto doc = [&](const QByteArray &top) {
            return "{\"name\": \"Ticket\", " + f + ", " + top + "}";
        };
        const auto field = [](const QByteArray &body) {
            return "{\"name\": \"Ticket\", \"fields\": [{" + body + "}]}";
        };
        QTest::newRow("not-an-object") << QByteArray("[1]") << "type";
        QTest::newRow("no-name") << "{" + f + "}"
                                 << "required";
        QTest::newRow("no-fields") << QByteArray(R"({"name": "Ticket"})") << "required";
        QTest::newRow("empty-fields")
            << QByteArray(R"({"name": "Ticket", "fields": []})") << "minItems";
        QTest::newRow("bad-name") << QByteArray(R"({"name": "support ticket", )") + f + "}"
                                  << "pattern";
        QTest::newRow("unknown-key") << doc(R"("modul": "x")") << "additionalProperties";
        QTest::newRow("format-version") << doc(R"("format_version": 2)") << "enum";
        QTest::newRow("naming") << doc(R"("naming": "serie:X.####")") << "pattern";
        QTest::newRow("sort") << doc(R"("sort": "a upward")") << "pattern";
        QTest::newRow("concurrency") << doc(R"("concurrency": "pessimistic")") << "enum";
        QTest::newRow("flag-type") << doc(R"("is_child": "yes")") << "type";
        QTest::newRow("field-no-type") << field(R"("fieldname": "a")") << "required";
        QTest::newRow("field-bad-name")
            << field(R"("fieldname": "Title", "fieldtype": "Data")") << "pattern";
        QTest::newRow("field-reserved")
            << field(R"("fieldname": "owner", "fieldtype": "Data")") << "not";
        QTest::newRow("field-unknown-key")
            << field(R"("fieldname": "a", "fieldtype": "Data", "lable": "A")")
            << "additionalProperties";
        QTest::newRow("field-required-yes")
            << field(R"("fieldname": "a", "fieldtype": "Data", "required": "yes")") << "type";
        QTest::newRow("field-permlevel")
            << field(R"("fieldname": "a", "fieldtype": "Data", "permlevel": 10)") << "maximum";
        QTest::newRow("field-length")
            << field(R"("fieldname": "a", "fieldtype": "Data", "length": 0)") << "minimum";
        QTest::newRow("field-select-options")
            << field(R"("fieldname": "a", "fieldtype": "Select")") << "anyOf";
        QTest::newRow("field-link-options")
            << field(R"("fieldname": "a", "fieldtype": "Link")") << "anyOf";
        QTest::newRow("field-fetch-from")
            << field(R"("fieldname": "a", "fieldtype": "Data", "fetch_from": "customer")")
            << "pattern";
        QTest::newRow("field-insert-after")
            << field(R"("fieldname": "a", "fieldtype": "Data", "insert_after": "b")")
            << "additionalProperties";
        QTest::newRow("section-no-columns") << doc(R"("layout": [{"label": "A"}])") << "required";
        QTest::newRow("section-unknown-key")
            << doc(R"("layout": [{"columns": [["a"]], "colapsible": true}])")
            << "additionalProperties";
        QTest::newRow("permission-no-role")
            << doc(R"("permissions": [{"read": true}])") << "required";
        QTest::newRow("permission-action")
            << doc(R"("permissions": [{"role": "A", "launch": true}])") << "additionalProperties";
        QTest::newRow("index-no-fields") << doc(R"("indexes": [{"unique": true}])") << "required";
        QTest::newRow("views-unknown") << doc(R"("views": {"grid": {}})") << "additionalProperties";
        QTest::newRow("kanban-no-group") << doc(R"("views": {"kanban": {}})") << "required";
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, keyword);
        const QString problem = validate(*m_schema, json);
        QVERIFY2(problem.startsWith(QStringLiteral("keyword \"%1\"").arg(keyword)),
                 qPrintable(problem));
    }

private:
    std::unique_ptr<rapidjson::SchemaDocument> m_schema;
};

QTEST_GUILESS_MAIN(TestDocTypeSchema)
#include "tst_doctypeschema.moc"
