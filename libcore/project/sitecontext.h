// SPDX-License-Identifier: MIT
#pragma once

#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "db/connectionpool.h"
#include "mail/emailsending.h"
#include "mail/mailsettings.h"
#include "meta/metaregistry.h"
#include "notifications/notificationdispatcher.h"
#include "project/project.h"
#include "webhooks/webhookdispatcher.h"

#include <memory>

namespace fm::core {

// Everything a command needs to work on one site: the project's DocTypes, the
// site's database, the apps' controller plugins and the DocumentService.
class FM_CORE_EXPORT SiteContext final
{
public:
    struct Options
    {
        QString site; // empty: the project's default site
        bool loadPlugins = true;
        QStringList pluginDirs; // searched before the default places
    };

    // Fails with InvalidMeta (diagnostics filled) when the DocTypes have errors.
    static Result<std::unique_ptr<SiteContext>> open(const Project &project, const Options &options,
                                                     Diagnostics &diagnostics);
    ~SiteContext();

    // Where `m` looks for an app's controller plugin (<app>_controllers): the given
    // folders, $FM_PLUGIN_PATH, <project>/build/lib, and lib/ beside the `m` program.
    static QStringList pluginSearchPath(const Project &project, const QStringList &extra);
    static QString findPlugin(const QString &app, const QStringList &searchPath);

    const Project &project() const { return m_project; }
    const SiteConfig &site() const { return m_site; }
    // site.json "mail": without an SMTP server the Email Queue is the dev mailbox.
    const MailSettings &mail() const { return m_mail; }
    // Queues a send job per mail; nullptr when the site has no SMTP server.
    EmailDispatcher *emailDispatcher() { return m_email.get(); }
    MetaRegistry &meta() { return *m_meta; }
    ConnectionPool &pool() { return *m_pool; }
    ControllerRegistry &controllers() { return *m_controllers; }
    DocumentService &service() { return *m_service; }
    QList<DocType> doctypes() const;
    QStringList warnings() const { return m_warnings; } // e.g. a plugin that was not found

private:
    SiteContext() = default;
    Project m_project;
    SiteConfig m_site;
    MailSettings m_mail;
    std::unique_ptr<MetaRegistry> m_meta;
    std::unique_ptr<ConnectionPool> m_pool;
    std::unique_ptr<ControllerRegistry> m_controllers;
    std::unique_ptr<DocumentService> m_service;
    std::unique_ptr<WebhookDispatcher> m_webhooks;           // queues deliveries for every event
    std::unique_ptr<NotificationDispatcher> m_notifications; // queues notification jobs
    std::unique_ptr<EmailDispatcher> m_email;                // queues a send job per mail
    QStringList m_warnings;
};

} // namespace fm::core
