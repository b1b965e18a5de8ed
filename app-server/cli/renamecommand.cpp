// SPDX-License-Identifier: MIT
// `m rename field` and `m rename doctype`: the DocType files rewritten, a renamed
// DocType's folder moved, and the rename recorded in the app's renames.json so that
// `m migrate` renames the column or table in every copy of the database (ADR 0160).
#include "cli/cliutil.h"
#include "cli/filechanges.h"
#include "cli/projectfiles.h"
#include "common/textdistance.h"
#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"
#include "meta/registrystate.h"
#include "meta/renames.h"

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

// The project's DocTypes as their files say (no extensions applied, which must not end
// up in the files), and the built-in ones, whose names are taken too.
QMap<QString, DocType> sourceDocTypes(const fm::core::MetaRegistry &meta)
{
    QMap<QString, DocType> doctypes;
    const fm::core::DocTypeLoader loader(meta.fieldTypes());
    for (const QString &name : meta.doctypeNames()) {
        const DocType *registered = meta.doctype(name);
        fm::core::Diagnostics ignored; // the registry loaded them without errors
        std::optional<DocType> source;
        if (registered->app != fm::core::kCoreApp)
            source = loader.loadFile(registered->location.file, ignored);
        if (!source)
            source = *registered;
        source->app = registered->app;
        doctypes.insert(name, *source);
    }
    return doctypes;
}

// Extension files that name what is renamed: the rename cannot rewrite them, and
// leaving them would break the project, so it is refused.
QStringList extensionsInTheWay(const fm::core::MetaRegistry &meta, const RenameRecord &record,
                               const QString &root)
{
    QStringList found;
    for (const fm::core::AppInfo &app : meta.apps()) {
        if (app.name == fm::core::kCoreApp)
            continue;
        const QDir dir(QDir(app.path).filePath(QStringLiteral("extensions")));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject extension = QJsonDocument::fromJson(file.readAll()).object();
            const QString extends = extension.value(QStringLiteral("extends")).toString();
            const QString path = displayPath(root, file.fileName());
            if (record.kind == RenameRecord::Kind::DocType) {
                if (extends == record.from)
                    found << QStringLiteral("%1 extends \"%2\"").arg(path, record.from);
                continue;
            }
            if (extends != record.doctype)
                continue;
            bool names =
                extension.value(QStringLiteral("field_overrides")).toObject().contains(record.from);
            for (const QJsonValue &field : extension.value(QStringLiteral("fields")).toArray()) {
                const QJsonObject object = field.toObject();
                names = names ||
                        object.value(QStringLiteral("insert_after")).toString() == record.from ||
                        object.value(QStringLiteral("fieldname")).toString() == record.from ||
                        object.value(QStringLiteral("fieldname")).toString() == record.to;
            }
            if (names) {
                found << QStringLiteral("%1 names field \"%2\" or \"%3\" of \"%4\"")
                             .arg(path, record.from, record.to, record.doctype);
            }
        }
    }
    return found;
}

// C++ and CMake files of the app that mention an old name: the rename leaves them
// alone (they belong to the developer) and says which to look at.
QStringList sourcesMentioning(const QString &appDir, const QStringList &needles,
                              const QString &root)
{
    QStringList files;
    QDirIterator it(appDir,
                    {QStringLiteral("*.h"), QStringLiteral("*.hpp"), QStringLiteral("*.cpp"),
                     QStringLiteral("*.cc"), QStringLiteral("CMakeLists.txt")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = file.readAll();
        for (const QString &needle : needles) {
            if (text.contains(needle.toUtf8())) {
                files << displayPath(root, path);
                break;
            }
        }
    }
    files.sort();
    return files;
}

// The "app" a DocType file states, usually none.
QString fileApp(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("app")).toString();
}

struct Plan
{
    FileChanges changes;
    QList<std::pair<QString, QString>> lines; // ("updated", "apps/...: what")
    QStringList sources;
    QString appDir;
};

