// SPDX-License-Identifier: MIT
// `m diff [REV]`: what changed in the project's DocType files since a commit (HEAD by
// default), staged or not, described in DocType terms (libcore's diffDocTypes), with
// renames read from the apps' renames.json.
#include "cli/cliutil.h"
#include "cli/projectfiles.h"
#include "meta/doctypediff.h"
#include "meta/metaregistry.h"
#include "vcs/gitrepository.h"

#include <QDir>
#include <QFile>

namespace fm::server {

namespace {

// Every rename recorded in the working tree's renames.json files; broken records are
// left out (`m check` reports them).
QList<fm::core::RenameRecord> projectRenames(const fm::core::Project &project)
{
    QList<fm::core::RenameRecord> records;
    for (const QString &dir : project.appDirs()) {
        fm::core::Diagnostics ignored;
        records += fm::core::RenameLog::read(fm::core::RenameLog::pathIn(dir), QDir(dir).dirName(),
                                             ignored);
    }
    return records;
}

int diff(QCommandLineParser &parser, CommandContext &ctx)
{
    if (ctx.arguments.size() > 1) {
        ctx.err << "error: `m diff` takes at most one revision\nRun `m diff --help` for its "
                   "options.\n";
        return kExitUsage;
    }
    const QString revision = ctx.arguments.value(0, QStringLiteral("HEAD"));
    auto project = openProject(parser);
    if (!project)
        return reportError(ctx, project.error());
    auto repo = fm::vcs::GitRepository::discover(project->root());
    if (!repo)
        return reportError(ctx, repo.error());
    auto changes = repo->changesSince(revision);
    if (!changes)
        return reportError(ctx, changes.error());

    fm::core::MetaRegistry meta;
    fm::core::Diagnostics ignored;
    meta.loadApps(project->appDirs(), ignored);
    const QList<fm::core::RenameRecord> renames = projectRenames(*project);
    int described = 0;
    int failed = 0;
    for (const fm::vcs::FileChange &change : *changes) {
        const QString oldPath = change.oldPath.isEmpty() ? change.path : change.oldPath;
        if (!fm::core::isDocTypePath(change.path) && !fm::core::isDocTypePath(oldPath))
            continue;
        QByteArray before;
        if (auto committed = repo->fileAt(revision, oldPath))
            before = *committed;
        QByteArray after;
        QFile file(QDir(repo->workdir()).filePath(change.path));
        if (file.exists() && file.open(QIODevice::ReadOnly))
            after = file.readAll();
        const QString shown = displayPath(QDir::currentPath(), file.fileName());
        auto result = fm::core::diffDocTypeTexts(before, after, shown, renames, &meta.fieldTypes());
        if (!result) {
            ctx.out << shown << "\n  " << result.error().message() << '\n';
            ++failed;
            continue;
        }
        if (result->isEmpty())
            continue; // only the formatting changed
        ctx.out << shown << " (" << result->doctype << ")\n";
        for (const QString &line : result->lines())
            ctx.out << "  " << line << '\n';
        ++described;
    }
    if (described == 0 && failed == 0)
        ctx.out << "no DocType changed since " << revision << '\n';
    ctx.out.flush();
    return failed > 0 ? kExitFailure : kExitOk;
}

} // namespace

QList<Command> diffCommands()
{
    Command command;
    command.words = {QStringLiteral("diff")};
    command.summary =
        Cli::tr("Describe DocType changes since a commit (default HEAD) in DocType terms");
    command.setup = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("revision"),
                                     Cli::tr("A commit, branch or tag to compare the "
                                             "working tree with (default: HEAD)."),
                                     QStringLiteral("[revision]"));
        addProjectOption(parser);
    };
    command.run = diff;
    return {command};
}

} // namespace fm::server
