// SPDX-License-Identifier: MIT
#include "project/projectmodel.h"

#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"
#include "meta/registrystate.h"
#include "meta/renames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QMap>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace fm::core {

namespace {

struct ProjectmodelTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::ProjectModel)
};

} // namespace

namespace {

struct Entry
{
    DocType doctype;
    QString path;
    QByteArray disk; // the file's bytes as last read or written
    QByteArray base; // what the writer makes of the file's DocType: unchanged = clean
    QByteArray text; // what the writer makes of the edited DocType
    bool editable = true;

    bool dirty() const { return text != base; }
};

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    ProjectmodelTr::tr("cannot read %1: %2; check that it exists and "
                                       "is readable")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return file.readAll();
}

// Writes the file atomically (QSaveFile); the reason when it could not, else empty.
QString writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return QString();
    return file.errorString();
}

Entry makeEntry(const DocType &doctype, const QByteArray &disk)
{
    Entry entry;
    entry.doctype = doctype;
    entry.path = doctype.location.file;
    entry.disk = disk;
    entry.base = toJsonText(doctype);
    entry.text = entry.base;
    entry.editable = doctype.app != kCoreApp;
    return entry;
}

} // namespace

struct ProjectModel::Private
{
    Project project;
    std::shared_ptr<const MetaRegistry> registry;
    QMap<QString, Entry> entries; // by DocType name
    Diagnostics diagnostics;
    quint64 generation = 0; // bumped by every edit
    quint64 checkedAt = 0;  // generation of the diagnostics
    QFileSystemWatcher watcher;
    QTimer checkTimer;
    QFutureWatcher<ProjectCheckResult> checkWatcher;
    QList<RenameRecord> pendingRenames;
    QString readOnlyReason;
    std::shared_ptr<DocTypeLoadCache> loadCache = std::make_shared<DocTypeLoadCache>();
    bool checkAgain = false; // an edit arrived while a check ran
    bool autoCheck = false;

    void edited()
    {
        ++generation;
        if (autoCheck)
            checkTimer.start();
    }

    explicit Private(Project p)
        : project(std::move(p))
    {}

    Entry *find(const QString &name)
    {
        const auto it = entries.find(name);
        return it == entries.end() ? nullptr : &*it;
    }
    const Entry *find(const QString &name) const
    {
        const auto it = entries.constFind(name);
        return it == entries.constEnd() ? nullptr : &*it;
    }
    // The registry's DocType `name` as a clean entry, its file watched; false when the
    // registry has no source for it.
    bool addEntry(const MetaRegistry &registry, const QString &name)
    {
        const DocType *source = registry.sourceDocType(name);
        if (!source)
            return false;
        Result<QByteArray> disk = readFile(source->location.file);
        const Entry &entry = *entries.insert(name, makeEntry(*source, disk ? *disk : QByteArray()));
        if (entry.editable)
            watcher.addPath(entry.path);
        return true;
    }

    QString nameOfPath(const QString &path) const
    {
        for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
            if (it->path == path)
                return it.key();
        }
        return QString();
    }
};

ProjectModel::ProjectModel() = default;
ProjectModel::~ProjectModel()
{
    if (d && d->checkWatcher.isRunning())
        d->checkWatcher.waitForFinished();
}

