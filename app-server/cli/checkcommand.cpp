// SPDX-License-Identifier: MIT
// `m check [path]`: every problem in the project's DocTypes, an app, or one file.
#include "cli/cliutil.h"
#include "cli/projectfiles.h"
#include "meta/doctypeloader.h"
#include "meta/renamelog.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace fm::server {

namespace {

// DocType folders of an app: the loader checks each, even one it cannot read.
int countDocTypes(const QString &appDir)
{
    return int(QDir(appDir + QStringLiteral("/doctypes"))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

// Prints the diagnostics with paths relative to the working directory and the summary;
// the exit code says whether any is an error.
int report(const fm::core::Diagnostics &diagnostics, int doctypes, CommandContext &ctx)
{
    int errors = 0;
    for (fm::core::Diagnostic d : diagnostics) {
        errors += d.severity == fm::core::Diagnostic::Severity::Error;
        d.location.file = displayPath(QDir::currentPath(), d.location.file);
        ctx.out << d.toString() << '\n';
    }
    const int warnings = int(diagnostics.size()) - errors;
    //: The summary line of `m check`: "2 errors, 1 warning in 5 DocTypes".
    ctx.out << Cli::tr("%1, %2 in %3")
                   .arg(Cli::tr("%n error(s)", nullptr, errors),
                        Cli::tr("%n warning(s)", nullptr, warnings),
                        Cli::tr("%n DocType(s)", nullptr, doctypes))
            << '\n';
    ctx.out.flush();
    return errors > 0 ? kExitFailure : kExitOk;
}

int checkProject(const fm::core::Project &project, CommandContext &ctx)
{
    fm::core::MetaRegistry meta;
    fm::core::Diagnostics diagnostics;
    meta.loadApps(project.appDirs(), diagnostics);
    int doctypes = 0;
    for (const QString &name : meta.doctypeNames())
        doctypes += meta.doctype(name)->app == QLatin1String("core");
    for (const QString &dir : project.appDirs())
        doctypes += countDocTypes(dir);
    ctx.out << Cli::tr("Checking project \"%1\": apps %2")
                   .arg(project.name(), (QStringList{QStringLiteral("core")} + project.apps())
                                            .join(QStringLiteral(", ")))
            << '\n';
    return report(diagnostics, doctypes, ctx);
}

// An app inside a project loads with the project's apps, so its dependencies resolve;
// only the problems located in its own files are reported.
int checkApp(const QString &dir, CommandContext &ctx)
{
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    fm::core::MetaRegistry meta;
    fm::core::Diagnostics found;
    QString loadedAs = dir;
    auto project = fm::core::Project::open(QFileInfo(canonical).absolutePath());
    const QStringList appDirs = project ? project->appDirs() : QStringList();
    const auto inProject = std::find_if(appDirs.begin(), appDirs.end(), [&](const QString &appDir) {
        return QFileInfo(appDir).canonicalFilePath() == canonical;
    });
    if (inProject != appDirs.end()) {
        loadedAs = *inProject;
        meta.loadApps(appDirs, found);
    } else {
        ctx.out << Cli::tr("note: %1 is not an app of a project (m.json); it was checked with "
                           "the built-in app core only")
                       .arg(QDir::toNativeSeparators(dir))
                << '\n';
        meta.loadApps({dir}, found);
    }
    const QString prefix =
        QDir::cleanPath(QFileInfo(loadedAs).absoluteFilePath()) + QLatin1Char('/');
    fm::core::Diagnostics diagnostics;
    for (const fm::core::Diagnostic &d : found) {
        if (d.location.file.startsWith(prefix))
            diagnostics << d;
    }
    ctx.out << Cli::tr("Checking app %1").arg(QDir::toNativeSeparators(dir)) << '\n';
    return report(diagnostics, countDocTypes(dir), ctx);
}

// One file, read with the DocTypeLoader alone. Field types that apps add are known
// when the file is inside a project, so they are not reported as unknown.
int checkFile(const QString &path, CommandContext &ctx)
{
    fm::core::MetaRegistry meta;
    if (auto project = fm::core::Project::open(QFileInfo(path).absolutePath())) {
        fm::core::Diagnostics ignored; // `m check` without a path reports those
        meta.loadApps(project->appDirs(), ignored);
    }
    fm::core::Diagnostics diagnostics;
    if (QFileInfo(path).fileName() == fm::core::RenameLog::fileName()) {
        // An app's record of renames (docs/adr/0160), not a DocType.
        const auto records = fm::core::RenameLog::read(path, QString(), diagnostics);
        ctx.out << Cli::tr("Checking %1: %n rename(s)", nullptr, int(records.size()))
                       .arg(QDir::toNativeSeparators(path))
                << '\n';
        return report(diagnostics, 0, ctx);
    }
    fm::core::DocTypeLoader(meta.fieldTypes()).loadFile(path, diagnostics);
    ctx.out << Cli::tr("Checking %1 alone: Link and Table targets, fetch_from through Links "
                       "and the other checks between DocTypes are skipped (run `m check` in "
                       "the project for them)")
                   .arg(QDir::toNativeSeparators(path))
            << '\n';
    return report(diagnostics, 1, ctx);
}

int check(QCommandLineParser &parser, CommandContext &ctx)
{
    if (ctx.arguments.size() > 1) {
        ctx.err << Cli::tr("error: `m check` takes at most one path") << '\n'
                << Cli::tr("Run `m %1 --help` for its options.").arg(QStringLiteral("check"))
                << '\n';
        return kExitUsage;
    }
    if (ctx.arguments.isEmpty()) {
        auto project = openProject(parser);
        if (!project)
            return reportError(ctx, project.error());
        return checkProject(*project, ctx);
    }
    const QString path = ctx.arguments.first();
    switch (pathKind(path)) {
    case PathKind::DocTypeFile:
        return checkFile(path, ctx);
    case PathKind::App:
        return checkApp(path, ctx);
    case PathKind::Project:
        if (auto project = fm::core::Project::open(path))
            return checkProject(*project, ctx);
        else
            return reportError(ctx, project.error());
    case PathKind::Other:
        break;
    }
    return reportError(ctx, unknownPathError(path, QStringLiteral("m check")));
}

} // namespace

QList<Command> checkCommands()
{
    Command command;
    command.words = {QStringLiteral("check")};
    command.summary = Cli::tr("Report every problem in the DocTypes (exit 1 on errors)");
    command.setup = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("path"),
                                     Cli::tr("A DocType .json file, an app folder or a "
                                             "project folder (default: the project)."),
                                     QStringLiteral("[path]"));
        addProjectOption(parser);
    };
    command.run = check;
    return {command};
}

} // namespace fm::server
