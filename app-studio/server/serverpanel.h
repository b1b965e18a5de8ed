// SPDX-License-Identifier: MIT
#pragma once

#include "server/serverprocess.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;
QT_END_NAMESPACE

namespace fm::studio {

class MigrationPlanView;
class SiteCreator;

// The Server dock: the site to run (a chooser when the project has several), Start /
// Stop / Restart, the state and address, and what a start waits for or failed on: the
// pending migrations with the schema guard's plan view, the failure's reason, and the
// offer to create a missing site.
class ServerPanel final : public QWidget
{
    Q_OBJECT

public:
    ServerPanel(ServerProcess *server, SiteCreator *creator, QWidget *parent = nullptr);

    // The toolbar's buttons show these (registered in the ActionRegistry by the feature).
    void setActions(QAction *start, QAction *stop, QAction *restart);
    // Re-reads the project's sites for the chooser (after open, after creating a site).
    void refreshSites();

    QComboBox *siteBox() const { return m_sites; }
    // 0 ("auto"): a free port each start. Kept per project; used from the next start.
    QSpinBox *portBox() const { return m_port; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *createSiteButton() const { return m_createSite; }
    QWidget *planBox() const { return m_planBox; }
    MigrationPlanView *planView() const { return m_planView; }
    static QString stateText(ServerController::State state, const QUrl &url);

    // Asks before creating `site` (a modal question), then creates it; tests answer it.
    void offerToCreateSite(const QString &site);

private:
    void updateState();
    void showPlan(const core::SitePlan &plan);
    void loadPort();
    void savePort(int port);

    ServerProcess *m_server;
    SiteCreator *m_creator;
    QComboBox *m_sites;
    QLabel *m_sitesLabel;
    QSpinBox *m_port;
    QToolButton *m_start;
    QToolButton *m_stop;
    QToolButton *m_restart;
    QLabel *m_state;
    QLabel *m_message;
    QPushButton *m_createSite;
    QWidget *m_planBox;
    MigrationPlanView *m_planView;
    QCheckBox *m_applyWarnings;
    QLabel *m_dangerous;
};

} // namespace fm::studio
