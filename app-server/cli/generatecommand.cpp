// SPDX-License-Identifier: MIT
// `m generate`: regenerates the generated regions of the controller and test scaffolds,
// the apps' plugin sources and CMakeLists.txt, and the Markdown reference pages.
#include "cli/cliutil.h"
#include "cli/projectfiles.h"
#include "common/textdistance.h"
#include "scaffold.h"

#include <QDir>

#include <array>

namespace fm::server {

namespace {

struct Selection
{
    QStringList apps;
    const fm::core::DocType *doctype = nullptr; // only this one, when set
};

fm::Result<Selection> select(const QCommandLineParser &parser, const fm::core::Project &project,
                             const fm::core::MetaRegistry &meta)
{
    Selection selection{project.apps()};
    if (parser.isSet(QStringLiteral("app"))) {
        const QString app = parser.value(QStringLiteral("app"));
        if (!project.apps().contains(app))
            return fm::fail(unknownAppError(app, project));
        selection.apps = {app};
    }
    if (parser.isSet(QStringLiteral("doctype"))) {
        const QString name = parser.value(QStringLiteral("doctype"));
        selection.doctype = meta.findDocType(name);
        if (!selection.doctype) {
            const QString guess = fm::closestMatch(name, meta.doctypeNames());
            return fm::fail(
                fm::ErrorCode::NotFound,
                Cli::tr("no DocType \"%1\" in this project; %2")
                    .arg(name, guess.isEmpty()
                                   ? QStringLiteral("`m check` lists the files it reads")
                                   : QStringLiteral("did you mean \"%1\"?").arg(guess)));
        }
        const QString app = selection.doctype->app;
        if (app == QLatin1String("core")) {
            return fm::fail(fm::ErrorCode::BadRequest,
                            Cli::tr("DocType \"%1\" belongs to the built-in app core, which "
                                    "has no files to generate; pick a DocType of the "
                                    "project's apps")
                                .arg(selection.doctype->name));
        }
        if (!selection.apps.contains(app)) {
            return fm::fail(fm::ErrorCode::BadRequest,
                            Cli::tr("DocType \"%1\" belongs to app \"%2\", not to \"%3\"; "
                                    "pass --app %2 or leave --app out")
                                .arg(selection.doctype->name, app, selection.apps.value(0)));
        }
        selection.apps = {app};
    }
    if (selection.apps.isEmpty()) {
        return fm::fail(fm::ErrorCode::NotFound, Cli::tr("the project has no apps, so there is "
                                                         "nothing to generate; create one with "
                                                         "`m new app <name>`"));
    }
    return selection;
}

int generate(QCommandLineParser &parser, CommandContext &ctx)
{
    if (!ctx.arguments.isEmpty()) {
        ctx.err << "error: `m generate` takes no arguments; select with --app and --doctype\n";
        return kExitUsage;
    }
    auto project = openProject(parser);
    if (!project)
        return reportError(ctx, project.error());
    const auto meta = loadProjectMeta(*project, ctx, QStringLiteral("fix them, then generate"));
    if (!meta)
        return kExitFailure;
    const auto selection = select(parser, *project, *meta);
    if (!selection)
        return reportError(ctx, selection.error());

    std::array<int, 3> counts{}; // by WriteOutcome
    int failed = 0;
    for (const QString &app : selection->apps) {
        QList<fm::core::DocType> doctypes;
        for (const QString &name : meta->doctypeNames()) {
            const fm::core::DocType *doctype = meta->doctype(name);
            if (doctype->app == app && (!selection->doctype || selection->doctype == doctype))
                doctypes << *doctype;
        }
        if (doctypes.isEmpty()) {
            ctx.out << "App \"" << app << "\" has no DocTypes; nothing to generate.\n";
            continue;
        }
        const QString appDir = project->appDir(app);
        // One file at a time: a refused file is left as it was, the others are still
        // brought up to date, and every broken file is named in one run.
        for (const fm::codegen::GeneratedFile &file :
             fm::codegen::scaffoldFiles(*meta, app, appDir, doctypes)) {
            const QString path = QDir(appDir).filePath(file.path);
            if (const auto outcome = fm::codegen::writeGenerated(path, file.content)) {
                printOutcome(ctx, *outcome, project->root(), path);
                ++counts[size_t(*outcome)];
            } else {
                reportError(ctx, outcome.error());
                ++failed;
            }
        }
    }
    ctx.out << counts[size_t(fm::codegen::WriteOutcome::Created)] << " created, "
            << counts[size_t(fm::codegen::WriteOutcome::Updated)] << " updated, "
            << counts[size_t(fm::codegen::WriteOutcome::Unchanged)] << " unchanged";
    if (failed > 0)
        ctx.out << ", " << failed << " failed (see the errors; those files were left as they were)";
    ctx.out << '\n';
    return failed > 0 ? kExitFailure : kExitOk;
}

} // namespace

QList<Command> generateCommands()
{
    Command command;
    command.words = {QStringLiteral("generate")};
    command.summary = Cli::tr("Regenerate scaffolds, plugin sources and reference pages");
    command.setup = [](QCommandLineParser &parser) {
        parser.addOption(
            {QStringLiteral("app"), Cli::tr("Only this app's files."), QStringLiteral("app")});
        parser.addOption({QStringLiteral("doctype"),
                          Cli::tr("Only this DocType's files (and its app's plugin)."),
                          QStringLiteral("name")});
        addProjectOption(parser);
    };
    command.run = generate;
    return {command};
}

} // namespace fm::server