Result<std::unique_ptr<ProjectModel>> ProjectModel::open(const QString &dir)
{
    Result<Project> project = Project::open(dir);
    if (!project)
        return tl::make_unexpected(project.error());
    std::unique_ptr<ProjectModel> model(new ProjectModel);
    model->d = std::make_unique<Private>(std::move(*project));
    Private &d = *model->d;

    ProjectCheckResult loaded = runCheck(model->checkInput());
    for (const QString &name : loaded.registry->doctypeNames())
        d.addEntry(*loaded.registry, name);
    d.registry = loaded.registry;
    d.diagnostics = loaded.diagnostics;

    ProjectModel *self = model.get();
    connect(&d.watcher, &QFileSystemWatcher::fileChanged, self, [self](const QString &path) {
        const QString name = self->d->nameOfPath(path);
        if (name.isEmpty())
            return;
        if (!QFile::exists(path)) {
            emit self->removedOnDisk(name);
            return;
        }
        // Editors that save by replacing the file drop the watch with the old inode.
        if (!self->d->watcher.files().contains(path))
            self->d->watcher.addPath(path);
        Entry &entry = *self->d->find(name);
        Result<QByteArray> bytes = readFile(path);
        if (!bytes || *bytes == entry.disk)
            return; // our own write, or a touch
        if (entry.dirty()) {
            emit self->changedOnDisk(name);
            return;
        }
        (void)self->revert(name);
    });
    d.checkTimer.setSingleShot(true);
    connect(&d.checkTimer, &QTimer::timeout, self, [self] {
        if (self->d->checkWatcher.isRunning()) {
            self->d->checkAgain = true;
            return;
        }
        self->d->checkWatcher.setFuture(
            QtConcurrent::run(&ProjectModel::runCheck, self->checkInput()));
    });
    connect(&d.checkWatcher, &QFutureWatcher<ProjectCheckResult>::finished, self, [self] {
        self->applyCheck(self->d->checkWatcher.result());
        if (std::exchange(self->d->checkAgain, false))
            self->d->checkTimer.start(0);
    });
    return model;
}

const Project &ProjectModel::project() const
{
    return d->project;
}

QString ProjectModel::root() const
{
    return d->project.root();
}

const MetaRegistry &ProjectModel::registry() const
{
    return *d->registry;
}

std::shared_ptr<const MetaRegistry> ProjectModel::registrySnapshot() const
{
    return d->registry;
}

const FieldTypeRegistry &ProjectModel::fieldTypes() const
{
    return d->registry->fieldTypes();
}

QList<AppInfo> ProjectModel::apps() const
{
    QList<AppInfo> apps = d->registry->apps();
    apps.removeIf([](const AppInfo &app) { return app.name == kCoreApp; });
    return apps;
}

QStringList ProjectModel::doctypeNames() const
{
    QStringList names;
    for (auto it = d->entries.constBegin(); it != d->entries.constEnd(); ++it) {
        if (it->editable)
            names << it.key();
    }
    return names;
}

QStringList ProjectModel::doctypeNames(const QString &app) const
{
    QStringList names;
    for (auto it = d->entries.constBegin(); it != d->entries.constEnd(); ++it) {
        if (it->doctype.app == app)
            names << it.key();
    }
    return names;
}

QStringList ProjectModel::allDocTypeNames() const
{
    return d->entries.keys();
}

bool ProjectModel::contains(const QString &name) const
{
    return d->entries.contains(name);
}

const DocType *ProjectModel::doctype(const QString &name) const
{
    const Entry *entry = d->find(name);
    return entry ? &entry->doctype : nullptr;
}

QString ProjectModel::filePath(const QString &name) const
{
    const Entry *entry = d->find(name);
    return entry ? entry->path : QString();
}

bool ProjectModel::isEditable(const QString &name) const
{
    const Entry *entry = d->find(name);
    return entry && entry->editable;
}

bool ProjectModel::isDirty(const QString &name) const
{
    const Entry *entry = d->find(name);
    return entry && entry->dirty();
}

QStringList ProjectModel::dirtyDocTypes() const
{
    QStringList names;
    for (auto it = d->entries.constBegin(); it != d->entries.constEnd(); ++it) {
        if (it->dirty())
            names << it.key();
    }
    return names;
}

QByteArray ProjectModel::text(const QString &name) const
{
    const Entry *entry = d->find(name);
    return entry ? entry->text : QByteArray();
}

QByteArray ProjectModel::diskText(const QString &name) const
{
    const Entry *entry = d->find(name);
    return entry ? entry->disk : QByteArray();
}

Result<void> ProjectModel::setDocType(const DocType &doctype)
{
    return setDocTypes({doctype});
}

