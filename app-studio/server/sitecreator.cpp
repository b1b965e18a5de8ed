// SPDX-License-Identifier: MIT
#include "server/sitecreator.h"

#include "project/scaffold.h"
#include "server/secretstore.h"

#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace fm::studio {

SiteCreator::SiteCreator(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this,
            [this] { finish(m_watcher.result()); });
}

SiteCreator::~SiteCreator()
{
    m_watcher.waitForFinished();
}

QString SiteCreator::serviceName() const
{
    return m_store->serviceName();
}

QString SiteCreator::generatePassword()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(64)]);
    return password;
}

void SiteCreator::create(const QString &projectDir, const QString &site)
{
    if (m_running)
        return;
    if (!core::isValidSiteName(site)) {
        emit failed(site, tr("\"%1\" is not a valid site name: use lower case letters, digits, "
                             "'_' or '-', starting with a letter.")
                              .arg(site));
        return;
    }
    m_running = true;
    m_site = site;
    m_key = adminPasswordKey(projectDir, site);
    const QString password = generatePassword();
    m_store->write(m_key, password, [this, projectDir, site, password](const Result<QString> &w) {
        if (!w) {
            m_running = false;
            emit failed(site,
                        tr("The site \"%1\" was not created: %2").arg(site, w.error().message()));
            return;
        }
        m_watcher.setFuture(QtConcurrent::run([projectDir, site, password]() -> Result<void> {
            try {
                Result<core::Project> project = core::Project::open(projectDir);
                if (!project)
                    return tl::make_unexpected(project.error());
                Result<core::NewSite> made = core::createSite(*project, site, password);
                if (!made)
                    return tl::make_unexpected(made.error());
                return {};
            } catch (const std::exception &e) { // never across the thread boundary
                return fail(ErrorCode::Internal, QString::fromLocal8Bit(e.what()));
            }
        }));
    });
}

void SiteCreator::finish(const Result<void> &result)
{
    const QString site = m_site;
    if (result) {
        m_running = false;
        emit created(site, m_key);
        return;
    }
    // The password of a site that is not there must not stay in the keychain.
    const QString message = result.error().message();
    m_store->remove(m_key, [this, site, message](const Result<QString> &) {
        m_running = false;
        emit failed(site, tr("The site \"%1\" was not created: %2").arg(site, message));
    });
}

} // namespace fm::studio
