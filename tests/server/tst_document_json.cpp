// SPDX-License-Identifier: MIT
// The REST routes write documents and list envelopes as JSON text themselves
// (api/documents/documentjson.h on common/jsontext.h, ADR 0274): the text must be exactly what Qt's
// QJsonDocument printed before, for every kind of value a document holds.
#include "api/documents/documentjson.h"
#include "api/documents/listrequest.h"

#include "data/document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using fm::core::Document;

class TestDocumentJson : public QObject
{
    Q_OBJECT
private slots:
    void valuesAsQtPrintsThem_data();
    void valuesAsQtPrintsThem();
    void randomStrings();
    void childrenAndKeyOrder();
    void listEnvelope();
};

namespace {

QByteArray viaQt(const Document &doc)
{
    return QJsonDocument(doc.toJson()).toJson(QJsonDocument::Compact);
}

QByteArray direct(const Document &doc)
{
    QByteArray out;
    fm::server::api::appendDocumentJson(out, doc);
    return out;
}

} // namespace

void TestDocumentJson::valuesAsQtPrintsThem_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("invalid") << QVariant();
    QTest::newRow("null string") << QVariant(QString());
    // How Qt Sql hands out a NULL column: a null QVariant of the column's type.
    QTest::newRow("typed null string") << QVariant(QMetaType::fromType<QString>());
    QTest::newRow("typed null int64") << QVariant(QMetaType::fromType<qlonglong>());
    QTest::newRow("typed null double") << QVariant(QMetaType::fromType<double>());
    QTest::newRow("empty string") << QVariant(QStringLiteral(""));
    QTest::newRow("ascii") << QVariant(QStringLiteral("Seeded ticket 42"));
    QTest::newRow("quotes and backslash") << QVariant(QStringLiteral("a \"b\" \\ c / d"));
    QTest::newRow("control characters") << QVariant(QStringLiteral("tab\there\nline\rcr\bbs\fff") +
                                                    QChar(0x1) + QChar(0x1f) + QChar(0x7f));
    QTest::newRow("umlauts") << QVariant(QStringLiteral("Grüße aus Köln"));
    QTest::newRow("astral") << QVariant(QString::fromUtf8("emoji \xF0\x9F\x98\x80 end"));
    QTest::newRow("lone high surrogate") << QVariant(QStringLiteral("a") + QChar(0xd800) + u'b');
    QTest::newRow("lone low surrogate") << QVariant(QChar(0xdc00) + QStringLiteral("x é"));
    QTest::newRow("int") << QVariant(-17);
    QTest::newRow("int64") << QVariant(qint64(1) << 60);
    QTest::newRow("int64 min") << QVariant(std::numeric_limits<qint64>::min());
    QTest::newRow("bool true") << QVariant(true);
    QTest::newRow("bool false") << QVariant(false);
    QTest::newRow("double") << QVariant(12.5);
    QTest::newRow("double third") << QVariant(1.0 / 3.0);
    QTest::newRow("double integral") << QVariant(3.0);
    QTest::newRow("double large integral") << QVariant(1e16);
    QTest::newRow("double million") << QVariant(1e6);
    QTest::newRow("double negative integral") << QVariant(-42.0);
    QTest::newRow("double 2^53 - 1") << QVariant(9007199254740991.0);
    QTest::newRow("double 2^53") << QVariant(9007199254740992.0);
    QTest::newRow("double -2^53") << QVariant(-9007199254740992.0);
    QTest::newRow("double 2^63") << QVariant(9223372036854775808.0);
    QTest::newRow("double negative zero") << QVariant(-0.0);
    QTest::newRow("double huge") << QVariant(1.5e300);
    QTest::newRow("double tiny") << QVariant(-2.5e-12);
    QTest::newRow("double nan") << QVariant(std::numeric_limits<double>::quiet_NaN());
    QTest::newRow("double inf") << QVariant(std::numeric_limits<double>::infinity());
    QTest::newRow("json object") << QVariant::fromValue(
        QJsonValue(QJsonObject{{"b", 1}, {"a", QJsonArray{1, "x", true}}}));
    QTest::newRow("json array") << QVariant::fromValue(QJsonValue(QJsonArray{1.5, "é", false}));
    QTest::newRow("json string") << QVariant::fromValue(QJsonValue(QStringLiteral("s\"\n")));
    QTest::newRow("json integer") << QVariant::fromValue(QJsonValue(qint64(5)));
    QTest::newRow("json double") << QVariant::fromValue(QJsonValue(2.0));
    QTest::newRow("json million") << QVariant::fromValue(QJsonValue(1e6));
    QTest::newRow("json fraction") << QVariant::fromValue(QJsonValue(0.1));
    QTest::newRow("json null") << QVariant::fromValue(QJsonValue(QJsonValue::Null));
    QTest::newRow("json undefined") << QVariant::fromValue(QJsonValue(QJsonValue::Undefined));
    QTest::newRow("parsed json number")
        << QVariant::fromValue(QJsonDocument::fromJson("[12345678901234567]").array().at(0));
    QTest::newRow("date") << QVariant(QDate(2026, 12, 7));
    QTest::newRow("bytes") << QVariant(QByteArray("raw\x01"));
    QTest::newRow("string list") << QVariant(QStringList{"a", "b"});
}

