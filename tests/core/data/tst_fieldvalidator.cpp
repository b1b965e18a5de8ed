// SPDX-License-Identifier: MIT
#include "data/fieldvalidator.h"
#include "meta/fieldtyperegistry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace fm::core;
using fm::FieldError;

class TestFieldValidator : public QObject
{
    Q_OBJECT
private slots:
    void coerce_data();
    void coerce();
    void emptyIsUnset_data();
    void emptyIsUnset();
    void customTypePattern();
};

namespace {
Field makeField(const QString &type, const QVariantMap &extra)
{
    Field f;
    f.fieldname = QStringLiteral("f");
    f.fieldtype = type;
    f.options = extra.value(QStringLiteral("options")).toString();
    f.pattern = extra.value(QStringLiteral("pattern")).toString();
    if (extra.contains(QStringLiteral("length")))
        f.length = extra.value(QStringLiteral("length")).toInt();
    if (extra.contains(QStringLiteral("min")))
        f.min = extra.value(QStringLiteral("min")).toDouble();
    if (extra.contains(QStringLiteral("max")))
        f.max = extra.value(QStringLiteral("max")).toDouble();
    return f;
}
} // namespace

void TestFieldValidator::coerce_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariantMap>("extra");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("expected"); // canonical value when valid
    QTest::addColumn<QString>("error");     // error code when invalid

    const QVariantMap none;
    auto ok = [&](const char *row, const char *type, const QVariantMap &extra, const QVariant &in,
                  const QVariant &out) {
        QTest::newRow(row) << QString::fromLatin1(type) << extra << in << out << QString();
    };
    auto bad = [&](const char *row, const char *type, const QVariantMap &extra, const QVariant &in,
                   const char *code) {
        QTest::newRow(row) << QString::fromLatin1(type) << extra << in << QVariant()
                           << QString::fromLatin1(code);
    };
    ok("Data", "Data", none, "hello", "hello");
    bad("Data number", "Data", none, 5, "invalid_type");
    bad("Data length", "Data", {{"length", 3}}, "abcd", "too_long");
    ok("Data length ok", "Data", {{"length", 4}}, "abcd", "abcd");
    bad("Data pattern", "Data", {{"pattern", "[A-Z]{3}"}}, "AB1", "pattern_mismatch");
    ok("Data pattern ok", "Data", {{"pattern", "[A-Z]{3}"}}, "ABC", "ABC");
    bad("Data pattern is anchored", "Data", {{"pattern", "[A-Z]{3}"}}, "ABCD", "pattern_mismatch");
    ok("Text", "Text", none, "line1\nline2", "line1\nline2");
    ok("LongText", "LongText", none, "long", "long");
    ok("Markdown", "Markdown", none, "# Title", "# Title");
    ok("Int", "Int", none, 42, qint64(42));
    ok("Int from string", "Int", none, "42", qint64(42));
    ok("Int from integral double", "Int", none, 42.0, qint64(42));
    bad("Int fraction", "Int", none, 4.5, "invalid_type");
    bad("Int text", "Int", none, "forty", "invalid_type");
    bad("Int below min", "Int", {{"min", 1}}, 0, "too_small");
    bad("Int above max", "Int", {{"max", 5}}, 6, "too_large");
    ok("Float", "Float", none, 2.5, 2.5);
    ok("Float from string", "Float", none, "2.5", 2.5);
    bad("Float text", "Float", none, "abc", "invalid_type");
    bad("Float bool", "Float", none, true, "invalid_type");
    ok("Currency", "Currency", none, 10.25, 10.25);
    bad("Currency below min", "Currency", {{"min", 0}}, -1, "too_small");
    ok("Percent", "Percent", none, 12.5, 12.5);
    bad("Percent above max", "Percent", {{"max", 100}}, 101, "too_large");
    ok("Check true", "Check", none, true, true);
    ok("Check 0", "Check", none, 0, false);
    ok("Check string", "Check", none, "true", true);
    bad("Check 2", "Check", none, 2, "invalid_type");
    bad("Check word", "Check", none, "yes", "invalid_type");
    ok("Date", "Date", none, "2026-11-26", "2026-11-26");
    bad("Date invalid", "Date", none, "2026-02-30", "invalid_date");
    bad("Date format", "Date", none, "26/11/2026", "invalid_date");
    // Found by tests/fuzz/fuzz_document: Qt's ISO parser takes any separator.
    ok("Date other separator is canonicalised", "Date", none, "2026-12%07", "2026-12-07");
    ok("Datetime UTC", "Datetime", none, "2026-11-26T10:00:00Z", "2026-11-26T10:00:00.000Z");
    ok("Datetime offset", "Datetime", none, "2026-11-26T12:00:00+02:00",
       "2026-11-26T10:00:00.000Z");
    ok("Datetime no zone is UTC", "Datetime", none, "2026-11-26 10:00:00",
       "2026-11-26T10:00:00.000Z");
    bad("Datetime invalid", "Datetime", none, "yesterday", "invalid_datetime");
    // The canonical text reads back as itself (the invariant of tests/fuzz/fuzz_document).
    bad("Datetime offset past year 9999", "Datetime", none, "9999-12-31T23:00:00-14:00",
        "invalid_datetime");
    bad("Datetime offset before year 1", "Datetime", none, "0001-01-01T00:00:00+01:00",
        "invalid_datetime");
    bad("Datetime signed year", "Datetime", none, "+026-11-26T10:00:00.000Z", "invalid_datetime");
    bad("Datetime spaced hour", "Datetime", none, "2026-11-26T 1:00:00.000Z", "invalid_datetime");
    ok("Datetime last canonical", "Datetime", none, "9999-12-31T23:59:59.999Z",
       "9999-12-31T23:59:59.999Z");
    ok("Time", "Time", none, "09:30", "09:30:00");
    ok("Time seconds", "Time", none, "09:30:15", "09:30:15");
    bad("Time invalid", "Time", none, "25:00", "invalid_time");
    ok("Duration", "Duration", none, 3600, qint64(3600));
    bad("Duration negative", "Duration", none, -1, "too_small");
    ok("Select", "Select", {{"options", "Open\nClosed"}}, "Open", "Open");
    bad("Select unknown", "Select", {{"options", "Open\nClosed"}}, "Pending", "invalid_option");
    ok("Link", "Link", {{"options", "Customer"}}, "Acme", "Acme");
    bad("Link number", "Link", {{"options", "Customer"}}, 12, "invalid_type");
    ok("DynamicLink", "DynamicLink", {{"options", "ref"}}, "X", "X");
    ok("Attach", "Attach", none, "/files/a.pdf", "/files/a.pdf");
    ok("AttachImage", "AttachImage", none, "/files/a.png", "/files/a.png");
    ok("Password", "Password", none, "s3cret", "s3cret");
    ok("Email", "Email", none, "a@example.com", "a@example.com");
    bad("Email invalid", "Email", none, "not-an-email", "invalid_email");
    ok("Phone", "Phone", none, "+49 (30) 123-456", "+49 (30) 123-456");
    bad("Phone letters", "Phone", none, "call me", "invalid_phone");
    ok("URL", "URL", none, "https://example.com/x", "https://example.com/x");
    bad("URL no scheme", "URL", none, "example.com", "invalid_url");
    ok("Color", "Color", none, "#a1b2c3", "#a1b2c3");
    bad("Color name", "Color", none, "red", "invalid_color");
    ok("Rating", "Rating", none, 4, qint64(4));
    bad("Rating above 5", "Rating", none, 6, "too_large");
    ok("JSON object", "JSON", none, QVariant::fromValue(QJsonValue(QJsonObject{{"a", 1}})),
       QVariant::fromValue(QJsonValue(QJsonObject{{"a", 1}})));
    ok("JSON number", "JSON", none, 3, QVariant::fromValue(QJsonValue(3)));
    bad("scalar given a list", "Data", none, QVariant::fromValue(QJsonValue(QJsonArray{1})),
        "invalid_type");
}

