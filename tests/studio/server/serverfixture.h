// SPDX-License-Identifier: MIT
#pragma once

// Shared by the Server dock's tests: a copy of the demo project with its site, the real
// `m` (FM_M_BINARY), a DocType changed on disk so that a migration is pending, and
// checks on processes by id.

#include "project/scaffold.h"
#include "project/siteplan.h"
#include "studiotest.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpServer>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

namespace servertest {

// How long a test waits for `m start` to come up (generous: 2 cores, other tests running).
inline constexpr int kStartMs = 30000;

inline const QString kSite = QStringLiteral("demo");

// examples/helpdesk in a temporary folder with the site "demo" created and migrated.
struct Project
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    QString root;

    bool create(bool withSite = true)
    {
        root = studiotest::copyHelpdesk(*dir);
        if (root.isEmpty())
            return false;
        if (!withSite)
            return true;
        auto project = fm::core::Project::open(root);
        return project && fm::core::createSite(*project, kSite, QStringLiteral("Secret-pass-1"));
    }
    QString ticketPath() const
    {
        return QDir(root).filePath(QStringLiteral("apps/helpdesk/doctypes/ticket/ticket.json"));
    }
    // Adds a Data field to Ticket on disk: the site then needs one safe step (a column).
    bool addTicketField(const QString &fieldname) const
    {
        QFile file(ticketPath());
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QJsonObject doctype = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray fields = doctype.value(QLatin1String("fields")).toArray();
        fields.append(QJsonObject{{QStringLiteral("fieldname"), fieldname},
                                  {QStringLiteral("fieldtype"), QStringLiteral("Data")},
                                  {QStringLiteral("label"), fieldname}});
        doctype.insert(QStringLiteral("fields"), fields);
        // Every field has a place in the layout: in the first column of the first section.
        QJsonArray layout = doctype.value(QLatin1String("layout")).toArray();
        QJsonObject section = layout.at(0).toObject();
        QJsonArray columns = section.value(QLatin1String("columns")).toArray();
        QJsonArray column = columns.at(0).toArray();
        column.append(fieldname);
        columns.replace(0, column);
        section.insert(QStringLiteral("columns"), columns);
        layout.replace(0, section);
        doctype.insert(QStringLiteral("layout"), layout);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        return file.write(QJsonDocument(doctype).toJson()) > 0;
    }
    int pendingSteps() const
    {
        auto project = fm::core::Project::open(root);
        fm::core::Diagnostics diagnostics;
        auto meta = fm::core::loadProjectMeta(*project, diagnostics, QString());
        if (!meta)
            return -1;
        auto plan = fm::core::planSite(*project, kSite, **meta);
        return plan ? int(plan->plan.steps.size()) : -1;
    }
};

// GET on the loopback without a proxy: the status code (0 when nothing answers).
inline int httpStatus(const QUrl &url, QByteArray *body = nullptr)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (body)
        *body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

// POST of a JSON body on the loopback: the status code (0 when nothing answers).
inline int httpPostJson(const QUrl &url, const QJsonObject &body)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

// Whether any file under `dir` holds `text` (a secret must be in none).
inline bool anyFileContains(const QString &dir, const QByteArray &text)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return true;
    }
    return false;
}

// True while a process of that id exists (and is not a zombie waiting to be reaped).
// A loopback port nobody listens on right now (the kernel's pick).
inline quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

inline bool processAlive(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH))
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> parts = stat.readAll().split(' ');
    return parts.size() > 2 && parts.at(2) != "Z";
}

// The process's environment variable, read from /proc (Linux).
inline QByteArray environmentOf(qint64 pid, const QByteArray &name)
{
    QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
    if (!environ.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &entry : environ.readAll().split('\0')) {
        if (entry.startsWith(name + '='))
            return entry.mid(name.size() + 1);
    }
    return {};
}

// Tests that need the system keychain call this first: outside a keyring session it runs
// the test again through with-keyring.sh (its own D-Bus session and an unlocked GNOME
// Keyring), with the command line it was started with (`commandLine`, null-terminated:
// the program, the unit, its options), and returns that run's exit code; inside one it
// returns -1.
inline int runInKeyringSession(char **commandLine)
{
    if (qEnvironmentVariableIsSet("FM_TEST_KEYRING_SESSION"))
        return -1;
    qputenv("FM_TEST_KEYRING_SESSION", "1");
    std::vector<char *> arguments;
    arguments.push_back(const_cast<char *>(FM_KEYRING_WRAPPER));
    static char self[4096] = {};
    if (::readlink("/proc/self/exe", self, sizeof self - 1) <= 0)
        return 1;
    arguments.push_back(self);
    for (char **argument = commandLine + 1; *argument; ++argument)
        arguments.push_back(*argument);
    arguments.push_back(nullptr);
    ::execv(FM_KEYRING_WRAPPER, arguments.data());
    std::perror("cannot run " FM_KEYRING_WRAPPER);
    return 1;
}

} // namespace servertest

// QTEST_MAIN for a test class that needs the keychain (tests/common/fmtestmain.h).
#define FM_KEYRING_TEST_MAIN(TestClass)                                                            \
    QTEST_MAIN_WRAPPER(                                                                            \
        TestClass, if (const int code = servertest::runInKeyringSession(fm::test::commandLine());  \
                       code >= 0) return code;                                                     \
        QTEST_QAPP_SETUP(QApplication))
