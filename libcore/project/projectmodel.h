// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/diagnostic.h"
#include "meta/doctypeloadcache.h"
#include "meta/metaregistry.h"
#include "meta/renamelog.h"
#include "project/project.h"
#include "project/renamefiles.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace fm::core {

// What a project check reads: the app folders and the unsaved texts. A value, so a
// check runs on another thread while the user goes on editing.
struct ProjectCheckInput
{
    QStringList appDirs;
    QHash<QString, QByteArray> overlay; // file path -> unsaved text
    quint64 generation = 0;
    // Files parsed by earlier checks: only changed ones are parsed again (ADR 0184).
    std::shared_ptr<DocTypeLoadCache> loadCache;
};

struct ProjectCheckResult
{
    quint64 generation = 0;
    Diagnostics diagnostics;
    std::shared_ptr<const MetaRegistry> registry;
};

// The open project in memory: every DocType as its file defines it, the edits not yet
// saved, and the diagnostics `m check` would report if they were. The one copy of the
// DocTypes an editor (the Studio) works on; every view adapts it, nothing holds a second
// copy. Edits are whole DocType values (setDocType), so an undo step is a pair of values.
class FM_CORE_EXPORT ProjectModel final : public QObject
{
    Q_OBJECT

public:
    // Opens the project whose m.json is in `dir` (or the nearest folder above) and loads
    // its apps. A folder that is not a project is refused; nothing is written.
    static Result<std::unique_ptr<ProjectModel>> open(const QString &dir);
    ~ProjectModel() override;

    const Project &project() const;
    QString root() const;
    // Field types, apps (core first) and every DocType with extensions merged, as of the
    // last check (Link targets, the ERD). Replaced by each check: do not keep pointers.
    const MetaRegistry &registry() const;
    std::shared_ptr<const MetaRegistry> registrySnapshot() const; // for another thread
    const FieldTypeRegistry &fieldTypes() const;
    QList<AppInfo> apps() const;      // the project's own apps, in load order
    QStringList doctypeNames() const; // of the project's own apps, sorted
    QStringList doctypeNames(const QString &app) const;
    QStringList allDocTypeNames() const; // core's too: what a Link may target
    bool contains(const QString &name) const;

    // The DocType as edited (its file's form, without extension fields); nullptr when
    // unknown. Source positions in it are those of its last load: use locate().
    const DocType *doctype(const QString &name) const;
    QString filePath(const QString &name) const;
    bool isEditable(const QString &name) const; // false for the built-in app's DocTypes
    bool isDirty(const QString &name) const;
    QStringList dirtyDocTypes() const;
    QByteArray text(const QString &name) const;     // what save() would write
    QByteArray diskText(const QString &name) const; // the file as last read or written

    // Replaces a DocType by a value with the same name (renames are another operation).
    // Emits doctypeChanged and dirtyChanged; the next check sees the edit.
    Result<void> setDocType(const DocType &doctype);
    // Several at once, all or none (a rename touches every DocType that refers to it).
    Result<void> setDocTypes(const QList<DocType> &doctypes);

    // Renames made in memory and not saved yet (a field renamed in the Studio). The check
    // and the migration plan see them as if recorded; save() of the DocType appends them
    // to its app's renames.json, so a teammate's `m migrate` renames too (ADR 0160).
    void addPendingRename(const RenameRecord &record);
    void removePendingRename(const RenameRecord &record);
    QList<RenameRecord> pendingRenames() const;

    // Writes the DocType atomically (QSaveFile) in the writer's form, then the renames
    // pending for it.
    Result<void> save(const QString &name);
    Result<void> saveAll();
    // While `reason` is not empty, save() refuses with it and nothing is written: the files
    // on disk are not the project's to change (a commit checked out to look at). Edits in
    // memory stay possible and are saved once it is cleared.
    void setReadOnly(const QString &reason);
    QString readOnlyReason() const;
    // Re-reads the file, dropping unsaved edits.
    Result<void> revert(const QString &name);

    // After other code changed the project's files (a new app or DocType scaffolded, a
    // DocType's folder removed): reads m.json and the apps again. DocTypes that appeared
    // are added (doctypeAdded), those whose file is gone removed (doctypeRemoved), clean
    // ones whose file changed reloaded (doctypeChanged); unsaved edits are kept.
    Result<void> syncWithDisk();
    // Renames a DocType in its files as `m rename doctype` does: its folder moved, every
    // DocType referring to it rewritten, the rename recorded in renames.json, all or
    // none; then syncWithDisk(). Refused while a DocType it rewrites has unsaved edits.
    // Returns the plan that was applied (what changed, files left to the developer, and
    // the changes that undo it).
    Result<RenameFilesPlan> renameDocType(const QString &from, const QString &to);
    // Applies file changes to the project (all or none), then syncWithDisk(); returns the
    // changes that undo them. Refused while a DocType whose file they touch has unsaved
    // edits: the edits would be lost or land in the wrong place.
    Result<FileChanges> applyFileChanges(const FileChanges &changes);

    // The last check's diagnostics: `m check` with every unsaved edit saved, lines and
    // columns in the text save() would write.
    const Diagnostics &diagnostics() const;
    Diagnostics diagnostics(const QString &name) const; // located in its file
    // Where a JSON pointer ("/fields/2/options") of the DocType is in the text last
    // checked, and the deepest pointer at a location (to jump from a problem to a field).
    SourceLocation locate(const QString &name, const QString &pointer) const;
    QString pointerAt(const QString &name, const SourceLocation &location) const;

    ProjectCheckInput checkInput() const;
    static ProjectCheckResult runCheck(const ProjectCheckInput &input); // thread-safe
    void applyCheck(const ProjectCheckResult &result);                  // ignores a stale result
    void checkNow();
    // After each change, check on a worker thread once `delayMs` passed without another
    // change (the Studio's Problems dock); -1 turns it off (the default).
    void setAutoCheck(int delayMs);
    bool isChecking() const;

signals:
    void doctypeChanged(const QString &name);
    void doctypeAdded(const QString &name);
    void doctypeRemoved(const QString &name);
    void dirtyChanged(const QString &name, bool dirty);
    void appsChanged(); // an app added or removed (syncWithDisk)
    void readOnlyChanged(bool readOnly);
    void diagnosticsChanged();
    void saved(const QString &name);
    // Another program changed the file. A clean DocType reloads by itself (and emits
    // doctypeChanged); a dirty one emits this and keeps the edits until the user decides.
    void changedOnDisk(const QString &name);
    void removedOnDisk(const QString &name);

private:
    ProjectModel();
    Result<void> savePendingRenames(const QString &name);
    QString renamesPath(const QString &name) const;
    QByteArray renamesText(const QString &path, const QList<RenameRecord> &added) const;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm::core
