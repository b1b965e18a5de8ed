// SPDX-License-Identifier: MIT
// `m rename field` and `m rename doctype`: the DocType files rewritten, a renamed
// DocType's folder moved, and the rename recorded in the app's renames.json so that
// `m migrate` renames the column or table in every copy of the database (ADR 0160).
#include "cli/cliutil.h"
#include "cli/projectfiles.h"
#include "common/textdistance.h"
#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"
#include "meta/registrystate.h"
#include "meta/renames.h"
#include "project/renamefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fm::server {

namespace {

using fm::core::DocType;
using fm::core::RenameEdit;
using fm::core::RenameRecord;

int rename(QCommandLineParser &parser, CommandContext &ctx, RenameRecord::Kind kind)
{
    const bool field = kind == RenameRecord::Kind::Field;
    const qsizetype wanted = field ? 3 : 2;
    if (ctx.arguments.size() != wanted) {
        ctx.err << "error: expected " << wanted << " arguments, e.g. "
                << (field ? "m rename field Ticket subject title"
                          : "m rename doctype \"Ticket Category\" \"Ticket Topic\"")
                << '\n';
        return kExitUsage;
    }
    auto project = openProject(parser);
    if (!project)
        return reportError(ctx, project.error());
    const auto meta = loadProjectMeta(*project, ctx, QStringLiteral("fix them before renaming"));
    if (!meta)
        return kExitFailure;
    const QMap<QString, DocType> sources = fm::core::sourceDocTypes(*meta);
    const QStringList &args = ctx.arguments;
    auto edit = field
                    ? fm::core::renameField(sources, args.at(0), args.at(1), args.at(2),
                                            &meta->fieldTypes())
                    : fm::core::renameDocType(sources, args.at(0), args.at(1), &meta->fieldTypes());
    if (!edit)
        return reportError(ctx, edit.error());
    const QString root = project->root();
    auto plan = fm::core::planRenameFiles(*project, *meta, sources, *edit);
    if (!plan)
        return reportError(ctx, plan.error());
    if (auto checked = plan->changes.check(); !checked) {
        reportError(ctx, checked.error());
        ctx.err << "Nothing was renamed.\n";
        return kExitFailure;
    }

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString what =
        field ? QStringLiteral("field \"%1\" of %2 to \"%3\"")
                    .arg(edit->record.from, edit->record.doctype, edit->record.to)
              : QStringLiteral("DocType \"%1\" to \"%2\"").arg(edit->record.from, edit->record.to);
    if (!dryRun) {
        if (auto applied = plan->changes.apply(); !applied)
            return reportError(ctx, applied.error());
    }
    ctx.out << (dryRun ? "Would rename " : "Renamed ") << what
            << (dryRun ? " (dry run: nothing was written):\n" : ":\n");
    for (const auto &[verb, text] : std::as_const(plan->lines)) {
        // "updated" -> "would update", "moved" -> "would move", "recorded" -> "would record"
        const QString shown =
            dryRun ? QStringLiteral("would ") +
                         (verb == QLatin1String("recorded") ? verb.chopped(2) : verb.chopped(1))
                   : verb;
        ctx.out << "  " << shown.leftJustified(14) << text << '\n';
    }
    for (const QString &warning : std::as_const(edit->warnings))
        ctx.out << "warning: " << warning << '\n';
    if (!plan->sources.isEmpty()) {
        ctx.out << "These files mention the old name and are left as they are; rename "
                   "what they use by hand"
                << (field ? QString()
                          : QStringLiteral(" (files, classes, the app's CMakeLists.txt; `m "
                                           "generate` rewrites its generated parts)"))
                << ":\n";
        for (const QString &path : std::as_const(plan->sources))
            ctx.out << "  " << path << '\n';
    }
    ctx.out << "Next: run `m migrate` on each site: it renames the " << (field ? "column" : "table")
            << " and keeps the data. Commit "
            << displayPath(root, fm::core::RenameLog::pathIn(plan->appDir))
            << " with the DocType files so that other copies of the project do the same.\n";
    return kExitOk;
}

Command make(const QString &word, const QString &summary, RenameRecord::Kind kind)
{
    Command command;
    command.words = {QStringLiteral("rename"), word};
    command.summary = summary;
    command.setup = [kind](QCommandLineParser &parser) {
        if (kind == RenameRecord::Kind::Field) {
            parser.addPositionalArgument(QStringLiteral("doctype"),
                                         Cli::tr("DocType of the field, e.g. Ticket."));
            parser.addPositionalArgument(QStringLiteral("from"), Cli::tr("Current fieldname."));
            parser.addPositionalArgument(QStringLiteral("to"), Cli::tr("New fieldname."));
        } else {
            parser.addPositionalArgument(QStringLiteral("from"), Cli::tr("Current DocType name."));
            parser.addPositionalArgument(QStringLiteral("to"),
                                         Cli::tr("New DocType name, in Title Case."));
        }
        parser.addOption(
            {QStringLiteral("dry-run"), Cli::tr("Print what would change and write nothing.")});
        addProjectOption(parser);
    };
    command.run = [kind](QCommandLineParser &parser, CommandContext &ctx) {
        return rename(parser, ctx, kind);
    };
    return command;
}

} // namespace

QList<Command> renameCommands()
{
    return {make(QStringLiteral("field"),
                 QStringLiteral("Rename a field; `m migrate` then renames its column"),
                 RenameRecord::Kind::Field),
            make(QStringLiteral("doctype"),
                 QStringLiteral("Rename a DocType; `m migrate` then renames its table"),
                 RenameRecord::Kind::DocType)};
}

} // namespace fm::server