void TestFieldValidator::coerce()
{
    QFETCH(QString, type);
    QFETCH(QVariantMap, extra);
    QFETCH(QVariant, input);
    QFETCH(QVariant, expected);
    QFETCH(QString, error);

    FieldTypeRegistry types;
    QVERIFY2(types.contains(type), qPrintable(type));
    const Field field = makeField(type, extra);
    QVariant canonical;
    const auto problem = FieldValidator::coerce(field, types.type(type), input, canonical);
    if (error.isEmpty()) {
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
        QCOMPARE(canonical, expected);
    } else {
        QVERIFY(problem);
        QCOMPARE(problem->code, error);
        QCOMPARE(problem->field, QStringLiteral("f"));
        QVERIFY(!problem->message.isEmpty());
        QVERIFY(!canonical.isValid());
    }
}

void TestFieldValidator::emptyIsUnset_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariant>("input");
    QTest::newRow("empty string") << "Data" << QVariant(QString());
    QTest::newRow("invalid") << "Int" << QVariant();
    QTest::newRow("json null") << "Date" << QVariant::fromValue(QJsonValue(QJsonValue::Null));
    QTest::newRow("json null JSON") << "JSON" << QVariant::fromValue(QJsonValue(QJsonValue::Null));
}

void TestFieldValidator::emptyIsUnset()
{
    QFETCH(QString, type);
    QFETCH(QVariant, input);
    FieldTypeRegistry types;
    QVariant canonical = 1;
    QVERIFY(!FieldValidator::coerce(makeField(type, {}), types.type(type), input, canonical));
    QVERIFY(!canonical.isValid());
}

void TestFieldValidator::customTypePattern()
{
    FieldTypeRegistry types;
    FieldTypeInfo iban;
    iban.name = QStringLiteral("IBAN");
    iban.base = QStringLiteral("Data");
    iban.pattern = QStringLiteral("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    QVERIFY(types.registerType(iban));
    QVariant canonical;
    const Field field = makeField(QStringLiteral("IBAN"), {});
    QVERIFY(
        !FieldValidator::coerce(field, types.type("IBAN"), "DE89370400440532013000", canonical));
    const auto problem = FieldValidator::coerce(field, types.type("IBAN"), "DE89", canonical);
    QVERIFY(problem);
    QCOMPARE(problem->code, QStringLiteral("pattern_mismatch"));
}

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "tst_fieldvalidator.moc"