Result<void> ProjectModel::setDocTypes(const QList<DocType> &doctypes)
{
    for (const DocType &doctype : doctypes) {
        const Entry *entry = d->find(doctype.name);
        if (!entry) {
            return fail(
                ErrorCode::NotFound,
                ProjectmodelTr::tr("DocType \"%1\" is not in the project; a renamed DocType "
                                   "keeps its name until it is renamed as a whole")
                    .arg(doctype.name));
        }
        if (!entry->editable) {
            return fail(ErrorCode::InvalidState,
                        ProjectmodelTr::tr("DocType \"%1\" belongs to the built-in app core and "
                                           "cannot be edited; extend it from your app instead")
                            .arg(doctype.name));
        }
    }
    for (const DocType &doctype : doctypes) {
        Entry &entry = *d->find(doctype.name);
        const bool wasDirty = entry.dirty();
        const QString app = entry.doctype.app; // the folder decides it
        entry.doctype = doctype;
        entry.doctype.app = app;
        entry.text = toJsonText(doctype);
        emit doctypeChanged(doctype.name);
        if (wasDirty != entry.dirty())
            emit dirtyChanged(doctype.name, entry.dirty());
    }
    d->edited();
    return {};
}

Result<void> ProjectModel::save(const QString &name)
{
    Entry *entry = d->find(name);
    if (!entry)
        return fail(ErrorCode::NotFound, ProjectmodelTr::tr("no DocType \"%1\" to save").arg(name));
    if (!d->readOnlyReason.isEmpty())
        return fail(ErrorCode::InvalidState, d->readOnlyReason);
    if (!entry->editable) {
        return fail(ErrorCode::InvalidState,
                    ProjectmodelTr::tr("DocType \"%1\" belongs to the built-in app core and is "
                                       "not saved")
                        .arg(name));
    }
    if (const QString why = writeAtomically(entry->path, entry->text); !why.isEmpty()) {
        return fail(ErrorCode::Io, ProjectmodelTr::tr("cannot write %1: %2; nothing was changed, "
                                                      "check the folder's permissions")
                                       .arg(QDir::toNativeSeparators(entry->path), why));
    }
    const bool wasDirty = entry->dirty();
    entry->disk = entry->text;
    entry->base = entry->text;
    // QSaveFile renames over the file: watch the new one.
    d->watcher.removePath(entry->path);
    d->watcher.addPath(entry->path);
    if (wasDirty)
        emit dirtyChanged(name, false);
    emit saved(name);
    return savePendingRenames(name);
}

Result<void> ProjectModel::savePendingRenames(const QString &name)
{
    QList<RenameRecord> records;
    for (const RenameRecord &record : std::as_const(d->pendingRenames)) {
        if (record.doctype == name)
            records << record;
    }
    if (records.isEmpty())
        return {};
    const QString path = renamesPath(name);
    if (const QString why = writeAtomically(path, renamesText(path, records)); !why.isEmpty()) {
        return fail(ErrorCode::Io,
                    ProjectmodelTr::tr("%1 was saved, but its renames could not be recorded in %2 "
                                       "(%3); save it again once the file is writable, or a "
                                       "teammate's `m migrate` will drop and add the column")
                        .arg(name, QDir::toNativeSeparators(path), why));
    }
    d->pendingRenames.removeIf([&](const RenameRecord &r) { return records.contains(r); });
    return {};
}

QString ProjectModel::renamesPath(const QString &name) const
{
    const Entry *entry = d->find(name);
    return entry ? RenameLog::pathIn(d->project.appDir(entry->doctype.app)) : QString();
}

// The app's renames.json with `added` appended, as the file will be written.
QByteArray ProjectModel::renamesText(const QString &path, const QList<RenameRecord> &added) const
{
    Diagnostics ignored; // a broken file is reported by the check
    QList<RenameRecord> records = RenameLog::read(path, QString(), ignored);
    for (const RenameRecord &record : added) {
        if (!records.contains(record))
            records << record;
    }
    return RenameLog::toText(records);
}

void ProjectModel::addPendingRename(const RenameRecord &record)
{
    if (!d->pendingRenames.contains(record))
        d->pendingRenames << record;
    d->edited();
}

void ProjectModel::removePendingRename(const RenameRecord &record)
{
    d->pendingRenames.removeAll(record);
    d->edited();
}

QList<RenameRecord> ProjectModel::pendingRenames() const
{
    return d->pendingRenames;
}

void ProjectModel::setReadOnly(const QString &reason)
{
    if (d->readOnlyReason == reason)
        return;
    d->readOnlyReason = reason;
    emit readOnlyChanged(!reason.isEmpty());
}

QString ProjectModel::readOnlyReason() const
{
    return d->readOnlyReason;
}

Result<void> ProjectModel::saveAll()
{
    for (const QString &name : dirtyDocTypes()) {
        if (Result<void> saved = save(name); !saved)
            return saved;
    }
    return {};
}

