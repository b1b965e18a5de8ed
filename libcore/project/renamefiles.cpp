// SPDX-License-Identifier: MIT
#include "project/renamefiles.h"

#include "common/textdistance.h"
#include "meta/doctypejson.h"
#include "meta/registrystate.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fm::core {

namespace {

struct RenamefilesTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::RenameFiles)
};

} // namespace

namespace {

// Extension files that name what is renamed: the rename cannot rewrite them, and
// leaving them would break the project, so it is refused.
QStringList extensionsInTheWay(const MetaRegistry &meta, const RenameRecord &record,
                               const QString &root)
{
    QStringList found;
    for (const AppInfo &app : meta.apps()) {
        if (app.name == kCoreApp)
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
                    found << RenamefilesTr::tr("%1 extends \"%2\"").arg(path, record.from);
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
                found << RenamefilesTr::tr("%1 names field \"%2\" or \"%3\" of \"%4\"")
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

} // namespace

QMap<QString, DocType> sourceDocTypes(const MetaRegistry &meta)
{
    QMap<QString, DocType> doctypes;
    for (const QString &name : meta.doctypeNames()) {
        const DocType *registered = meta.doctype(name);
        const DocType *source = registered->app == kCoreApp ? nullptr : meta.sourceDocType(name);
        DocType doctype = source ? *source : *registered;
        doctype.app = registered->app;
        doctypes.insert(name, doctype);
    }
    return doctypes;
}

Result<RenameFilesPlan> planRenameFiles(const Project &project, const MetaRegistry &meta,
                                        const QMap<QString, DocType> &sources,
                                        const RenameEdit &edit)
{
    const QString root = project.root();
    RenameFilesPlan plan;
    const RenameRecord &record = edit.record;
    if (const QStringList in = extensionsInTheWay(meta, record, root); !in.isEmpty()) {
        return fail(
            ErrorCode::BadRequest,
            RenamefilesTr::tr("DocType extension files name what is renamed, and the rename "
                              "cannot rewrite them:\n  %1\nedit them by hand together with "
                              "the DocType, or rename after changing them; nothing was "
                              "renamed")
                .arg(in.join(QStringLiteral("\n  "))));
    }
    const AppInfo app = meta.app(record.app);
    plan.appDir = app.path;
    QString movedFrom, movedTo; // a renamed DocType's folder, relative to the project
    for (auto it = edit.changed.cbegin(); it != edit.changed.cend(); ++it) {
        const QString oldName =
            it.key() == record.to && !edit.removed.isEmpty() ? edit.removed : it.key();
        const DocType &before = sources.value(oldName);
        if (before.app == kCoreApp) {
            return fail(ErrorCode::BadRequest,
                        RenamefilesTr::tr("the rename would change DocType \"%1\" of the "
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
        plan.changes.write(path, toJsonText(written));
        plan.lines << std::pair(
            QStringLiteral("updated"),
            QStringLiteral("%1 (%2)").arg(displayPath(root, path),
                                          edit.what.value(it.key()).join(QStringLiteral(", "))));
    }

    const QString log = RenameLog::pathIn(app.path);
    Diagnostics diagnostics;
    QList<RenameRecord> records = RenameLog::read(log, app.name, diagnostics);
    if (hasErrors(diagnostics)) {
        QStringList problems;
        for (const Diagnostic &d : std::as_const(diagnostics))
            problems << d.toString();
        return fail(ErrorCode::InvalidMeta, RenamefilesTr::tr("%1 has errors; fix them first:\n%2")
                                                .arg(displayPath(root, log), problems.join(u'\n')));
    }
    records << record;
    plan.changes.write(log, RenameLog::toText(records));
    plan.lines << std::pair(
        QStringLiteral("recorded"),
        QStringLiteral("%1 (%2)").arg(displayPath(root, log), record.describe()));

    QStringList needles{u'"' + record.from + u'"'};
    if (record.kind == RenameRecord::Kind::DocType)
        needles << snakeCase(record.from);
    // Named where they are once the folder has moved.
    for (QString path : sourcesMentioning(app.path, needles, root)) {
        if (!movedFrom.isEmpty() && path.startsWith(movedFrom + u'/'))
            path = movedTo + path.mid(movedFrom.size());
        plan.sources << path;
    }
    plan.sources.sort();
    return plan;
}

} // namespace fm::core
