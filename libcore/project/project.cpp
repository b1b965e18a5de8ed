// SPDX-License-Identifier: MIT
#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <QCoreApplication>
#include <cmath>

namespace fm::core {

namespace {

struct ProjectTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Project)
};

} // namespace

namespace {

Result<QJsonObject> readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    ProjectTr::tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(ErrorCode::BadRequest, ProjectTr::tr("%1 is not valid JSON (at byte %2: %3); "
                                                         "fix the file by hand")
                                               .arg(path)
                                               .arg(error.offset)
                                               .arg(error.errorString()));
    }
    if (!doc.isObject())
        return fail(ErrorCode::BadRequest, ProjectTr::tr("%1 must hold a JSON object").arg(path));
    return doc.object();
}

Result<void> writeJsonObject(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    ProjectTr::tr("cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(ErrorCode::Io,
                    ProjectTr::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

// Names of apps and sites become folder names and URL parts: keep them plain.
bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z][a-z0-9_\\-]{0,63}$"));
    return plain.match(name).hasMatch();
}

} // namespace

Result<Project> Project::open(const QString &dir)
{
    QDir current(QFileInfo(dir).absoluteFilePath());
    while (true) {
        const QString candidate = current.filePath(QLatin1String(kConfigFile));
        if (QFileInfo::exists(candidate)) {
            auto config = readJsonObject(candidate);
            if (!config)
                return fail(config.error());
            Project project;
            project.m_root = current.absolutePath();
            project.m_config = *config;
            return project;
        }
        if (!current.cdUp())
            break;
    }
    return fail(ErrorCode::NotFound,
                ProjectTr::tr("no Framework M project here: %1 has no m.json, nor has any folder "
                              "above it; run inside a project, pass --project <dir>, or create "
                              "one with `m new project <dir>`")
                    .arg(QDir::toNativeSeparators(dir)));
}

Result<Project> Project::create(const QString &dir, const QString &name)
{
    QDir root(dir);
    if (QFileInfo::exists(root.filePath(QLatin1String(kConfigFile))))
        return fail(ErrorCode::Duplicate,
                    ProjectTr::tr("%1 already holds a project (m.json)").arg(dir));
    if (!root.mkpath(QStringLiteral("apps")) || !root.mkpath(QStringLiteral("sites")))
        return fail(ErrorCode::Io, ProjectTr::tr("cannot create folders in %1").arg(dir));
    Project project;
    project.m_root = root.absolutePath();
    project.m_config =
        QJsonObject{{QStringLiteral("name"), name},
                    {QStringLiteral("apps"), QJsonArray()},
                    {QStringLiteral("server"),
                     QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("port"), 8000}}}};
    if (auto ok = project.save(); !ok)
        return fail(ok.error());
    return project;
}

QStringList Project::apps() const
{
    QStringList names;
    for (const QJsonValue &v : m_config.value(QStringLiteral("apps")).toArray())
        names << v.toString();
    return names;
}

QString Project::appDir(const QString &app) const
{
    return QDir(m_root).filePath(QStringLiteral("apps/") + app);
}

QStringList Project::appDirs() const
{
    QStringList dirs;
    for (const QString &app : apps())
        dirs << appDir(app);
    return dirs;
}

QString Project::defaultSite() const
{
    return m_config.value(QStringLiteral("default_site")).toString();
}

QStringList Project::sites() const
{
    QStringList names;
    const QDir dir(QDir(m_root).filePath(QStringLiteral("sites")));
    for (const QString &entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(dir.filePath(entry + QStringLiteral("/site.json"))))
            names << entry;
    }
    return names;
}

QString Project::siteDir(const QString &site) const
{
    return QDir(m_root).filePath(QStringLiteral("sites/") + site);
}

Result<void> Project::save()
{
    return writeJsonObject(QDir(m_root).filePath(QLatin1String(kConfigFile)), m_config);
}

Result<void> Project::addApp(const QString &app)
{
    if (!isPlainName(app)) {
        return fail(ErrorCode::BadRequest,
                    ProjectTr::tr("\"%1\" is not a valid app name; use lower case letters, digits, "
                                  "'_' or '-', starting with a letter")
                        .arg(app));
    }
    QJsonArray list = m_config.value(QStringLiteral("apps")).toArray();
    if (list.contains(app))
        return {};
    list.append(app);
    m_config.insert(QStringLiteral("apps"), list);
    return save();
}

Result<void> Project::setDefaultSite(const QString &site)
{
    m_config.insert(QStringLiteral("default_site"), site);
    return save();
}

