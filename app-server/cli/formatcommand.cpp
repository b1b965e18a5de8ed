// SPDX-License-Identifier: MIT
// `m format [path] [--check]`: DocType files rewritten in the writer's canonical form
// (docs/adr/0150), so that a later save from the Studio changes only what changed.
#include "cli/cliutil.h"
#include "cli/projectfiles.h"
#include "meta/doctypeformat.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace fm::server {

namespace {

// The DocType files of an app: doctypes/<slug>/<slug>.json, as the registry reads them.
QStringList docTypeFiles(const QString &appDir)
{
    const QDir doctypes(appDir + QStringLiteral("/doctypes"));
    QStringList files;
    for (const QString &slug : doctypes.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = doctypes.filePath(slug + QLatin1Char('/') + slug + ".json");
        if (QFileInfo(path).isFile())
            files << path;
    }
    return files;
}

// The project's apps in `meta`, so field types that apps add are known; the
// diagnostics of other files do not matter here (`m check` reports them).
void loadProjectTypes(fm::core::MetaRegistry &meta, const QString &dir)
{
    fm::core::Diagnostics ignored;
    if (auto project = fm::core::Project::open(dir))
        meta.loadApps(project->appDirs(), ignored);
}

struct Tally
{
    int changed = 0;   // formatted, or with --check not in canonical form
    int canonical = 0; // already in canonical form
    int failed = 0;    // with errors, unreadable or unwritable: left as they were
};

QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

void formatFile(const QString &path, const fm::core::FieldTypeRegistry &types, bool checkOnly,
                Tally &tally, CommandContext &ctx)
{
    const QString shown = displayPath(QDir::currentPath(), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.out << "error: cannot read " << shown << ": " << file.errorString() << '\n';
        ++tally.failed;
        return;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    fm::core::Diagnostics diagnostics;
    const std::optional<QByteArray> text =
        fm::core::canonicalDocTypeText(bytes, path, types, diagnostics);
    if (!text) {
        for (fm::core::Diagnostic d : diagnostics) {
            if (d.severity != fm::core::Diagnostic::Severity::Error)
                continue;
            d.location.file = displayPath(QDir::currentPath(), d.location.file);
            ctx.out << d.toString() << '\n';
        }
        ctx.out << "left unchanged " << shown << ": it has errors; fix them first\n";
        ++tally.failed;
        return;
    }
    if (*text == bytes) {
        ++tally.canonical;
        return;
    }
    if (checkOnly) {
        ctx.out << "would reformat " << shown << '\n';
        ++tally.changed;
        return;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*text) != text->size() || !out.commit()) {
        ctx.out << "error: cannot write " << shown << ": " << out.errorString()
                << "; the file is unchanged\n";
        ++tally.failed;
        return;
    }
    ctx.out << "formatted " << shown << '\n';
    ++tally.changed;
}

int formatFiles(const QStringList &files, const fm::core::FieldTypeRegistry &types, bool checkOnly,
                CommandContext &ctx)
{
    Tally tally;
    for (const QString &path : files)
        formatFile(path, types, checkOnly, tally, ctx);
    ctx.out << plural(int(files.size()), "DocType file", "DocType files") << ": " << tally.changed
            << (checkOnly ? " to reformat, " : " formatted, ") << tally.canonical
            << " already canonical, " << tally.failed << " left unchanged\n";
    ctx.out.flush();
    const bool failed = tally.failed > 0 || (checkOnly && tally.changed > 0);
    return failed ? kExitFailure : kExitOk;
}

int formatProject(const fm::core::Project &project, bool checkOnly, CommandContext &ctx)
{
    fm::core::MetaRegistry meta;
    loadProjectTypes(meta, project.root());
    QStringList files;
    for (const QString &dir : project.appDirs())
        files += docTypeFiles(dir);
    return formatFiles(files, meta.fieldTypes(), checkOnly, ctx);
}

int format(QCommandLineParser &parser, CommandContext &ctx)
{
    if (ctx.arguments.size() > 1) {
        ctx.err << "error: `m format` takes at most one path\nRun `m format --help` for its "
                   "options.\n";
        return kExitUsage;
    }
    const bool checkOnly = parser.isSet(QStringLiteral("check"));
    if (ctx.arguments.isEmpty()) {
        auto project = openProject(parser);
        if (!project)
            return reportError(ctx, project.error());
        return formatProject(*project, checkOnly, ctx);
    }
    const QString path = ctx.arguments.first();
    const QFileInfo info(path);
    fm::core::MetaRegistry meta;
    switch (pathKind(path)) {
    case PathKind::DocTypeFile:
        loadProjectTypes(meta, info.absolutePath());
        return formatFiles({info.absoluteFilePath()}, meta.fieldTypes(), checkOnly, ctx);
    case PathKind::App: {
        const QString dir = info.absoluteFilePath();
        // An app outside a project brings its own field types (and core's).
        if (fm::core::Project::open(QFileInfo(dir).absolutePath())) {
            loadProjectTypes(meta, QFileInfo(dir).absolutePath());
        } else {
            fm::core::Diagnostics ignored;
            meta.loadApps({dir}, ignored);
        }
        return formatFiles(docTypeFiles(dir), meta.fieldTypes(), checkOnly, ctx);
    }
    case PathKind::Project:
        if (auto project = fm::core::Project::open(path))
            return formatProject(*project, checkOnly, ctx);
        else
            return reportError(ctx, project.error());
    case PathKind::Other:
        break;
    }
    return reportError(ctx, unknownPathError(path, QStringLiteral("m format")));
}

} // namespace

QList<Command> formatCommands()
{
    Command command;
    command.words = {QStringLiteral("format")};
    command.summary = Cli::tr("Rewrite DocType files in the canonical form (--check: only report)");
    command.setup = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("path"),
                                     Cli::tr("A DocType .json file, an app folder or a "
                                             "project folder (default: the project)."),
                                     QStringLiteral("[path]"));
        parser.addOption(
            {QStringLiteral("check"), Cli::tr("Change nothing; list the files that are not in the "
                                              "canonical form and exit 1 if there are any.")});
        addProjectOption(parser);
    };
    command.run = format;
    return {command};
}

} // namespace fm::server