void TestDocumentJson::valuesAsQtPrintsThem()
{
    QFETCH(QVariant, value);
    Document doc(QStringLiteral("Ticket"));
    doc.setValue(QStringLiteral("a_before"), QStringLiteral("x"));
    doc.setValue(QStringLiteral("subject"), value);
    doc.setValue(QStringLiteral("z_after"), qint64(1));
    QCOMPARE(direct(doc), viaQt(doc));
    // Alone, too: the first and only key.
    Document single(QStringLiteral("Ticket"));
    single.setValue(QStringLiteral("subject"), value);
    QCOMPARE(direct(single), viaQt(single));
}

void TestDocumentJson::randomStrings()
{
    // Any UTF-16 text, lone surrogates included: the same bytes as Qt's writer.
    QRandomGenerator random(20261207);
    for (int round = 0; round < 2000; ++round) {
        QString text;
        const int length = int(random.bounded(12));
        for (int i = 0; i < length; ++i) {
            switch (random.bounded(4)) {
            case 0:
                text += QChar(char16_t(random.bounded(0x20)));
                break;
            case 1:
                text += QChar(char16_t(0x20 + random.bounded(0x60)));
                break;
            case 2:
                text += QChar(char16_t(0x80 + random.bounded(0x7f80)));
                break;
            default:
                text += QChar(char16_t(0xd800 + random.bounded(0x800)));
            }
        }
        Document doc(QStringLiteral("Ticket"));
        doc.setValue(QStringLiteral("text"), text);
        QCOMPARE(direct(doc), viaQt(doc));
    }
}

void TestDocumentJson::childrenAndKeyOrder()
{
    Document doc(QStringLiteral("Sales Invoice"));
    doc.setValue(QStringLiteral("name"), QStringLiteral("INV-1"));
    doc.setValue(QStringLiteral("zeta"), 1);
    doc.setValue(QStringLiteral("items"), QStringLiteral("replaced by the table"));
    doc.setValue(QStringLiteral("gone"), QVariant::fromValue(QJsonValue(QJsonValue::Undefined)));
    QList<Document> items;
    for (int i = 0; i < 3; ++i) {
        Document row(QStringLiteral("Sales Invoice Item"));
        row.setValue(QStringLiteral("idx"), qint64(i + 1));
        row.setValue(QStringLiteral("item"), QStringLiteral("Item %1").arg(i));
        row.setValue(QStringLiteral("rate"), 9.75);
        items << row;
    }
    doc.setChildren(QStringLiteral("items"), items);
    doc.setChildren(QStringLiteral("aa_empty"), {});
    doc.setChildren(QStringLiteral("taxes"), {items.first()});
    QCOMPARE(direct(doc), viaQt(doc));
    QVERIFY(!direct(doc).contains("replaced by the table"));
    QVERIFY(!direct(doc).contains("gone"));
    QCOMPARE(direct(Document(QStringLiteral("Empty"))), QByteArray("{}"));
}

void TestDocumentJson::listEnvelope()
{
    fm::server::api::ListRequest request;
    request.query.limit = 20;
    request.query.offset = 40;
    fm::core::DocumentAccess::Page page;
    for (int i = 0; i < 3; ++i) {
        Document row(QStringLiteral("Ticket"));
        row.setValue(QStringLiteral("name"), QStringLiteral("TKT-%1").arg(i));
        row.setValue(QStringLiteral("status"), QStringLiteral("Open"));
        page.rows << row;
    }
    page.total = 10000;
    page.totalExact = false;
    page.hasMore = true;
    auto viaQtEnvelope = [&] {
        return QJsonDocument(fm::server::api::listEnvelope(request, page))
            .toJson(QJsonDocument::Compact);
    };
    QCOMPARE(fm::server::api::listEnvelopeJson(request, page), viaQtEnvelope());
    request.askedLimit = 5000; // with the notice
    page.rows.clear();
    page.total = 0;
    page.totalExact = true;
    page.hasMore = false;
    QCOMPARE(fm::server::api::listEnvelopeJson(request, page), viaQtEnvelope());
}

QTEST_GUILESS_MAIN(TestDocumentJson)
#include "tst_document_json.moc"
