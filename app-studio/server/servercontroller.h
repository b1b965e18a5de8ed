// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

namespace fm::studio {

class MainWindow;

// The bundled server as the rest of the Studio sees it: one `m start --dev` for the open
// project, run by the Server dock (app-studio/server). The Desk preview and anything else
// that needs the running server holds this and never the QProcess.
class ServerController : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Failed };
    Q_ENUM(State)

    using QObject::QObject;

    virtual State state() const = 0;
    // http://127.0.0.1:PORT while Running, empty otherwise.
    virtual QUrl baseUrl() const = 0;
    // A fresh random secret per start, handed to `m start` in the environment variable
    // FM_DEV_SIGNIN_SECRET (never written to disk); the server trades it, over loopback,
    // for a one-time sign-in of the developer (docs/adr/0205).
    virtual QByteArray devSignInSecret() const = 0;

public slots:
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual void restart() = 0;
    // A line from another part of the Studio (the preview's console, a load failure) shown
    // in the log console beside the server's own lines. level: "debug"|"info"|"warning"|"error".
    virtual void addStudioLine(const QString &source, const QString &level,
                               const QString &message) = 0;

signals:
    void stateChanged(fm::studio::ServerController::State state);
    // Each time the server answers /health after a start or a restart.
    void running(const QUrl &baseUrl);
    void stopped();
};

// The window's controller once the server feature is installed, else nullptr.
ServerController *serverController(MainWindow &window);

} // namespace fm::studio
