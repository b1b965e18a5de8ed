// SPDX-License-Identifier: MIT
// createProject and createApp; DocTypes are in scaffolddoctype.cpp, sites in
// scaffoldsite.cpp.
#include "project/scaffold.h"

#include "project/filetransaction.h"
#include "project/scaffold_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fm::core {

namespace {

struct ScaffoldTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Scaffold)
};

} // namespace

namespace {

// The lines a project's .gitignore needs added to the one that is there, if any;
// nullopt when nothing is missing.
Result<std::optional<QByteArray>> gitIgnoreText(const QString &path)
{
    QByteArray text;
    if (QFile file(path); file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io,
                        ScaffoldTr::tr("cannot read %1 (%2); check its permissions")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        text = file.readAll();
    }
    const QList<QByteArray> lines = text.split('\n');
    QByteArray added;
    for (const QByteArray &entry : {QByteArrayLiteral("sites/"), QByteArrayLiteral("build/")}) {
        if (!lines.contains(entry))
            added += entry + '\n';
    }
    if (added.isEmpty())
        return std::optional<QByteArray>();
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    if (text.isEmpty())
        text = "# Sites hold databases, secrets and uploads; build/ holds compiled plugins.\n";
    return std::optional<QByteArray>(text + added);
}

} // namespace

QString detail::projectPath(const Project &project, const QString &path)
{
    const QString relative = QDir(project.root()).relativeFilePath(path);
    return QDir::toNativeSeparators(relative.startsWith(QLatin1String("..")) ? path : relative);
}

Result<Project> createProject(const QString &dir, const QString &name)
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::BadRequest,
                    ScaffoldTr::tr("the project name is empty; give the project a name, e.g. "
                                   "the name of its folder"));
    const QString root = QFileInfo(dir).absoluteFilePath();
    if (QFileInfo(root).exists() && !QFileInfo(root).isDir())
        return fail(ErrorCode::BadRequest,
                    ScaffoldTr::tr("%1 is a file; pick a folder for the project")
                        .arg(QDir::toNativeSeparators(dir)));
    if (QFileInfo::exists(QDir(root).filePath(QLatin1String(Project::kConfigFile))))
        return fail(ErrorCode::Duplicate,
                    ScaffoldTr::tr("%1 already holds a project (m.json); open it, or pick "
                                   "another folder")
                        .arg(QDir::toNativeSeparators(root)));
    const QString gitIgnore = QDir(root).filePath(QStringLiteral(".gitignore"));
    const auto ignored = gitIgnoreText(gitIgnore);
    if (!ignored)
        return fail(ignored.error());

    FileTransaction files;
    for (const char *folder : {"apps", "sites"}) {
        if (auto ok = files.makePath(QDir(root).filePath(QLatin1String(folder))); !ok)
            return fail(ok.error());
    }
    if (auto ok = files.remember(QDir(root).filePath(QLatin1String(Project::kConfigFile))); !ok)
        return fail(ok.error());
    if (*ignored) {
        if (auto ok = files.remember(gitIgnore); !ok)
            return fail(ok.error());
    }
    auto project = Project::create(root, name);
    if (!project)
        return project;
    if (*ignored) {
        if (auto ok = files.write(gitIgnore, **ignored); !ok)
            return fail(ok.error());
    }
    files.commit();
    return project;
}

bool isValidAppName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return re.match(name).hasMatch();
}

QString titleFromAppName(const QString &name)
{
    QStringList words = name.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word[0].toUpper();
    return words.join(QLatin1Char(' '));
}

Result<AppInfo> createApp(Project &project, const QString &app, const QString &title,
                          const QStringList &modules)
{
    if (!isValidAppName(app)) {
        return fail(ErrorCode::BadRequest,
                    ScaffoldTr::tr("\"%1\" is not a valid app name; use lower case letters, "
                                   "digits and '_', starting with a letter, like \"helpdesk\"")
                        .arg(app));
    }
    if (app == QLatin1String("core"))
        return fail(ErrorCode::Duplicate, ScaffoldTr::tr("\"core\" is the built-in app of "
                                                         "Framework M; choose another name"));
    AppInfo info;
    info.name = app;
    info.path = project.appDir(app);
    if (project.apps().contains(app) || QFileInfo::exists(info.path)) {
        return fail(ErrorCode::Duplicate,
                    ScaffoldTr::tr("app \"%1\" already exists (%2); choose another name")
                        .arg(app, detail::projectPath(project, info.path)));
    }
    info.title = title.trimmed().isEmpty() ? titleFromAppName(app) : title.trimmed();
    info.version = QStringLiteral("0.1.0");
    info.dependsOn = {QStringLiteral("core")};
    for (const QString &module : modules.isEmpty() ? QStringList{info.title} : modules) {
        if (module.trimmed().isEmpty())
            return fail(ErrorCode::BadRequest,
                        ScaffoldTr::tr("a module name of app \"%1\" is blank; name each module, "
                                       "e.g. \"%2\"")
                            .arg(app, info.title));
        if (info.modules.contains(module.trimmed()))
            return fail(ErrorCode::BadRequest,
                        ScaffoldTr::tr("module \"%1\" is listed twice; name each module once")
                            .arg(module.trimmed()));
        info.modules << module.trimmed();
    }

    const QJsonObject manifest{
        {QStringLiteral("name"), info.name},
        {QStringLiteral("title"), info.title},
        {QStringLiteral("version"), info.version},
        {QStringLiteral("modules"), QJsonArray::fromStringList(info.modules)},
        {QStringLiteral("depends_on"), QJsonArray::fromStringList(info.dependsOn)}};
    FileTransaction files;
    Project updated = project;
    const QString config = QDir(project.root()).filePath(QLatin1String(Project::kConfigFile));
    Result<void> ok = files.makePath(info.path + QStringLiteral("/doctypes"));
    if (ok)
        ok = files.write(info.path + QStringLiteral("/app.json"),
                         QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    if (ok)
        ok = files.remember(config);
    if (ok)
        ok = updated.addApp(app);
    if (!ok)
        return fail(ok.error());
    files.commit();
    project = updated;
    return info;
}

} // namespace fm::core
