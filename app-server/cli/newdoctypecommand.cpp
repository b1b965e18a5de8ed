// SPDX-License-Identifier: MIT
// `m new doctype`: a minimal valid DocType JSON, its controller and test scaffolds and
// reference page, and the app's plugin and CMakeLists.txt registering it.
#include "cli/cliutil.h"
#include "cli/projectfiles.h"
#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"

#include <QDir>
#include <QFileInfo>

namespace fm::server {

namespace {

// One Data field and full rights for System Manager: the smallest DocType the loader
// accepts without a diagnostic, and one a user can open in the Desk right away.
fm::core::DocType starterDocType(const QString &name, bool child, bool submittable)
{
    fm::core::DocType doctype;
    doctype.explicitFormatVersion = true; // like every shipped DocType file
    doctype.name = name;
    doctype.isChild = child;
    doctype.isSubmittable = submittable;
    fm::core::Field title;
    title.fieldname = QStringLiteral("title");
    title.fieldtype = QStringLiteral("Data");
    title.label = QStringLiteral("Title");
    title.required = true;
    title.inListView = true;
    doctype.fields << title;
    if (child)
        return doctype; // child rows take their parent's permissions
    doctype.titleField = title.fieldname;
    doctype.searchFields = {title.fieldname};
    fm::core::PermissionRule rule;
    rule.role = QStringLiteral("System Manager");
    rule.actions = {fm::core::PermissionAction::Read, fm::core::PermissionAction::Write,
                    fm::core::PermissionAction::Create, fm::core::PermissionAction::Delete};
    if (submittable)
        rule.actions = fm::core::allActions();
    doctype.permissions << rule;
    return doctype;
}

// The starter as the loader reads it back from its file, so the scaffolds are those
// `m generate` makes from the file later (the loader fills in e.g. the default layout).
// Only the name can be wrong in it.
fm::Result<fm::core::DocType> readBack(const fm::core::DocType &starter, const QString &path)
{
    const fm::core::FieldTypeRegistry types;
    fm::core::Diagnostics diagnostics;
    const auto doctype =
        fm::core::DocTypeLoader(types).loadJson(fm::core::toJsonText(starter), path, diagnostics);
    if (doctype && diagnostics.isEmpty())
        return *doctype;
    const fm::core::Diagnostic first = diagnostics.value(0);
    return fm::fail(fm::ErrorCode::BadRequest,
                    first.hint.isEmpty() ? first.message
                                         : first.message + QStringLiteral("; ") + first.hint);
}

// Lists the apps on the terminal and reads the choice: a number, a name, or nothing
// for the default (the only app, when there is one).
fm::Result<QString> askApp(const fm::core::Project &project, const QString &doctype,
                           CommandContext &ctx)
{
    const QStringList apps = project.apps();
    if (apps.isEmpty())
        return fm::fail(fm::ErrorCode::NotFound,
                        QStringLiteral("the project has no apps yet; create "
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
                    QStringLiteral("\"%1\" is none of the apps listed; answer with a number or a "
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
                        QStringLiteral("cannot tell which app: pass --app <name>"));
    return askApp(project, doctype, ctx);
}

int newDocType(QCommandLineParser &parser, CommandContext &ctx)
{
    if (ctx.arguments.size() != 1) {
        ctx.err << "error: " << (ctx.arguments.isEmpty() ? "missing" : "expected one")
                << " DocType name, e.g. m new doctype \"Support Ticket\" --app helpdesk\n";
        return kExitUsage;
    }
    const bool child = parser.isSet(QStringLiteral("child"));
    const bool submittable = parser.isSet(QStringLiteral("submittable"));
    if (child && submittable) {
        ctx.err << "error: --child and --submittable exclude each other: child rows are "
                   "submitted with their parent document; pass one of them\n";
        return kExitUsage;
    }
    auto project = openProject(parser);
    if (!project)
        return reportError(ctx, project.error());
    fm::core::DocType starter = starterDocType(ctx.arguments.first(), child, submittable);
    if (auto valid = readBack(starter, starter.tableName()); !valid)
        return reportError(ctx, valid.error());
    auto app = chooseApp(parser, *project, starter.name, ctx);
    if (!app)
        return reportError(ctx, app.error());
    const auto meta =
        loadProjectMeta(*project, ctx, QStringLiteral("fix them before adding a DocType"));
    if (!meta)
        return kExitFailure;

    const QString root = project->root();
    const QString appDir = project->appDir(*app);
    const QString snake = starter.tableName();
    const QString jsonPath = QStringLiteral("%1/doctypes/%2/%2.json").arg(appDir, snake);
    const fm::core::DocType *existing = meta->findDocType(starter.name);
    if (!existing)
        existing = meta->findDocType(snake);
    if (existing) {
        return reportError(ctx, fm::Error(fm::ErrorCode::Duplicate,
                                          QStringLiteral("DocType \"%1\" already exists (in app "
                                                         "\"%2\"); edit it, or choose another name")
                                              .arg(existing->name, existing->app)));
    }
    if (const QString folder = QFileInfo(jsonPath).absolutePath(); QFileInfo::exists(folder)) {
        return reportError(ctx, fm::Error(fm::ErrorCode::Duplicate,
                                          QStringLiteral("%1 already exists; move it away, or "
                                                         "choose another name")
                                              .arg(displayPath(root, folder))));
    }
    const fm::core::AppInfo info = meta->app(*app);
    starter.module = info.modules.value(0, info.title);
    auto doctype = readBack(starter, jsonPath);
    if (!doctype)
        return reportError(ctx, doctype.error());
    doctype->app = *app; // as the registry does: the folder decides

    // The DocType file joins the generated ones so that all are written or none: a
    // refused file (broken markers in the app's plugin, say) leaves no half DocType.
    QList<fm::codegen::GeneratedFile> files{{QStringLiteral("doctypes/%1/%1.json").arg(snake),
                                             QString::fromUtf8(fm::core::toJsonText(starter))}};
    files += scaffoldFiles(*meta, *app, appDir, {*doctype});
    const auto written = fm::codegen::writeGeneratedFiles(appDir, files);
    if (!written) {
        reportError(ctx, written.error());
        ctx.err << "DocType \"" << starter.name << "\" was not created.\n";
        return kExitFailure;
    }
    for (const fm::codegen::FileOutcome &file : *written)
        printOutcome(ctx, file.outcome, root, QDir(appDir).filePath(file.path));
    ctx.out << "Next: edit " << displayPath(root, jsonPath)
            << " (fields, permissions), then run `m migrate` to create its table.\n";
    return kExitOk;
}

} // namespace

Command newDocTypeCommand()
{
    Command command;
    command.words = {QStringLiteral("new"), QStringLiteral("doctype")};
    command.summary = QStringLiteral("Create a DocType with its controller and test scaffolds");
    command.setup = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(
            QStringLiteral("name"),
            QStringLiteral("DocType name in Title Case, e.g. \"Support Ticket\"."));
        parser.addOption({QStringLiteral("app"),
                          QStringLiteral("App that gets the DocType (asked on a terminal when "
                                         "left out)."),
                          QStringLiteral("app")});
        parser.addOption(
            {QStringLiteral("child"),
             QStringLiteral("A child DocType: its rows live in a Table field of another.")});
        parser.addOption({QStringLiteral("submittable"),
                          QStringLiteral("Documents are submitted (and cancelled, amended).")});
        addProjectOption(parser);
    };
    command.run = newDocType;
    return command;
}

} // namespace fm::server