Result<void> ProjectModel::revert(const QString &name)
{
    Entry *entry = d->find(name);
    if (!entry)
        return fail(ErrorCode::NotFound,
                    ProjectmodelTr::tr("no DocType \"%1\" to reload").arg(name));
    Result<QByteArray> bytes = readFile(entry->path);
    if (!bytes)
        return tl::make_unexpected(bytes.error());
    Diagnostics diagnostics;
    std::optional<DocType> loaded =
        DocTypeLoader(fieldTypes()).loadJson(*bytes, entry->path, diagnostics);
    if (!loaded || loaded->name != name) {
        // Not readable as this DocType any more: keep the last good value, let the check
        // report what is wrong with the file.
        entry->disk = *bytes;
        d->edited();
        return fail(ErrorCode::InvalidMeta,
                    ProjectmodelTr::tr("%1 no longer holds DocType \"%2\"; fix the file (see "
                                       "Problems) and reload it")
                        .arg(QDir::toNativeSeparators(entry->path), name));
    }
    loaded->app = entry->doctype.app;
    const bool wasDirty = entry->dirty();
    const bool editable = entry->editable;
    *entry = makeEntry(*loaded, *bytes);
    entry->editable = editable;
    d->edited();
    emit doctypeChanged(name);
    if (wasDirty)
        emit dirtyChanged(name, false);
    return {};
}

Result<void> ProjectModel::syncWithDisk()
{
    Result<Project> reread = Project::open(d->project.root());
    if (!reread)
        return tl::make_unexpected(reread.error());
    const QStringList appsBefore = d->project.appDirs();
    d->project = std::move(*reread);
    if (appsBefore != d->project.appDirs())
        d->loadCache->clear(); // an app's field types change what its DocTypes load as
    ++d->generation;
    ProjectCheckResult loaded = runCheck(checkInput());

    QStringList added, removed, changed;
    for (const QString &name : loaded.registry->doctypeNames()) {
        if (!d->entries.contains(name) && d->addEntry(*loaded.registry, name))
            added << name;
    }
    for (auto it = d->entries.cbegin(); it != d->entries.cend(); ++it) {
        // A DocType whose file still exists stays, even when the check could not load it.
        if (it->editable && !QFile::exists(it->path))
            removed << it.key();
        else if (it->editable && !it->dirty() && readFile(it->path).value_or(it->disk) != it->disk)
            changed << it.key();
    }
    for (const QString &name : std::as_const(removed)) {
        d->watcher.removePath(d->entries.value(name).path);
        const bool wasDirty = d->entries.value(name).dirty();
        d->entries.remove(name);
        d->pendingRenames.removeIf([&](const RenameRecord &r) { return r.doctype == name; });
        if (wasDirty)
            emit dirtyChanged(name, false);
    }
    for (const QString &name : std::as_const(changed)) {
        Entry &entry = *d->find(name);
        if (const DocType *source = loaded.registry->sourceDocType(name)) {
            Result<QByteArray> bytes = readFile(entry.path);
            entry = makeEntry(*source, bytes ? *bytes : QByteArray());
        }
    }
    applyCheck(loaded);
    if (appsBefore != d->project.appDirs())
        emit appsChanged();
    for (const QString &name : std::as_const(removed))
        emit doctypeRemoved(name);
    for (const QString &name : std::as_const(added))
        emit doctypeAdded(name);
    for (const QString &name : std::as_const(changed))
        emit doctypeChanged(name);
    return {};
}

Result<RenameFilesPlan> ProjectModel::renameDocType(const QString &from, const QString &to)
{
    QMap<QString, DocType> sources;
    for (auto it = d->entries.cbegin(); it != d->entries.cend(); ++it)
        sources.insert(it.key(), it->doctype);
    Result<RenameEdit> edit = core::renameDocType(sources, from, to, &fieldTypes());
    if (!edit)
        return tl::make_unexpected(edit.error());
    Result<RenameFilesPlan> plan = planRenameFiles(d->project, *d->registry, sources, *edit);
    if (!plan)
        return plan;
    Result<FileChanges> undo = applyFileChanges(plan->changes);
    if (!undo)
        return tl::make_unexpected(undo.error());
    plan->undo = std::move(*undo);
    return plan;
}

