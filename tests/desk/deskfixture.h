// SPDX-License-Identifier: MIT
#pragma once

// A real `m start` on the demo app (examples/helpdesk, its demo data) with an agent
// user, plus a tiny browser: cookies kept per session, form posts, the login form's
// token read from the page.

#include "testserver.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <map>

inline const QString kAgent = QStringLiteral("agent@example.com");
inline const QString kAgentPassword = QStringLiteral("agent-password-1");

// One browser's cookie jar over cpp-httplib.
class Browser
{
public:
    explicit Browser(const TestServer &server)
        : m_server(server)
    {}

    httplib::Result get(const std::string &path, httplib::Headers headers = {})
    {
        headers.emplace("Accept", "text/html");
        addCookies(headers);
        auto result = m_server.client().Get(path, headers);
        keepCookies(result);
        return result;
    }

    httplib::Result post(const std::string &path, const QList<QPair<QString, QString>> &fields)
    {
        QUrlQuery form;
        for (const auto &[name, value] : fields)
            form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        httplib::Headers headers{{"Accept", "text/html"}};
        addCookies(headers);
        auto result =
            m_server.client().Post(path, headers, form.toString(QUrl::FullyEncoded).toStdString(),
                                   "application/x-www-form-urlencoded");
        keepCookies(result);
        return result;
    }

    std::string cookie(const std::string &name) const
    {
        const auto it = m_cookies.find(name);
        return it == m_cookies.end() ? std::string() : it->second;
    }
    void setCookie(const std::string &name, const std::string &value) { m_cookies[name] = value; }
    void forget(const std::string &name) { m_cookies.erase(name); }

    // GET /desk/login, then POST the form; the POST's answer.
    httplib::Result signIn(const QString &user, const QString &password,
                           const QString &next = QString())
    {
        auto page = get("/desk/login");
        if (!page || page->status != 200)
            return page;
        return post("/desk/login", {{"csrf_token", hidden(page->body, "csrf_token")},
                                    {"next", next},
                                    {"username", user},
                                    {"password", password}});
    }

    // The value of the hidden input `name` in `html`.
    static QString hidden(const std::string &html, const QString &name)
    {
        const QRegularExpression input(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
        return input.match(QString::fromStdString(html)).captured(1);
    }

private:
    void addCookies(httplib::Headers &headers) const
    {
        std::string line;
        for (const auto &[name, value] : m_cookies) {
            if (!line.empty())
                line += "; ";
            line += name + '=' + value;
        }
        if (!line.empty())
            headers.emplace("Cookie", line);
    }

    void keepCookies(const httplib::Result &result)
    {
        if (!result)
            return;
        const size_t count = result->get_header_value_count("Set-Cookie");
        for (size_t i = 0; i < count; ++i) {
            const std::string header = result->get_header_value("Set-Cookie", i);
            const std::string pair = header.substr(0, header.find(';'));
            const size_t eq = pair.find('=');
            const std::string name = pair.substr(0, eq);
            const std::string value = pair.substr(eq + 1);
            if (value.empty() || header.find("Max-Age=0") != std::string::npos)
                m_cookies.erase(name);
            else
                m_cookies[name] = value;
        }
    }

    const TestServer &m_server;
    std::map<std::string, std::string> m_cookies;
};

class DeskFixture
{
public:
    // The site with the demo data and the agent, the server started with `args`.
    bool setUp(const QStringList &args = {})
    {
        QString output;
        const bool ok =
            m_server.create({QStringLiteral(FM_HELPDESK_DIR "/apps/helpdesk")}, false) &&
            m_server.m({"import", QStringLiteral(FM_HELPDESK_DIR "/demo/data.json")}, &output) ==
                0 &&
            // Support Agent exists with the site: the helpdesk's rules name it.
            m_server.m({"user", "add", kAgent, "--role", "Support Agent", "--password",
                        kAgentPassword, "--full-name", "Agent Ann"},
                       &output) == 0 &&
            m_server.start(args);
        if (!ok)
            qWarning().noquote() << output;
        return ok;
    }

    TestServer m_server;
};
