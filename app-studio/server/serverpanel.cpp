// SPDX-License-Identifier: MIT
#include "server/serverpanel.h"

#include "project/project.h"
#include "schemaguard/migrationplanview.h"
#include "server/secretstore.h"
#include "server/sitecreator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace fm::studio {

namespace {

// Per project: two projects opened one after the other may each want their own port.
QString portKey(const QString &projectDir)
{
    return QStringLiteral("server/ports/") +
           QString::fromLatin1(QUrl::toPercentEncoding(projectDir));
}

} // namespace

ServerPanel::ServerPanel(ServerProcess *server, SiteCreator *creator, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_creator(creator)
    , m_sites(new QComboBox(this))
    , m_sitesLabel(new QLabel(tr("Site:"), this))
    , m_port(new QSpinBox(this))
    , m_start(new QToolButton(this))
    , m_stop(new QToolButton(this))
    , m_restart(new QToolButton(this))
    , m_state(new QLabel(this))
    , m_message(new QLabel(this))
    , m_createSite(new QPushButton(this))
    , m_planBox(new QWidget(this))
    , m_planView(new MigrationPlanView(m_planBox))
    , m_applyWarnings(new QCheckBox(m_planBox))
    , m_dangerous(new QLabel(m_planBox))
{
    setObjectName(QStringLiteral("serverPanel"));
    m_sites->setObjectName(QStringLiteral("serverSite"));
    m_sites->setAccessibleName(tr("Site to run"));
    m_sitesLabel->setBuddy(m_sites);
    m_state->setObjectName(QStringLiteral("serverState"));
    // The address may be long; it must not make the window wider than the screen.
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_state->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_state->setOpenExternalLinks(true);
    m_message->setObjectName(QStringLiteral("serverMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_createSite->setObjectName(QStringLiteral("serverCreateSite"));
    m_createSite->hide();

    connect(m_sites, &QComboBox::currentIndexChanged, this,
            [this] { m_server->setSite(m_sites->currentData().toString()); });

    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("auto"));
    m_port->setPrefix(tr("port "));
    m_port->setAccessibleName(tr("Port"));
    m_port->setToolTip(tr("The port the server listens on (on 127.0.0.1), from its next start. "
                          "\"auto\" picks a free one each time; choose one when something "
                          "outside the Studio must reach the server at a fixed address."));
    connect(m_port, &QSpinBox::valueChanged, this, [this](int port) {
        m_server->setPort(quint16(port));
        savePort(port);
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 4, 4, 4);
    top->addWidget(m_sitesLabel);
    top->addWidget(m_sites);
    top->addWidget(m_port);
    top->addWidget(m_start);
    top->addWidget(m_stop);
    top->addWidget(m_restart);
    top->addSpacing(8);
    top->addWidget(m_state, 1);

    // The pending migrations of a start: the schema guard's view and its rules (warnings
    // only when ticked, dangerous steps never).
    m_planBox->setObjectName(QStringLiteral("serverPlan"));
    auto *intro = new QLabel(tr("The site's database is behind the DocTypes. Apply the safe "
                                "steps and start, or start without them."),
                             m_planBox);
    intro->setWordWrap(true);
    m_applyWarnings->setObjectName(QStringLiteral("serverApplyWarnings"));
    m_dangerous->setWordWrap(true);
    auto *apply = new QPushButton(tr("Apply and start"), m_planBox);
    apply->setObjectName(QStringLiteral("serverApplyAndStart"));
    auto *without = new QPushButton(tr("Start without migrating"), m_planBox);
    without->setObjectName(QStringLiteral("serverStartWithout"));
    auto *cancel = new QPushButton(tr("Cancel"), m_planBox);
    cancel->setObjectName(QStringLiteral("serverCancelStart"));
    connect(apply, &QPushButton::clicked, this, [this] {
        m_server->applyMigrations(m_applyWarnings->isVisible() && m_applyWarnings->isChecked());
    });
    connect(without, &QPushButton::clicked, m_server, &ServerProcess::startWithoutMigrating);
    connect(cancel, &QPushButton::clicked, m_server, &ServerProcess::declineMigrations);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(apply);
    buttons->addWidget(without);
    buttons->addWidget(cancel);
    auto *planLayout = new QVBoxLayout(m_planBox);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(intro);
    planLayout->addWidget(m_planView, 1);
    planLayout->addWidget(m_applyWarnings);
    planLayout->addWidget(m_dangerous);
    planLayout->addLayout(buttons);
    m_planBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_message);
    auto *createRow = new QHBoxLayout;
    createRow->addWidget(m_createSite);
    createRow->addStretch(1);
    layout->addLayout(createRow);
    layout->addWidget(m_planBox, 1);
    layout->addStretch(0);

    connect(m_server, &ServerController::stateChanged, this, &ServerPanel::updateState);
    connect(m_server, &ServerProcess::migrationsPending, this, &ServerPanel::showPlan);
    connect(m_createSite, &QPushButton::clicked, this,
            [this] { offerToCreateSite(m_server->effectiveSite()); });
    connect(m_creator, &SiteCreator::created, this, [this](const QString &site, const QString &) {
        refreshSites();
        m_createSite->hide();
        m_message->setText(tr("Site \"%1\" created. The Administrator's password is in the "
                              "system keychain (service \"%2\"); the server starts now.")
                               .arg(site, m_creator->serviceName()));
        m_message->show();
        m_server->start();
    });
    connect(m_creator, &SiteCreator::failed, this, [this](const QString &, const QString &why) {
        m_createSite->setEnabled(true);
        m_message->setText(why);
        m_message->show();
    });
    updateState();
}

void ServerPanel::setActions(QAction *start, QAction *stop, QAction *restart)
{
    m_start->setDefaultAction(start);
    m_stop->setDefaultAction(stop);
    m_restart->setDefaultAction(restart);
}

void ServerPanel::refreshSites()
{
    const QString current = m_server->site();
    QStringList sites;
    QString defaultSite;
    if (const auto project = core::Project::open(m_server->projectDir()); project) {
        sites = project->sites();
        defaultSite = project->defaultSite();
    }
    const QSignalBlocker blocker(m_sites);
    m_sites->clear();
    m_sites->addItem(defaultSite.isEmpty() ? tr("(no default site)")
                                           : tr("%1 (default)").arg(defaultSite),
                     QString());
    for (const QString &site : std::as_const(sites)) {
        if (site != defaultSite)
            m_sites->addItem(site, site);
    }
    m_sites->setCurrentIndex(qMax(0, m_sites->findData(current)));
    m_server->setSite(m_sites->currentData().toString());
    // A chooser only when there is a choice.
    const bool choice = m_sites->count() > 1;
    m_sites->setVisible(choice);
    m_sitesLabel->setVisible(choice);
    loadPort();
}

void ServerPanel::loadPort()
{
    const QString dir = m_server->projectDir();
    const int port = dir.isEmpty() ? 0 : QSettings().value(portKey(dir), 0).toInt();
    const QSignalBlocker blocker(m_port);
    m_port->setValue(port);
    m_server->setPort(quint16(m_port->value()));
}

void ServerPanel::savePort(int port)
{
    const QString dir = m_server->projectDir();
    if (dir.isEmpty())
        return;
    if (port == 0)
        QSettings().remove(portKey(dir));
    else
        QSettings().setValue(portKey(dir), port);
}

QString ServerPanel::stateText(ServerController::State state, const QUrl &url)
{
    switch (state) {
    case ServerController::State::Stopped:
        return tr("Stopped");
    case ServerController::State::Starting:
        return tr("Starting…");
    case ServerController::State::Running:
        return tr("Running at %1").arg(url.toString());
    case ServerController::State::Failed:
        return tr("Failed");
    }
    return {};
}

void ServerPanel::updateState()
{
    const ServerController::State state = m_server->state();
    const QUrl url = m_server->baseUrl();
    if (state == ServerController::State::Running) {
        m_state->setText(
            tr("Running at <a href=\"%1\">%1</a>").arg(url.toString().toHtmlEscaped()));
    } else {
        m_state->setText(stateText(state, url).toHtmlEscaped());
    }
    if (state != ServerController::State::Starting)
        m_planBox->hide();
    if (state == ServerController::State::Failed) {
        m_message->setText(m_server->failureReason());
        m_message->show();
        const bool missing = m_server->failure() == ServerProcess::Failure::SiteMissing;
        const QString site = m_server->effectiveSite();
        m_createSite->setVisible(missing);
        m_createSite->setEnabled(!m_creator->isRunning());
        m_createSite->setText(site.isEmpty() ? tr("Create a site…")
                                             : tr("Create site \"%1\"…").arg(site));
    } else if (state == ServerController::State::Starting ||
               state == ServerController::State::Running) {
        m_message->hide();
        m_createSite->hide();
    }
}

void ServerPanel::showPlan(const core::SitePlan &plan)
{
    m_planView->showPlan(plan);
    const int warnings = plan.plan.count(core::StepClass::Warning);
    const int dangerous = plan.plan.count(core::StepClass::Dangerous);
    m_applyWarnings->setText(
        tr("Also apply the %n warning step(s): I have read why each is risky", nullptr, warnings));
    m_applyWarnings->setChecked(false);
    m_applyWarnings->setVisible(warnings > 0);
    m_dangerous->setText(tr("%n dangerous step(s) will not be applied: the Studio never drops or "
                            "narrows data. Each row says how to do it by hand.",
                            nullptr, dangerous));
    m_dangerous->setVisible(dangerous > 0);
    m_planBox->show();
}

void ServerPanel::offerToCreateSite(const QString &requested)
{
    QString site = requested.isEmpty() ? QStringLiteral("dev") : requested;
    QMessageBox box(QMessageBox::Question, tr("Create site"),
                    tr("Create the site \"%1\" in this project?").arg(site), QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("createSiteQuestion"));
    box.setInformativeText(tr("Its SQLite database gets every DocType's table and a user "
                              "Administrator whose password is generated and kept in the "
                              "system keychain (service \"%1\"), never in a project file.")
                               .arg(m_creator->serviceName()));
    QPushButton *create = box.addButton(tr("Create site"), QMessageBox::AcceptRole);
    box.setDefaultButton(create);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(create))
        return;
    m_createSite->setEnabled(false);
    m_message->setText(tr("Creating site \"%1\"…").arg(site));
    m_message->show();
    m_creator->create(m_server->projectDir(), site);
}

} // namespace fm::studio
