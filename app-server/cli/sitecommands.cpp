// SPDX-License-Identifier: MIT
// `m site copy --to URL|FILE`: the site's documents into another database, SQLite or
// PostgreSQL, checked before they are committed (libcore/project/sitecopy.h,
// docs/guide/postgresql.md).
#include "cli/cliutil.h"
#include "project/sitecopy.h"

#include <QDir>
#include <QFileInfo>

namespace fm::server {

namespace {

int copySite(QCommandLineParser &parser, CommandContext &ctx)
{
    const QString to = parser.value(QStringLiteral("to"));
    if (to.trimmed().isEmpty()) {
        ctx.err << Cli::tr("error: give the target with --to: a PostgreSQL URL "
                           "(postgresql://user@host:port/dbname) or a SQLite file path.")
                << '\n';
        return kExitUsage;
    }
    bool ok = false;
    const int sample = parser.value(QStringLiteral("sample")).toInt(&ok);
    if (!ok || sample < 0) {
        ctx.err << Cli::tr("error: --sample \"%1\" is not a number of rows; use 0 or more.")
                       .arg(parser.value(QStringLiteral("sample")))
                << '\n';
        return kExitUsage;
    }
    auto target = fm::core::DatabaseConfig::fromUrl(to);
    if (!target)
        return reportError(ctx, target.error());
    if (target->engine == QLatin1String("sqlite"))
        target->path = QFileInfo(to).absoluteFilePath();

    auto site = openSite(parser, ctx, false);
    if (!site)
        return kExitFailure;
    const fm::core::DatabaseConfig &source = site->site().database;
    if (source.engine == target->engine &&
        (source.engine == QLatin1String("sqlite")
             ? QFileInfo(source.path).absoluteFilePath() == target->path
             : source.url == target->url)) {
        return reportError(ctx, fm::Error(fm::ErrorCode::BadRequest,
                                          Cli::tr("--to names the site's own database; give "
                                                  "another one to copy into")));
    }
    target->busyTimeoutMs = source.busyTimeoutMs;
    target->connectTimeoutS = source.connectTimeoutS;
    auto pool = fm::core::ConnectionPool::open(*target);
    if (!pool)
        return reportError(ctx, pool.error());

    fm::core::SiteCopyOptions options;
    options.replace = parser.isSet(QStringLiteral("replace"));
    options.sampleRows = sample;
    auto report = fm::core::copySiteData(site->pool(), **pool, site->doctypes(),
                                         site->meta().fieldTypes(), options);
    if (!report)
        return reportError(ctx, report.error());
    ctx.out << Cli::tr("Copied site \"%1\" from %2 to %3:")
                   .arg(site->site().name, source.displayName(), target->displayName())
            << '\n'
            << report->toText()
            << Cli::tr("The site still uses %1; to switch, set \"database\" in %2 to the new "
                       "database and restart its servers and workers.")
                   .arg(source.displayName(),
                        QDir(site->site().dir).filePath(QStringLiteral("site.json")))
            << '\n';
    return kExitOk;
}

} // namespace

QList<Command> siteCommands()
{
    Command copy;
    copy.words = {QStringLiteral("site"), QStringLiteral("copy")};
    copy.summary = Cli::tr("Copy the site's documents into another database (SQLite or "
                           "PostgreSQL)");
    copy.setup = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addOption({QStringLiteral("to"),
                          Cli::tr("The database to copy into: postgresql://user@host:port/dbname "
                                  "(password from PGPASSWORD or ~/.pgpass) or a SQLite file."),
                          QStringLiteral("url-or-file")});
        parser.addOption({QStringLiteral("replace"),
                          Cli::tr("Delete the documents the target already holds instead of "
                                  "refusing to copy.")});
        parser.addOption({QStringLiteral("sample"),
                          Cli::tr("Rows per DocType compared field by field after the copy "
                                  "(default 20)."),
                          QStringLiteral("rows"), QStringLiteral("20")});
    };
    copy.run = copySite;
    return {copy};
}

} // namespace fm::server
