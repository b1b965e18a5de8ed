// SPDX-License-Identifier: MIT
#include "cli/cliutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fm::server {

void addSiteOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("project"),
                      Cli::tr("Project folder (default: the one around the working "
                              "directory)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("site"),
                      Cli::tr("Site to work on (default: \"default_site\" in m.json)."),
                      QStringLiteral("name")});
}

fm::Result<fm::core::Project> openProject(const QCommandLineParser &parser)
{
    const QString dir = parser.isSet(QStringLiteral("project"))
                            ? parser.value(QStringLiteral("project"))
                            : QDir::currentPath();
    return fm::core::Project::open(dir);
}

std::unique_ptr<fm::core::SiteContext> openSite(const QCommandLineParser &parser,
                                                CommandContext &ctx, bool loadPlugins)
{
    auto project = openProject(parser);
    if (!project) {
        reportError(ctx, project.error());
        return nullptr;
    }
    fm::core::SiteContext::Options options;
    options.site = parser.value(QStringLiteral("site"));
    options.loadPlugins = loadPlugins;
    fm::core::Diagnostics diagnostics;
    auto site = fm::core::SiteContext::open(*project, options, diagnostics);
    for (const fm::core::Diagnostic &d : diagnostics)
        ctx.err << d.toString() << '\n';
    if (!site) {
        reportError(ctx, site.error());
        return nullptr;
    }
    for (const QString &warning : (*site)->warnings())
        ctx.err << Cli::tr("warning: %1").arg(warning) << '\n';
    ctx.err.flush();
    return std::move(*site);
}

int reportError(CommandContext &ctx, const fm::Error &error)
{
    ctx.err << Cli::tr("error: %1").arg(error.message()) << '\n';
    for (const fm::FieldError &f : error.fields())
        ctx.err << "  " << f.field << ": " << f.message << " [" << f.code << "]\n";
    ctx.err.flush();
    return kExitFailure;
}

fm::Result<QJsonValue> readJsonInput(const QCommandLineParser &parser, CommandContext &ctx)
{
    const bool fromOption = parser.isSet(QStringLiteral("data"));
    if (!fromOption && ctx.interactive)
        ctx.err << Cli::tr("reading JSON from standard input; end with Ctrl-D") << '\n'
                << Qt::flush;
    const QByteArray text =
        fromOption ? parser.value(QStringLiteral("data")).toUtf8() : ctx.in.readAll().toUtf8();
    // Wrapping accepts any JSON value at the top, not only objects and arrays.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (text.trimmed().isEmpty() || error.error != QJsonParseError::NoError) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        Cli::tr("the input is not valid JSON%1; pass a JSON object with "
                                "--data '{...}' or on standard input")
                            .arg(text.trimmed().isEmpty()
                                     ? Cli::tr(" (it is empty)")
                                     : Cli::tr(" (%1 at byte %2)")
                                           .arg(error.errorString())
                                           .arg(std::max(0, error.offset - 1))));
    }
    return doc.array().at(0);
}

void printJson(CommandContext &ctx, const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    ctx.out << doc.toJson(QJsonDocument::Indented);
    ctx.out.flush();
}

PathKind pathKind(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile() && info.suffix() == QLatin1String("json"))
        return PathKind::DocTypeFile;
    if (info.isDir() && QFileInfo::exists(path + QStringLiteral("/app.json")))
        return PathKind::App;
    if (info.isDir() && QFileInfo::exists(path + QStringLiteral("/") +
                                          QLatin1String(fm::core::Project::kConfigFile)))
        return PathKind::Project;
    return PathKind::Other;
}

Error unknownPathError(const QString &path, const QString &command)
{
    const QString what = QFileInfo::exists(path)
                             ? Cli::tr("none of the things %1 reads").arg(command)
                             : Cli::tr("not there");
    const QString message = Cli::tr("%1 is %2; pass a DocType .json file, an app folder (with "
                                    "app.json) or a project folder (with m.json)")
                                .arg(QDir::toNativeSeparators(path), what);
    return fm::Error(fm::ErrorCode::NotFound, message);
}

} // namespace fm::server
