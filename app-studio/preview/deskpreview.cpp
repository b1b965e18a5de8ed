// SPDX-License-Identifier: MIT
#include "preview/deskpreview.h"

#include "preview/previewpage.h"
#include "preview/previewsession.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QStyle>
#include <QToolBar>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace fm::studio::preview {

namespace {

const QString kSignInPath = QStringLiteral("/api/v1/dev/sign-in");

// The part of `url` that names a page on its server: path, query and fragment.
QString pagePart(const QUrl &url)
{
    QString part = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        part += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    if (url.hasFragment())
        part += QLatin1Char('#') + url.fragment(QUrl::FullyEncoded);
    return part;
}

// `url` for people and logs: a sign-in URL loses its query, which holds the token.
QString shown(const QUrl &url)
{
    return url.path() == kSignInPath ? url.toDisplayString(QUrl::RemoveQuery)
                                     : url.toDisplayString();
}

} // namespace

DeskPreview::DeskPreview(QWidget *parent)
    : QWidget(parent)
    // No storage name: off the record, so cookies and cache stay in memory.
    , m_profile(new QWebEngineProfile(this))
    , m_page(new PreviewPage(m_profile))
    , m_view(new QWebEngineView)
    , m_session(new PreviewSession(this))
    , m_browserSession(new PreviewSession(this))
    , m_notice(new QLabel)
    , m_address(new QLabel)
{
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    const auto action = [this](QStyle::StandardPixmap icon, const QString &text) {
        return new QAction(style()->standardIcon(icon), text, this);
    };
    m_back = action(QStyle::SP_ArrowBack, tr("Back"));
    m_forward = action(QStyle::SP_ArrowForward, tr("Forward"));
    m_reload = action(QStyle::SP_BrowserReload, tr("Reload"));
    m_openInBrowser = action(QStyle::SP_DirLinkIcon, tr("Open in Browser"));
    connect(m_back, &QAction::triggered, m_view, &QWebEngineView::back);
    connect(m_forward, &QAction::triggered, m_view, &QWebEngineView::forward);
    connect(m_reload, &QAction::triggered, this, &DeskPreview::reload);
    connect(m_openInBrowser, &QAction::triggered, this, &DeskPreview::openInBrowser);
    auto *toolBar = new QToolBar;
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addActions({m_back, m_forward, m_reload, m_openInBrowser});
    m_back->setToolTip(tr("Back to the previous page"));
    m_forward->setToolTip(tr("Forward to the next page"));
    m_reload->setToolTip(tr("Reload the page"));
    m_openInBrowser->setToolTip(
        tr("Open this page in the system's web browser, signed in as the developer"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setObjectName(QStringLiteral("address"));
    toolBar->addWidget(m_address);

    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setMargin(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);

    connect(m_page, &PreviewPage::consoleMessage, this,
            [this](const QString &level, const QString &message, const QString &where) {
                emit studioLine(level, where.isEmpty()
                                           ? tr("console: %1").arg(message)
                                           : tr("console: %1 (%2)").arg(message, where));
            });
    connect(m_page, &QWebEnginePage::loadingChanged, this, &DeskPreview::loadingChanged);
    connect(m_view, &QWebEngineView::urlChanged, this, [this](const QUrl &url) {
        m_address->setText(shown(url));
        updateActions();
    });
    connect(m_session, &PreviewSession::ready, this,
            [this](const QUrl &url) { m_view->load(url); });
    connect(m_session, &PreviewSession::problem, this, &DeskPreview::studioLine);
    // A sign-in link of its own: the preview's was used up by the preview.
    connect(m_browserSession, &PreviewSession::ready, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_browserSession, &PreviewSession::problem, this, &DeskPreview::studioLine);

    setNotice(tr("Start the server to see the Desk here."));
    updateActions();
}

DeskPreview::~DeskPreview()
{
    // The page must go before its profile (QWebEngineProfile's rule), the view first.
    delete m_view;
    delete m_page;
}

QString DeskPreview::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void DeskPreview::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setHidden(text.isEmpty());
}

QString DeskPreview::openPath() const
{
    const QUrl url = m_view->url();
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !m_base.isValid() ||
        url.host() != m_base.host())
        return {};
    // A sign-in that did not go on (its error shown) names the page it was for.
    if (url.path() == kSignInPath)
        return QUrlQuery(url).queryItemValue(QStringLiteral("next"), QUrl::FullyDecoded);
    return pagePart(url);
}

void DeskPreview::showServer(const QUrl &base, const QByteArray &secret)
{
    const QString path = openPath();
    m_base = base;
    m_secret = secret;
    setNotice({});
    m_session->prepare(base, secret, path);
    updateActions();
}

void DeskPreview::serverStopped()
{
    m_session->cancel();
    m_browserSession->cancel();
    setNotice(tr("The server is stopped: this page is what it showed last. Start the server "
                 "to see the Desk again."));
    updateActions();
}

void DeskPreview::reload()
{
    m_view->reload();
}

void DeskPreview::openInBrowser()
{
    const QString path = openPath();
    if (!path.isEmpty() && !m_secret.isEmpty()) {
        m_browserSession->prepare(m_base, m_secret, path);
        return;
    }
    const QUrl url = m_view->url();
    if (url.isValid() && !url.isEmpty())
        QDesktopServices::openUrl(url);
}

void DeskPreview::loadingChanged(const QWebEngineLoadingInfo &info)
{
    const QString url = shown(info.url());
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadStartedStatus:
    case QWebEngineLoadingInfo::LoadStoppedStatus: // replaced by another load
        break;
    case QWebEngineLoadingInfo::LoadSucceededStatus:
        if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain &&
            info.errorCode() >= 400) {
            emit studioLine(QStringLiteral("warning"),
                            tr("The page %1 answered HTTP %2.").arg(url).arg(info.errorCode()));
        }
        emit pageLoaded(info.url(), true);
        break;
    case QWebEngineLoadingInfo::LoadFailedStatus:
        emit studioLine(QStringLiteral("error"),
                        tr("Could not load %1: %2").arg(url, info.errorString()));
        emit pageLoaded(info.url(), false);
        break;
    }
    updateActions();
}

void DeskPreview::updateActions()
{
    m_back->setEnabled(m_view->history()->canGoBack());
    m_forward->setEnabled(m_view->history()->canGoForward());
    const bool hasPage = m_view->url().isValid() && !m_view->url().isEmpty();
    m_reload->setEnabled(hasPage);
    m_openInBrowser->setEnabled(hasPage);
}

} // namespace fm::studio::preview
