// SPDX-License-Identifier: MIT
// `m new doctype`: a minimal valid DocType JSON (fm::core::prepareDocType), its
// controller and test scaffolds and reference page, and the app's plugin and
// CMakeLists.txt registering it (fm::codegen::scaffoldFiles), written all or nothing.
#include "cli/cliutil.h"
#include "cli/projectfiles.h"
#include "project/scaffold.h"
#include "scaffold.h"

#include <QDir>

namespace fm::server {

namespace {

// Lists the apps on the terminal and reads the choice: a number, a name, or nothing
// for the default (the only app, when there is one).
fm::Result<QString> askApp(const fm::core::Project &project, const QString &doctype,
                           CommandContext &ctx)
{
    const QStringList apps = project.apps();
    if (apps.isEmpty())
        return fm::fail(fm::ErrorCode::NotFound, Cli::tr("the project has no apps yet; create "
                                                         "one with `m new app <name>` first"));
    ctx.err << "Apps in this project:\n";
    for (qsizetype i = 0; i < apps.size(); ++i)
        ctx.err << "  " << i + 1 << ". " << apps.at(i) << '\n';
    const QString fallback = apps.size() == 1 ? apps.first() : QString();
    ctx.err << "Which app gets DocType \"" << doctype << "\"?"
            << (fallback.isEmpty() ? QStringLiteral(" ") : QStringLiteral(" [%1] ").arg(fallback))
            << Qt::flush;
    const QString answer = ctx.in.readLine().trimmed();
    if (answer.isEmpty() && !fallback.isEmpty())
        return fallback;
    bool isNumber = false;
    const int number = answer.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= apps.size())
        return apps.at(number - 1);
    if (apps.contains(answer))
        return answer;
    return fm::fail(fm::ErrorCode::BadRequest,
                    Cli::tr("\"%1\" is none of the apps listed; answer with a number or a "
                            "name from the list, or pass --app <name>")
                        .arg(answer));
}

fm::Result<QString> chooseApp(const QCommandLineParser &parser, const fm::core::Project &project,
                              const QString &doctype, CommandContext &ctx)
{
    if (parser.isSet(QStringLiteral("app"))) {
        const QString app = parser.value(QStringLiteral("app"));
        if (!project.apps().contains(app))
            return fm::fail(unknownAppError(app, project));
        return app;
    }
    if (!ctx.interactive)
        return fm::fail(fm::ErrorCode::BadRequest,
                        Cli::tr("cannot tell which app: pass --app <name>"));
    return askApp(project, doctype, ctx);
}

int newDocType(QCommandLineParser &parser, CommandContext &ctx)
{
    if (ctx.arguments.size() != 1) {
        ctx.err << "error: " << (ctx.arguments.isEmpty() ? "missing" : "expected one")
                << " DocType name, e.g. m new doctype \"Support Ticket\" --app helpdesk\n";
        return kExitUsage;
    }
    fm::core::NewDocTypeOptions options;
    options.name = ctx.arguments.first();
    options.isChild = parser.isSet(QStringLiteral("child"));
    options.isSubmittable = parser.isSet(QStringLiteral("submittable"));
    if (options.isChild && options.isSubmittable) {
        ctx.err << "error: --child and --submittable exclude each other: child rows are "
                   "submitted with their parent document; pass one of them\n";
        return kExitUsage;
    }
    auto project = openProject(parser);
    if (!project)
        return reportError(ctx, project.error());
    if (auto valid = fm::core::checkDocTypeName(options.name); !valid)
        return reportError(ctx, valid.error());
    auto app = chooseApp(parser, *project, options.name, ctx);
    if (!app)
        return reportError(ctx, app.error());
    options.app = *app;
    const auto meta =
        loadProjectMeta(*project, ctx, QStringLiteral("fix them before adding a DocType"));
    if (!meta)
        return kExitFailure;
    const auto doctype = fm::core::prepareDocType(*project, *meta, options);
    if (!doctype)
        return reportError(ctx, doctype.error());

    // The DocType file joins the generated ones so that all are written or none: a
    // refused file (broken markers in the app's plugin, say) leaves no half DocType.
    QList<fm::codegen::GeneratedFile> files{
        {doctype->relativePath, QString::fromUtf8(doctype->text)}};
    files += fm::codegen::scaffoldFiles(*meta, doctype->app, doctype->appDir, {doctype->doctype});
    const auto written = fm::codegen::writeGeneratedFiles(doctype->appDir, files);
    if (!written) {
        reportError(ctx, written.error());
        ctx.err << "DocType \"" << options.name << "\" was not created.\n";
        return kExitFailure;
    }
    const QString root = project->root();
    for (const fm::codegen::FileOutcome &file : *written)
        printOutcome(ctx, file.outcome, root, QDir(doctype->appDir).filePath(file.path));
    ctx.out << "Next: edit " << displayPath(root, doctype->path)
            << " (fields, permissions), then run `m migrate` to create its table.\n";
    return kExitOk;
}

} // namespace

Command newDocTypeCommand()
{
    Command command;
    command.words = {QStringLiteral("new"), QStringLiteral("doctype")};
    command.summary = Cli::tr("Create a DocType with its controller and test scaffolds");
    command.setup = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(
            QStringLiteral("name"),
            Cli::tr("DocType name in Title Case, e.g. \"Support Ticket\"."));
        parser.addOption({QStringLiteral("app"),
                          Cli::tr("App that gets the DocType (asked on a terminal when "
                                  "left out)."),
                          QStringLiteral("app")});
        parser.addOption(
            {QStringLiteral("child"),
             QStringLiteral("A child DocType: its rows live in a Table field of another.")});
        parser.addOption({QStringLiteral("submittable"),
                          Cli::tr("Documents are submitted (and cancelled, amended).")});
        addProjectOption(parser);
    };
    command.run = newDocType;
    return command;
}

} // namespace fm::server
