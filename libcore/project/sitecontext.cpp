// SPDX-License-Identifier: MIT
#include "project/sitecontext.h"

#include "notifications/notificationdelivery.h"
#include "webhooks/webhookdelivery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace fm::core {

namespace {

struct SitecontextTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::SiteContext)
};

} // namespace

SiteContext::~SiteContext()
{
    // The service and controllers use the pool and registry: tear down in reverse.
    m_email.reset();
    m_notifications.reset();
    m_webhooks.reset();
    m_service.reset();
    m_controllers.reset();
    m_pool.reset();
    m_meta.reset();
}

QStringList SiteContext::pluginSearchPath(const Project &project, const QStringList &extra)
{
    QStringList dirs = extra;
    const QString env = qEnvironmentVariable("FM_PLUGIN_PATH");
    if (!env.isEmpty())
        dirs += env.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    dirs << QDir(project.root()).filePath(QStringLiteral("build/lib"));
    if (QCoreApplication::instance())
        dirs << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../lib"));
    return dirs;
}

QString SiteContext::findPlugin(const QString &app, const QStringList &searchPath)
{
    const QString base = app + QStringLiteral("_controllers");
    for (const QString &dir : searchPath) {
        for (const QString &file :
             {QStringLiteral("lib") + base + QStringLiteral(".so"), base + QStringLiteral(".so"),
              QStringLiteral("lib") + base + QStringLiteral(".dylib"),
              base + QStringLiteral(".dll")}) {
            const QString path = QDir(dir).filePath(file);
            if (QFileInfo::exists(path) && QLibrary::isLibrary(path))
                return QFileInfo(path).canonicalFilePath();
        }
    }
    return {};
}

QList<DocType> SiteContext::doctypes() const
{
    QList<DocType> list;
    for (const QString &name : m_meta->doctypeNames())
        list << *m_meta->doctype(name);
    return list;
}

Result<std::unique_ptr<SiteContext>>
SiteContext::open(const Project &project, const Options &options, Diagnostics &diagnostics)
{
    std::unique_ptr<SiteContext> context(new SiteContext);
    context->m_project = project;
    auto site = SiteConfig::load(project, options.site);
    if (!site)
        return fail(site.error());
    context->m_site = *site;
    auto mail = MailSettings::load(site->dir);
    if (!mail)
        return fail(mail.error());
    context->m_mail = *mail;

    context->m_meta = std::make_unique<MetaRegistry>();
    if (!context->m_meta->loadApps(project.appDirs(), diagnostics)) {
        return fail(
            ErrorCode::InvalidMeta,
            SitecontextTr::tr("the project's DocTypes have errors; run `m check` to see them "
                              "all"));
    }
    auto pool = ConnectionPool::open(site->database);
    if (!pool)
        return fail(pool.error());
    context->m_pool = std::move(*pool);

    context->m_controllers = std::make_unique<ControllerRegistry>();
    // Core's own: the Webhook and Notification rules, their jobs, and the mail sender.
    registerWebhooks(*context->m_controllers);
    registerNotifications(*context->m_controllers);
    registerEmailSending(*context->m_controllers, site->dir);
    if (options.loadPlugins) {
        const QStringList searchPath = pluginSearchPath(project, options.pluginDirs);
        for (const QString &app : project.apps()) {
            // Only apps with C++ code have a plugin to build.
            if (!QFileInfo::exists(project.appDir(app) + QStringLiteral("/CMakeLists.txt")))
                continue;
            const QString plugin = findPlugin(app, searchPath);
            if (plugin.isEmpty()) {
                context->m_warnings
                    << SitecontextTr::tr("app \"%1\" has C++ controllers but its plugin "
                                         "%1_controllers was not found "
                                         "in %2; build the app, or its hooks will not run")
                           .arg(app, searchPath.join(QStringLiteral(", ")));
                continue;
            }
            if (auto ok = context->m_controllers->loadPlugin(plugin); !ok)
                return fail(ok.error());
        }
    }
    context->m_service = std::make_unique<DocumentService>(*context->m_pool, *context->m_meta,
                                                           *context->m_controllers);
    context->m_webhooks = std::make_unique<WebhookDispatcher>(*context->m_service, *context->m_pool,
                                                              *context->m_controllers);
    context->m_notifications = std::make_unique<NotificationDispatcher>(
        *context->m_service, *context->m_pool, *context->m_controllers);
    if (context->m_mail.sends()) {
        context->m_email = std::make_unique<EmailDispatcher>(
            *context->m_service, *context->m_pool, *context->m_controllers, context->m_mail);
    }
    return context;
}

} // namespace fm::core
