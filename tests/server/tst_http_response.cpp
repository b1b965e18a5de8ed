// SPDX-License-Identifier: MIT
// The ErrorCode -> HTTP status table and the one error body of the API.
#include "http/response.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using fm::ErrorCode;

class TestHttpResponse : public QObject
{
    Q_OBJECT
private slots:
    void errorBody_data();
    void errorBody();
    void fieldErrors();
    void sqlStaysInTheLog_data();
    void sqlStaysInTheLog();
    void json();
};

void TestHttpResponse::errorBody_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("bad request") << ErrorCode::BadRequest << 400 << "BAD_REQUEST";
    QTest::newRow("validation") << ErrorCode::Validation << 422 << "VALIDATION_ERROR";
    QTest::newRow("not found") << ErrorCode::NotFound << 404 << "NOT_FOUND";
    QTest::newRow("duplicate") << ErrorCode::Duplicate << 409 << "DUPLICATE";
    QTest::newRow("version conflict") << ErrorCode::VersionConflict << 409 << "VERSION_CONFLICT";
    QTest::newRow("submitted") << ErrorCode::DocumentSubmitted << 409 << "DOCUMENT_SUBMITTED";
    QTest::newRow("invalid state") << ErrorCode::InvalidState << 409 << "INVALID_STATE";
    QTest::newRow("permission") << ErrorCode::PermissionDenied << 403 << "FORBIDDEN";
    // Everything else is the server's fault: 500, and nothing of the cause in the body.
    QTest::newRow("internal") << ErrorCode::Internal << 500 << "INTERNAL";
    QTest::newRow("database") << ErrorCode::Database << 500 << "INTERNAL";
    QTest::newRow("io") << ErrorCode::Io << 500 << "INTERNAL";
    QTest::newRow("hook") << ErrorCode::HookFailed << 500 << "INTERNAL";
    QTest::newRow("meta") << ErrorCode::InvalidMeta << 500 << "INTERNAL";
    QTest::newRow("migration") << ErrorCode::MigrationRefused << 500 << "INTERNAL";
}

void TestHttpResponse::errorBody()
{
    QFETCH(ErrorCode, code);
    QFETCH(int, status);
    QFETCH(QString, name);
    const QString secret = QStringLiteral("near \"SELEC\": syntax error in /srv/site/db.sqlite");
    const auto response = fm::server::http::error(
        fm::Error(code, secret, {{"email", "required", "secret field message"}}), "req-1");
    QCOMPARE(response.status, status);
    QCOMPARE(fm::server::http::statusFor(code), status);
    QCOMPARE(response.mimeType, QByteArray("application/json"));
    const QJsonObject root = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(root.keys(), QStringList{"error"});
    const QJsonObject error = root.value("error").toObject();
    QCOMPARE(error.keys(), (QStringList{"code", "fields", "message", "request_id"}));
    QCOMPARE(error.value("code").toString(), name);
    QCOMPARE(error.value("request_id").toString(), QStringLiteral("req-1"));
    if (status == 500) {
        QVERIFY(!response.body.contains("SELEC"));
        QVERIFY(!response.body.contains("secret"));
        QVERIFY(error.value("message").toString().contains("req-1"));
        QCOMPARE(error.value("fields").toArray().size(), 0);
        QVERIFY(response.logDetail.contains(secret));
    } else {
        QCOMPARE(error.value("message").toString(), secret);
        QCOMPARE(error.value("fields").toArray().size(), 1);
        QVERIFY(response.logDetail.isEmpty());
    }
}

void TestHttpResponse::fieldErrors()
{
    const auto response = fm::server::http::error(
        fm::Error(ErrorCode::Validation, "Customer is not valid",
                  {{"email", "required", "Email is required"},
                   {"tier", "invalid_option", "tier must be Gold or Silver"}}),
        "r");
    const QJsonArray fields =
        QJsonDocument::fromJson(response.body).object()["error"].toObject()["fields"].toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(
        fields[0].toObject(),
        (QJsonObject{{"field", "email"}, {"code", "required"}, {"message", "Email is required"}}));
    QCOMPARE(fields[1].toObject().value("field").toString(), QStringLiteral("tier"));
    QCOMPARE(fields[1].toObject().value("code").toString(), QStringLiteral("invalid_option"));
}

// A database error carries its statement as the detail "sql": for the log line, never
// for the client, whatever the status (issue 12 item 9).
void TestHttpResponse::sqlStaysInTheLog_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("duplicate (409)") << ErrorCode::Duplicate;
    QTest::newRow("validation (422)") << ErrorCode::Validation;
    QTest::newRow("database (500)") << ErrorCode::Database;
}

void TestHttpResponse::sqlStaysInTheLog()
{
    QFETCH(ErrorCode, code);
    const QString sql = QStringLiteral("INSERT INTO \"customer\" (\"name\") VALUES (?)");
    const auto response =
        fm::server::http::error(fm::Error(code, "another record already has this value")
                                    .withDetail(QStringLiteral("sql"), sql)
                                    .withDetail(QStringLiteral("retry"), true),
                                "r");
    QVERIFY2(!response.body.contains("INSERT"), response.body.constData());
    QVERIFY(!response.body.contains("\"sql\""));
    QVERIFY2(response.logDetail.contains(sql), qPrintable(response.logDetail));
    if (response.status != 500) // other details still reach the client
        QVERIFY(response.body.contains("\"retry\":true"));
}

void TestHttpResponse::json()
{
    const auto response = fm::server::http::json(201, {{"a", 1}});
    QCOMPARE(response.status, 201);
    QCOMPARE(response.body, QByteArray(R"({"a":1})"));
    QCOMPARE(response.mimeType, QByteArray("application/json"));
}

QTEST_GUILESS_MAIN(TestHttpResponse)
#include "tst_http_response.moc"