Result<SiteConfig> SiteConfig::load(const Project &project, const QString &site)
{
    const QString name = site.isEmpty() ? project.defaultSite() : site;
    if (name.isEmpty()) {
        return fail(
            ErrorCode::BadRequest,
            ProjectTr::tr("which site? pass --site <name> or set \"default_site\" in m.json "
                          "(sites here: %1)")
                .arg(project.sites().isEmpty()
                         ? ProjectTr::tr("none; create one with `m new site <name>`")
                         : project.sites().join(QStringLiteral(", "))));
    }
    const QString dir = project.siteDir(name);
    if (!QFileInfo::exists(dir + QStringLiteral("/site.json"))) {
        return fail(
            ErrorCode::NotFound,
            ProjectTr::tr("site \"%1\" does not exist in %2; create it with `m new site %1`")
                .arg(name, project.root()));
    }
    auto config = readJsonObject(dir + QStringLiteral("/site.json"));
    if (!config)
        return fail(config.error());
    const QJsonObject database = config->value(QStringLiteral("database")).toObject();
    SiteConfig out;
    out.name = name;
    out.dir = dir;
    out.database.engine =
        database.value(QStringLiteral("engine")).toString(QStringLiteral("sqlite"));
    // The numbers: a value that is not a whole number of 0 or more is refused by name,
    // never silently replaced by the default.
    for (const auto &[key, target] :
         {std::pair{"busy_timeout_ms", &out.database.busyTimeoutMs},
          std::pair{"pool_size", &out.database.poolSize},
          std::pair{"statement_timeout_ms", &out.database.statementTimeoutMs},
          std::pair{"connect_timeout_s", &out.database.connectTimeoutS}}) {
        const QJsonValue value = database.value(QLatin1String(key));
        if (value.isUndefined())
            continue;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number != std::floor(number) || number > 1e9) {
            return fail(
                ErrorCode::BadRequest,
                ProjectTr::tr("%1/site.json: database.%2 is %3, not a whole number of "
                              "0 or more; fix it or remove it for the default")
                    .arg(displayPath(project.root(), dir), QLatin1String(key),
                         QString::fromUtf8(
                             QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1)));
        }
        *target = int(number);
    }
    if (out.database.engine == QLatin1String("postgresql")) {
        // The password is never in site.json: a password file, PGPASSWORD or ~/.pgpass.
        out.database.url = database.value(QStringLiteral("url")).toString();
        const QString passwordFile = database.value(QStringLiteral("password_file")).toString();
        if (!passwordFile.isEmpty())
            out.database.passwordFile = QDir(dir).filePath(passwordFile);
        return out;
    }
    const QString path =
        database.value(QStringLiteral("path")).toString(QStringLiteral("db.sqlite"));
    out.database.path = QDir(dir).filePath(path); // relative to the site folder
    return out;
}

Result<SiteConfig> SiteConfig::create(const Project &project, const QString &site,
                                      const DatabaseConfig &database)
{
    if (!isPlainName(site)) {
        return fail(ErrorCode::BadRequest,
                    ProjectTr::tr("\"%1\" is not a valid site name; use lower case letters, "
                                  "digits, '_' or '-', starting with a letter")
                        .arg(site));
    }
    const QString dir = project.siteDir(site);
    if (QFileInfo::exists(dir + QStringLiteral("/site.json")))
        return fail(ErrorCode::Duplicate,
                    ProjectTr::tr("site \"%1\" already exists in %2").arg(site, dir));
    if (!QDir().mkpath(dir + QStringLiteral("/files")))
        return fail(ErrorCode::Io, ProjectTr::tr("cannot create %1").arg(dir));
    QJsonObject databaseJson{{QStringLiteral("engine"), QStringLiteral("sqlite")},
                             {QStringLiteral("path"), QStringLiteral("db.sqlite")}};
    if (database.engine == QLatin1String("postgresql")) {
        databaseJson = {{QStringLiteral("engine"), database.engine},
                        {QStringLiteral("url"), database.url}};
        if (!database.passwordFile.isEmpty())
            databaseJson.insert(QStringLiteral("password_file"), database.passwordFile);
    }
    const QJsonObject config{{QStringLiteral("database"), databaseJson}};
    if (auto ok = writeJsonObject(dir + QStringLiteral("/site.json"), config); !ok)
        return fail(ok.error());
    return load(project, site);
}

QString displayPath(const QString &root, const QString &path)
{
    if (path.startsWith(QLatin1Char(':')))
        return path;
    const QString relative = QDir(root).relativeFilePath(path);
    return relative.startsWith(QLatin1String("..")) ? QDir::toNativeSeparators(path)
                                                    : QDir::toNativeSeparators(relative);
}

} // namespace fm::core
