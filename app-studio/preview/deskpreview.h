// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QWebEngineLoadingInfo;
class QWebEngineProfile;
class QWebEngineView;
QT_END_NAMESPACE

namespace fm::studio::preview {

class PreviewPage;
class PreviewSession;

// The Desk of the running server in a browser view: /desk when the server has it, the
// API docs until then, signed in as the developer through the development sign-in
// (docs/adr/0205). Back, forward, reload and open in the system browser. After a restart
// it reloads the page that was open. Cookies live in an off-the-record profile: nothing
// of the session reaches the disk. It knows no ServerController: bindPreview() connects
// one (previewbinding.h), tests call showServer() directly.
class DeskPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit DeskPreview(QWidget *parent = nullptr);
    ~DeskPreview() override;

    // The server at `base` (http://127.0.0.1:PORT) is running: shows the page that was
    // open (same path and query, the new base) or, the first time, /desk or /api/docs;
    // signed in when `secret` is given.
    void showServer(const QUrl &base, const QByteArray &secret);
    // The server stopped: the page stays, a notice says so.
    void serverStopped();

    QUrl serverUrl() const { return m_base; }
    QWebEngineView *view() const { return m_view; }
    QString notice() const;
    // Shown above the page (empty: hidden).
    void setNotice(const QString &text);

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *reloadAction() const { return m_reload; }
    QAction *openInBrowserAction() const { return m_openInBrowser; }

public slots:
    void reload();
    void openInBrowser();

signals:
    // A line for the log console: the page's console, load failures, sign-in refusals.
    // level "debug", "info", "warning" or "error".
    void studioLine(const QString &level, const QString &message);
    // A page of the server finished loading (ok false: it failed).
    void pageLoaded(const QUrl &url, bool ok);

private:
    void loadingChanged(const QWebEngineLoadingInfo &info);
    void updateActions();
    // The path, query and fragment of the open page, if it is one of the server's.
    QString openPath() const;

    QWebEngineProfile *m_profile;
    PreviewPage *m_page;
    QWebEngineView *m_view;
    PreviewSession *m_session;
    PreviewSession *m_browserSession; // Open in Browser's own one-time sign-in
    QLabel *m_notice;
    QLabel *m_address;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_reload;
    QAction *m_openInBrowser;
    QUrl m_base;
    QByteArray m_secret; // in memory only, like the server's (ADR 0205)
};

} // namespace fm::studio::preview