Result<FileChanges> ProjectModel::applyFileChanges(const FileChanges &changes)
{
    QStringList unsaved;
    for (auto it = d->entries.cbegin(); it != d->entries.cend(); ++it) {
        if (it->dirty() && changes.touches(it->path))
            unsaved << it.key();
    }
    if (!unsaved.isEmpty()) {
        return fail(ErrorCode::InvalidState,
                    ProjectmodelTr::tr("the change rewrites %1, which %2 unsaved changes; save or "
                                       "revert them first")
                        .arg(unsaved.join(QStringLiteral(", ")),
                             unsaved.size() == 1 ? QStringLiteral("has") : QStringLiteral("have")));
    }
    Result<FileChanges> undo = changes.apply();
    if (!undo)
        return undo;
    if (Result<void> synced = syncWithDisk(); !synced)
        return tl::make_unexpected(synced.error());
    return undo;
}

const Diagnostics &ProjectModel::diagnostics() const
{
    return d->diagnostics;
}

Diagnostics ProjectModel::diagnostics(const QString &name) const
{
    Diagnostics found;
    const QString path = filePath(name);
    for (const Diagnostic &diagnostic : d->diagnostics) {
        if (diagnostic.location.file == path)
            found << diagnostic;
    }
    return found;
}

SourceLocation ProjectModel::locate(const QString &name, const QString &pointer) const
{
    if (const DocType *checked = d->registry->sourceDocType(name))
        return checked->locate(pointer);
    return SourceLocation{filePath(name), 0, 0};
}

QString ProjectModel::pointerAt(const QString &name, const SourceLocation &location) const
{
    const DocType *checked = d->registry->sourceDocType(name);
    if (!checked)
        return QString();
    QString best;
    int bestColumn = -1;
    for (auto it = checked->positions.constBegin(); it != checked->positions.constEnd(); ++it) {
        const SourceLocation &at = it.value();
        if (at.line != location.line || at.column > qMax(location.column, 1))
            continue;
        // The rightmost start at or before the column; the deeper pointer on a tie.
        if (at.column > bestColumn || (at.column == bestColumn && it.key().size() > best.size())) {
            best = it.key();
            bestColumn = at.column;
        }
    }
    return best;
}

ProjectCheckInput ProjectModel::checkInput() const
{
    ProjectCheckInput input;
    input.appDirs = d->project.appDirs();
    input.generation = d->generation;
    input.loadCache = d->loadCache;
    for (const Entry &entry : std::as_const(d->entries)) {
        if (entry.dirty())
            input.overlay.insert(entry.path, entry.text);
    }
    QHash<QString, QList<RenameRecord>> renamesByFile;
    for (const RenameRecord &record : std::as_const(d->pendingRenames))
        renamesByFile[renamesPath(record.doctype)] << record;
    for (auto it = renamesByFile.constBegin(); it != renamesByFile.constEnd(); ++it)
        input.overlay.insert(it.key(), renamesText(it.key(), it.value()));
    return input;
}

ProjectCheckResult ProjectModel::runCheck(const ProjectCheckInput &input)
{
    auto registry = std::make_shared<MetaRegistry>();
    registry->setOverlay(input.overlay);
    registry->setLoadCache(input.loadCache);
    ProjectCheckResult result;
    result.generation = input.generation;
    registry->loadApps(input.appDirs, result.diagnostics);
    result.registry = std::move(registry);
    return result;
}

void ProjectModel::applyCheck(const ProjectCheckResult &result)
{
    if (result.generation < d->checkedAt || !result.registry)
        return;
    d->checkedAt = result.generation;
    d->registry = result.registry;
    d->diagnostics = result.diagnostics;
    emit diagnosticsChanged();
}

void ProjectModel::checkNow()
{
    applyCheck(runCheck(checkInput()));
}

void ProjectModel::setAutoCheck(int delayMs)
{
    d->autoCheck = delayMs >= 0;
    d->checkTimer.setInterval(qMax(delayMs, 0));
    if (delayMs < 0)
        d->checkTimer.stop();
}

bool ProjectModel::isChecking() const
{
    return d->checkWatcher.isRunning() || d->checkTimer.isActive();
}

} // namespace fm::core
