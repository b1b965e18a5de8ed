// SPDX-License-Identifier: MIT
#pragma once

// The server the auth integration tests share: the site "demo" with Administrator,
// bob and carol (role Support), started with a trusted gateway header from 127.0.0.1,
// plus small HTTP helpers.

#include "testserver.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

inline const QString kAdmin = QStringLiteral("Administrator");
inline const QString kBob = QStringLiteral("bob@example.com");
inline const QString kBobPassword = QStringLiteral("bob-password-1");
inline const QString kCarol = QStringLiteral("carol@example.com");
inline const QString kCarolPassword = QStringLiteral("carol-password-1");

struct Login
{
    std::string token;
    std::string csrf;
    QString session; // the Session id, from /me
};

inline QJsonObject errorOf(const httplib::Result &result)
{
    return jsonOf(result->body).value(QStringLiteral("error")).toObject();
}

inline QString codeOf(const httplib::Result &result)
{
    return errorOf(result).value(QStringLiteral("code")).toString();
}

inline std::string basic(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64().toStdString();
}

class AuthHttpFixture
{
public:
    // Creates the site and its users and starts the server; false on failure.
    bool setUp()
    {
        if (!m_server.create())
            return false;
        return m_server.m({"doc", "insert", "Role", "--data", R"({"role_name": "Support"})"}) ==
                   0 &&
               m_server.m({"user", "add", kBob, "--role", "Support", "--password", kBobPassword,
                           "--full-name", "Bob B"}) == 0 &&
               m_server.m({"user", "add", kCarol, "--role", "Support", "--password",
                           kCarolPassword}) == 0 &&
               restartWith(defaultConfig());
    }

    static QJsonObject defaultConfig()
    {
        return {{"trusted_proxies", QJsonArray{"127.0.0.1"}},
                {"trusted_user_header", "X-Remote-User"}};
    }

    // Stops the server, writes `serverConfig` as site.json's "server" and starts it.
    bool restartWith(const QJsonObject &serverConfig)
    {
        m_server.stop();
        QFile file(m_server.file(QStringLiteral("sites/demo/site.json")));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QJsonObject site = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        site.insert(QStringLiteral("server"), serverConfig);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(QJsonDocument(site).toJson());
        file.close();
        return m_server.start();
    }

    Login loginAs(const QString &user, const QString &password)
    {
        auto result = post("/api/v1/auth/login", {}, {{"email", user}, {"password", password}});
        if (!result || result->status != 200) {
            qWarning() << "login failed:" << (result ? result->body.c_str() : "no answer");
            return {};
        }
        const QJsonObject body = jsonOf(result->body);
        Login login{body.value("token").toString().toStdString(),
                    body.value("csrf_token").toString().toStdString(),
                    {}};
        auto me = get("/api/v1/auth/me", TestServer::bearer(login.token));
        login.session = jsonOf(me->body).value("data").toObject().value("session").toString();
        return login;
    }

    httplib::Result get(const std::string &path, const httplib::Headers &headers = {})
    {
        return m_server.client().Get(path, headers);
    }

    httplib::Result post(const std::string &path, const httplib::Headers &headers,
                         const QJsonObject &body = {})
    {
        return m_server.client().Post(path, headers, jsonText(body), "application/json");
    }

    httplib::Result del(const std::string &path, const httplib::Headers &headers)
    {
        return m_server.client().Delete(path, headers);
    }

    // Changes one column of a Session row in the site's database, as time would.
    bool setSessionColumn(const QString &session, const QString &column, const QString &value)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "edit");
            db.setDatabaseName(m_server.file(QStringLiteral("sites/demo/db.sqlite")));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(
                    QStringLiteral("UPDATE session SET %1 = ? WHERE name = ?").arg(column));
                query.addBindValue(value);
                query.addBindValue(session);
                ok = query.exec() && query.numRowsAffected() == 1;
                db.close();
            }
        }
        QSqlDatabase::removeDatabase("edit");
        return ok;
    }

    bool clearRateLimits() { return m_server.clearRateLimits(); }

    TestServer m_server;
};