fm::Result<Plan> planFiles(const fm::core::Project &project, const fm::core::MetaRegistry &meta,
                           const QMap<QString, DocType> &sources, const RenameEdit &edit)
{
    const QString root = project.root();
    Plan plan;
    const RenameRecord &record = edit.record;
    const fm::core::AppInfo app = meta.app(record.app);
    plan.appDir = app.path;
    QString movedFrom, movedTo; // a renamed DocType's folder, relative to the project
    for (auto it = edit.changed.cbegin(); it != edit.changed.cend(); ++it) {
        const QString oldName =
            it.key() == record.to && !edit.removed.isEmpty() ? edit.removed : it.key();
        const DocType &before = sources.value(oldName);
        if (before.app == fm::core::kCoreApp) {
            return fm::fail(fm::ErrorCode::BadRequest,
                            QStringLiteral("the rename would change DocType \"%1\" of the "
                                           "built-in app core; it cannot")
                                .arg(oldName));
        }
        QString path = before.location.file;
        if (oldName != it.key() && before.tableName() != it->tableName()) {
            const QString doctypes = QFileInfo(QFileInfo(path).absolutePath()).absolutePath();
            const QString from = QDir(doctypes).filePath(before.tableName());
            const QString to = QDir(doctypes).filePath(it->tableName());
            plan.changes.moveFolder(from, to);
            movedFrom = displayPath(root, from);
            movedTo = displayPath(root, to);
            plan.changes.remove(QStringLiteral("%1/%2.json").arg(to, before.tableName()));
            path = QStringLiteral("%1/%2.json").arg(to, it->tableName());
            plan.lines << std::pair(
                QStringLiteral("moved"),
                QStringLiteral("%1 -> %2").arg(displayPath(root, from), displayPath(root, to)));
        }
        // "app" stays as the file had it: the folder decides it, and most files leave it out.
        DocType written = *it;
        written.app = fileApp(before.location.file);
        plan.changes.write(path, fm::core::toJsonText(written));
        plan.lines << std::pair(
            QStringLiteral("updated"),
            QStringLiteral("%1 (%2)").arg(displayPath(root, path),
                                          edit.what.value(it.key()).join(QStringLiteral(", "))));
    }

    const QString log = fm::core::RenameLog::pathIn(app.path);
    fm::core::Diagnostics diagnostics;
    QList<RenameRecord> records = fm::core::RenameLog::read(log, app.name, diagnostics);
    if (fm::core::hasErrors(diagnostics)) {
        QStringList problems;
        for (const fm::core::Diagnostic &d : std::as_const(diagnostics))
            problems << d.toString();
        return fm::fail(fm::ErrorCode::InvalidMeta,
                        QStringLiteral("%1 has errors; fix them first:\n%2")
                            .arg(displayPath(root, log), problems.join(u'\n')));
    }
    records << record;
    plan.changes.write(log, fm::core::RenameLog::toText(records));
    plan.lines << std::pair(
        QStringLiteral("recorded"),
        QStringLiteral("%1 (%2)").arg(displayPath(root, log), record.describe()));

    QStringList needles{u'"' + record.from + u'"'};
    if (record.kind == RenameRecord::Kind::DocType)
        needles << fm::snakeCase(record.from);
    // Named where they are once the folder has moved.
    for (QString path : sourcesMentioning(app.path, needles, root)) {
        if (!movedFrom.isEmpty() && path.startsWith(movedFrom + u'/'))
            path = movedTo + path.mid(movedFrom.size());
        plan.sources << path;
    }
    plan.sources.sort();
    return plan;
}

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
    const QMap<QString, DocType> sources = sourceDocTypes(*meta);
    const QStringList &args = ctx.arguments;
    auto edit = field
                    ? fm::core::renameField(sources, args.at(0), args.at(1), args.at(2),
                                            &meta->fieldTypes())
                    : fm::core::renameDocType(sources, args.at(0), args.at(1), &meta->fieldTypes());
    if (!edit)
        return reportError(ctx, edit.error());
    const QString root = project->root();
    if (const QStringList in = extensionsInTheWay(*meta, edit->record, root); !in.isEmpty()) {
        return reportError(
            ctx, fm::Error(fm::ErrorCode::BadRequest,
                           QStringLiteral("DocType extension files name what is renamed, and "
                                          "the rename cannot rewrite them:\n  %1\nedit them by "
                                          "hand together with the DocType, or rename after "
                                          "changing them; nothing was renamed")
                               .arg(in.join(QStringLiteral("\n  ")))));
    }
    auto plan = planFiles(*project, *meta, sources, *edit);
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
                                         QStringLiteral("DocType of the field, e.g. Ticket."));
            parser.addPositionalArgument(QStringLiteral("from"),
                                         QStringLiteral("Current fieldname."));
            parser.addPositionalArgument(QStringLiteral("to"), QStringLiteral("New fieldname."));
        } else {
            parser.addPositionalArgument(QStringLiteral("from"),
                                         QStringLiteral("Current DocType name."));
            parser.addPositionalArgument(QStringLiteral("to"),
                                         QStringLiteral("New DocType name, in Title Case."));
        }
        parser.addOption({QStringLiteral("dry-run"),
                          QStringLiteral("Print what would change and write nothing.")});
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
