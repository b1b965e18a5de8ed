// SPDX-License-Identifier: MIT
// ProjectModel: the helpdesk project in memory, edits, checks of unsaved edits, saving,
// files changed by other programs.
#include "generatedproject.h"
#include "meta/doctypejson.h"
#include "project/projectmodel.h"
#include "project/scaffold.h"
#include "testfiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fm::core;

class TestProjectModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectModel> m_model;

    QString ticketPath() const
    {
        return m_dir->filePath(QStringLiteral("apps/helpdesk/doctypes/ticket/ticket.json"));
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    bool hasProblem(const QString &code) const
    {
        for (const Diagnostic &d : m_model->diagnostics()) {
            if (d.code == code)
                return true;
        }
        return false;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(copyTree(QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk"), m_dir->path()));
        auto model = ProjectModel::open(m_dir->path());
        QVERIFY2(model, qPrintable(model ? QString() : model.error().message()));
        m_model = std::move(*model);
    }
    void cleanup()
    {
        m_model.reset();
        m_dir.reset();
    }

    void opensTheProject()
    {
        QVERIFY(m_model->doctypeNames().contains(QStringLiteral("Ticket")));
        QVERIFY(!m_model->doctypeNames().contains(QStringLiteral("User")));
        QVERIFY(m_model->allDocTypeNames().contains(QStringLiteral("User")));
        QVERIFY(m_model->isEditable(QStringLiteral("Ticket")));
        QVERIFY(!m_model->isEditable(QStringLiteral("User")));
        QCOMPARE(m_model->apps().size(), 1);
        QCOMPARE(m_model->apps().first().name, QStringLiteral("helpdesk"));
        QCOMPARE(m_model->filePath(QStringLiteral("Ticket")), ticketPath());
        QVERIFY(m_model->dirtyDocTypes().isEmpty());
        QVERIFY2(!hasErrors(m_model->diagnostics()), "the demo project is clean");
    }

    // The generator the Studio benchmark uses writes projects that load without a problem.
    void aGeneratedProjectLoadsClean()
    {
        QTemporaryDir dir;
        QVERIFY(generated::writeProject(dir.path(), 40));
        auto model = ProjectModel::open(dir.path());
        QVERIFY(model);
        QCOMPARE((*model)->doctypeNames().size(), 40);
        for (const Diagnostic &d : (*model)->diagnostics())
            qWarning().noquote() << d.toString();
        QVERIFY((*model)->diagnostics().isEmpty());
    }

    void refusesAFolderThatIsNotAProject()
    {
        QTemporaryDir empty;
        auto model = ProjectModel::open(empty.path());
        QVERIFY(!model);
        QVERIFY(model.error().message().contains(QStringLiteral("m.json")));
        QVERIFY(QDir(empty.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void editsMakeADocTypeDirtyAndUndoingThemCleansIt()
    {
        QSignalSpy dirty(m_model.get(), &ProjectModel::dirtyChanged);
        const DocType before = *m_model->doctype(QStringLiteral("Ticket"));
        DocType after = before;
        after.description = QStringLiteral("Changed");
        QVERIFY(m_model->setDocType(after));
        QVERIFY(m_model->isDirty(QStringLiteral("Ticket")));
        QCOMPARE(dirty.size(), 1);
        QCOMPARE(read(ticketPath()), m_model->diskText(QStringLiteral("Ticket")));
        QVERIFY(m_model->setDocType(before));
        QVERIFY(!m_model->isDirty(QStringLiteral("Ticket")));
        QCOMPARE(dirty.size(), 2);
    }

    void refusesEditsOfUnknownAndBuiltInDocTypes()
    {
        DocType user = *m_model->doctype(QStringLiteral("User"));
        user.description = QStringLiteral("mine");
        QVERIFY(!m_model->setDocType(user));
        DocType ghost;
        ghost.name = QStringLiteral("Ghost");
        auto refused = m_model->setDocTypes({*m_model->doctype(QStringLiteral("Ticket")), ghost});
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QStringLiteral("Ghost")));
        QVERIFY(m_model->dirtyDocTypes().isEmpty()); // all or none
    }

    void checksUnsavedEditsAtTheirLine()
    {
        DocType ticket = *m_model->doctype(QStringLiteral("Ticket"));
        Field field;
        field.fieldname = QStringLiteral("partner");
        field.fieldtype = QStringLiteral("Link");
        field.options = QStringLiteral("Nowhere");
        ticket.fields << field;
        ticket.layout.last().columns.last() << field.fieldname;
        QVERIFY(m_model->setDocType(ticket));
        m_model->checkNow();
        const Diagnostics problems = m_model->diagnostics(QStringLiteral("Ticket"));
        QCOMPARE(problems.size(), 1);
        const Diagnostic &problem = problems.first();
        QVERIFY(problem.message.contains(QStringLiteral("Nowhere")));
        // The line is that of the text save() would write.
        const QList<QByteArray> lines = m_model->text(QStringLiteral("Ticket")).split('\n');
        QVERIFY(problem.location.line > 0);
        QVERIFY(lines.at(problem.location.line - 1).contains("Nowhere"));
        const QString pointer = m_model->pointerAt(QStringLiteral("Ticket"), problem.location);
        QVERIFY2(pointer.startsWith(QStringLiteral("/fields/%1").arg(ticket.fields.size() - 1)),
                 qPrintable(pointer));
        // Nothing was written.
        QCOMPARE(read(ticketPath()), m_model->diskText(QStringLiteral("Ticket")));
    }

    void autoCheckRunsOffTheUiThread()
    {
        m_model->setAutoCheck(10);
        QSignalSpy checked(m_model.get(), &ProjectModel::diagnosticsChanged);
        DocType ticket = *m_model->doctype(QStringLiteral("Ticket"));
        ticket.titleField = QStringLiteral("no_such_field");
        QVERIFY(m_model->setDocType(ticket));
        QVERIFY(checked.wait(5000));
        QVERIFY(hasErrors(m_model->diagnostics()));
    }

    void saveWritesTheWritersTextAtomically()
    {
        DocType ticket = *m_model->doctype(QStringLiteral("Ticket"));
        ticket.description = QStringLiteral("Saved from the model");
        QVERIFY(m_model->setDocType(ticket));
        QSignalSpy saved(m_model.get(), &ProjectModel::saved);
        QVERIFY(m_model->save(QStringLiteral("Ticket")));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(read(ticketPath()), toJsonText(ticket));
        QVERIFY(!m_model->isDirty(QStringLiteral("Ticket")));
        // Our own write is not taken for another program's.
        QSignalSpy changed(m_model.get(), &ProjectModel::doctypeChanged);
        QTest::qWait(200);
        QCOMPARE(changed.size(), 0);
    }

    void saveFailsCleanlyWhenTheFolderIsReadOnly()
    {
        DocType ticket = *m_model->doctype(QStringLiteral("Ticket"));
        ticket.description = QStringLiteral("cannot land");
        QVERIFY(m_model->setDocType(ticket));
        const QString folder = QFileInfo(ticketPath()).path();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        if (QFileInfo(folder).isWritable())
            QSKIP("running as root: the folder stays writable");
        auto saved = m_model->save(QStringLiteral("Ticket"));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved);
        QVERIFY(m_model->isDirty(QStringLiteral("Ticket")));
    }

    void aCleanDocTypeReloadsWhenAnotherProgramChangesIt()
    {
        DocType ticket = *m_model->doctype(QStringLiteral("Ticket"));
        ticket.label = QStringLiteral("Support Ticket");
        QSignalSpy changed(m_model.get(), &ProjectModel::doctypeChanged);
        write(ticketPath(), toJsonText(ticket));
        QVERIFY(changed.wait(5000));
        QCOMPARE(m_model->doctype(QStringLiteral("Ticket"))->label,
                 QStringLiteral("Support Ticket"));
        QVERIFY(!m_model->isDirty(QStringLiteral("Ticket")));
    }

    void aDirtyDocTypeAsksWhenAnotherProgramChangesIt()
    {
        DocType edited = *m_model->doctype(QStringLiteral("Ticket"));
        edited.description = QStringLiteral("mine");
        QVERIFY(m_model->setDocType(edited));
        DocType theirs = *m_model->doctype(QStringLiteral("Ticket"));
        theirs.description = QStringLiteral("theirs");
        QSignalSpy conflict(m_model.get(), &ProjectModel::changedOnDisk);
        write(ticketPath(), toJsonText(theirs));
        QVERIFY(conflict.wait(5000));
        QCOMPARE(m_model->doctype(QStringLiteral("Ticket"))->description, QStringLiteral("mine"));
        QVERIFY(m_model->revert(QStringLiteral("Ticket")));
        QCOMPARE(m_model->doctype(QStringLiteral("Ticket"))->description, QStringLiteral("theirs"));
    }

    void aDeletedFileIsReported()
    {
        QSignalSpy removed(m_model.get(), &ProjectModel::removedOnDisk);
        QVERIFY(QFile::remove(ticketPath()));
        QVERIFY(removed.wait(5000));
        QCOMPARE(removed.first().first().toString(), QStringLiteral("Ticket"));
        QVERIFY(!m_model->revert(QStringLiteral("Ticket")));
        QVERIFY(m_model->doctype(QStringLiteral("Ticket"))); // the last good value stays
    }

    // A DocType written by other code (the Studio's New DocType) joins the model; one
    // whose folder goes leaves it; unsaved edits elsewhere stay.
    void syncWithDiskAddsAndRemovesDocTypes()
    {
        DocType edited = *m_model->doctype(QStringLiteral("Customer"));
        edited.description = QStringLiteral("unsaved");
        QVERIFY(m_model->setDocType(edited));
        DocType note = *m_model->doctype(QStringLiteral("Ticket Category"));
        note.name = QStringLiteral("Call Note");
        const QString folder = m_dir->filePath(QStringLiteral("apps/helpdesk/doctypes/call_note"));
        QVERIFY(QDir().mkpath(folder));
        write(folder + QStringLiteral("/call_note.json"), toJsonText(note));
        QVERIFY(QDir(m_dir->filePath(QStringLiteral("apps/helpdesk/doctypes/support_agent")))
                    .removeRecursively());

        QSignalSpy added(m_model.get(), &ProjectModel::doctypeAdded);
        QSignalSpy removed(m_model.get(), &ProjectModel::doctypeRemoved);
        QVERIFY(m_model->syncWithDisk());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toString(), QStringLiteral("Call Note"));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), QStringLiteral("Support Agent"));
        QVERIFY(m_model->contains(QStringLiteral("Call Note")));
        QVERIFY(!m_model->contains(QStringLiteral("Support Agent")));
        QVERIFY(!m_model->isDirty(QStringLiteral("Call Note")));
        QVERIFY(m_model->isDirty(QStringLiteral("Customer")));
        QCOMPARE(m_model->doctype(QStringLiteral("Customer"))->description,
                 QStringLiteral("unsaved"));
        QVERIFY(m_model->registry().doctype(QStringLiteral("Call Note")));
    }

    void syncWithDiskSeesANewApp()
    {
        fm::Result<Project> files = Project::open(m_dir->path());
        QVERIFY(files);
        QVERIFY(createApp(*files, QStringLiteral("billing")));
        QSignalSpy apps(m_model.get(), &ProjectModel::appsChanged);
        QVERIFY(m_model->syncWithDisk());
        QCOMPARE(apps.size(), 1);
        QCOMPARE(m_model->apps().size(), 2);
        QCOMPARE(m_model->apps().last().name, QStringLiteral("billing"));
    }

    // As `m rename doctype`: the folder moves, Links follow, renames.json records it.
    void renameDocTypeMovesItsFolderAndUpdatesLinks()
    {
        QSignalSpy added(m_model.get(), &ProjectModel::doctypeAdded);
        QSignalSpy removed(m_model.get(), &ProjectModel::doctypeRemoved);
        QSignalSpy changed(m_model.get(), &ProjectModel::doctypeChanged);
        auto plan = m_model->renameDocType(QStringLiteral("Ticket Category"),
                                           QStringLiteral("Ticket Topic"));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message()));
        QVERIFY(!QFileInfo::exists(
            m_dir->filePath(QStringLiteral("apps/helpdesk/doctypes/ticket_category"))));
        const QString moved = m_dir->filePath(
            QStringLiteral("apps/helpdesk/doctypes/ticket_topic/ticket_topic.json"));
        QVERIFY(QFileInfo::exists(moved));
        QCOMPARE(m_model->filePath(QStringLiteral("Ticket Topic")), moved);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toString(), QStringLiteral("Ticket Topic"));
        QVERIFY(changed.contains(QVariantList{QStringLiteral("Ticket")}));
        QVERIFY(read(ticketPath()).contains("\"Ticket Topic\""));
        QVERIFY(!read(ticketPath()).contains("\"Ticket Category\""));
        QVERIFY(!m_model->isDirty(QStringLiteral("Ticket")));
        QVERIFY(read(m_dir->filePath(QStringLiteral("apps/helpdesk/renames.json")))
                    .contains("Ticket Topic"));
        QVERIFY2(!hasErrors(m_model->diagnostics()), "the renamed project is clean");
    }

    // The plan's undo puts every byte back (folder, Links, renames.json); undoing the undo
    // renames again: one undoable step in the Studio (ADR 0185).
    void renameDocTypeUndoesAndRedoes()
    {
        const QString renames = m_dir->filePath(QStringLiteral("apps/helpdesk/renames.json"));
        const QString folder =
            m_dir->filePath(QStringLiteral("apps/helpdesk/doctypes/ticket_category"));
        const QByteArray ticketBefore = read(ticketPath());
        const bool renamesExisted = QFileInfo::exists(renames);
        const QByteArray renamesBefore = renamesExisted ? read(renames) : QByteArray();
        const QByteArray categoryBefore = read(folder + QStringLiteral("/ticket_category.json"));

        auto plan = m_model->renameDocType(QStringLiteral("Ticket Category"),
                                           QStringLiteral("Ticket Topic"));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message()));
        fm::Result<FileChanges> redo = m_model->applyFileChanges(plan->undo);
        QVERIFY2(redo, qPrintable(redo ? QString() : redo.error().message()));
        QCOMPARE(read(ticketPath()), ticketBefore);
        QCOMPARE(read(folder + QStringLiteral("/ticket_category.json")), categoryBefore);
        QCOMPARE(QFileInfo::exists(renames), renamesExisted);
        if (renamesExisted)
            QCOMPARE(read(renames), renamesBefore);
        QVERIFY(m_model->contains(QStringLiteral("Ticket Category")));
        QVERIFY(!m_model->contains(QStringLiteral("Ticket Topic")));
        QVERIFY(!QFileInfo::exists(
            m_dir->filePath(QStringLiteral("apps/helpdesk/doctypes/ticket_topic"))));

        fm::Result<FileChanges> undoAgain = m_model->applyFileChanges(*redo);
        QVERIFY2(undoAgain, qPrintable(undoAgain ? QString() : undoAgain.error().message()));
        QVERIFY(m_model->contains(QStringLiteral("Ticket Topic")));
        QVERIFY(read(ticketPath()).contains("\"Ticket Topic\""));
        QVERIFY(read(renames).contains("Ticket Topic"));
        QVERIFY2(!hasErrors(m_model->diagnostics()), "the renamed-again project is clean");
    }

    // A file the rename wrote was changed afterwards: undoing would throw that away.
    void renameUndoIsRefusedWhenAFileChangedSince()
    {
        auto plan = m_model->renameDocType(QStringLiteral("Ticket Category"),
                                           QStringLiteral("Ticket Topic"));
        QVERIFY(plan);
        DocType ticket = *m_model->doctype(QStringLiteral("Ticket"));
        ticket.description = QStringLiteral("saved after the rename");
        QVERIFY(m_model->setDocType(ticket));
        QVERIFY(m_model->save(QStringLiteral("Ticket")));
        const QByteArray saved = read(ticketPath());

        fm::Result<FileChanges> undone = m_model->applyFileChanges(plan->undo);
        QVERIFY(!undone);
        QVERIFY2(undone.error().message().contains(QStringLiteral("changed since")),
                 qPrintable(undone.error().message()));
        QCOMPARE(read(ticketPath()), saved);
        QVERIFY(m_model->contains(QStringLiteral("Ticket Topic")));
        QVERIFY(QFileInfo::exists(
            m_dir->filePath(QStringLiteral("apps/helpdesk/doctypes/ticket_topic"))));
    }

    // Unsaved edits of a DocType the undo would rewrite stop it, as they stop the rename.
    void renameUndoIsRefusedWhileATouchedDocTypeIsUnsaved()
    {
        auto plan = m_model->renameDocType(QStringLiteral("Ticket Category"),
                                           QStringLiteral("Ticket Topic"));
        QVERIFY(plan);
        DocType topic = *m_model->doctype(QStringLiteral("Ticket Topic"));
        topic.description = QStringLiteral("unsaved");
        QVERIFY(m_model->setDocType(topic));
        fm::Result<FileChanges> undone = m_model->applyFileChanges(plan->undo);
        QVERIFY(!undone);
        QVERIFY(undone.error().message().contains(QStringLiteral("Ticket Topic")));
        QVERIFY(m_model->isDirty(QStringLiteral("Ticket Topic")));
    }

    // A read-only project (a commit checked out to look at) keeps edits but writes nothing.
    void aReadOnlyProjectRefusesToSave()
    {
        const QByteArray before = read(ticketPath());
        QSignalSpy changed(m_model.get(), &ProjectModel::readOnlyChanged);
        m_model->setReadOnly(QStringLiteral("checked out at commit 1a2b3c4"));
        QCOMPARE(changed.size(), 1);
        DocType ticket = *m_model->doctype(QStringLiteral("Ticket"));
        ticket.description = QStringLiteral("edited while read-only");
        QVERIFY(m_model->setDocType(ticket));
        auto saved = m_model->save(QStringLiteral("Ticket"));
        QVERIFY(!saved);
        QCOMPARE(saved.error().message(), QStringLiteral("checked out at commit 1a2b3c4"));
        QVERIFY(!m_model->saveAll());
        QCOMPARE(read(ticketPath()), before);
        QVERIFY(m_model->isDirty(QStringLiteral("Ticket")));
        m_model->setReadOnly({});
        QVERIFY(m_model->save(QStringLiteral("Ticket")));
        QVERIFY(read(ticketPath()).contains("edited while read-only"));
    }

    void renameDocTypeIsRefusedWhileARewrittenDocTypeIsUnsaved()
    {
        DocType edited = *m_model->doctype(QStringLiteral("Ticket"));
        edited.description = QStringLiteral("unsaved");
        QVERIFY(m_model->setDocType(edited));
        const QByteArray before = read(ticketPath());
        auto plan = m_model->renameDocType(QStringLiteral("Ticket Category"),
                                           QStringLiteral("Ticket Topic"));
        QVERIFY(!plan);
        QVERIFY(plan.error().message().contains(QStringLiteral("Ticket")));
        QVERIFY(plan.error().message().contains(QStringLiteral("save or revert")));
        QCOMPARE(read(ticketPath()), before);
        QVERIFY(m_model->contains(QStringLiteral("Ticket Category")));
        QVERIFY(QFileInfo::exists(
            m_dir->filePath(QStringLiteral("apps/helpdesk/doctypes/ticket_category"))));
    }

    void renameDocTypeRefusesBadNamesAndBuiltIns()
    {
        QVERIFY(!m_model->renameDocType(QStringLiteral("Ticket"), QStringLiteral("Customer")));
        QVERIFY(!m_model->renameDocType(QStringLiteral("Ticket"), QStringLiteral("ticket x")));
        QVERIFY(!m_model->renameDocType(QStringLiteral("User"), QStringLiteral("Person")));
        QVERIFY(!m_model->renameDocType(QStringLiteral("Nothing"), QStringLiteral("Something")));
        QVERIFY(m_model->contains(QStringLiteral("Ticket")));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("apps/helpdesk/renames.json"))));
    }

    // Checks parse only what changed (ADR 0184); a changed file is never answered from
    // the cache, whether it changed in memory or on disk.
    void checksParseOnlyChangedFiles()
    {
        const std::shared_ptr<DocTypeLoadCache> cache = m_model->checkInput().loadCache;
        QVERIFY(cache);
        QVERIFY(cache->size() >= m_model->allDocTypeNames().size());
        DocType edited = *m_model->doctype(QStringLiteral("Ticket"));
        edited.titleField = QStringLiteral("nowhere");
        QVERIFY(m_model->setDocType(edited));
        m_model->checkNow();
        QVERIFY(hasErrors(m_model->diagnostics(QStringLiteral("Ticket"))));
        QVERIFY(m_model->revert(QStringLiteral("Ticket")));
        m_model->checkNow();
        QVERIFY(!hasErrors(m_model->diagnostics()));

        const QString customer =
            m_dir->filePath(QStringLiteral("apps/helpdesk/doctypes/customer/customer.json"));
        QByteArray broken = read(customer);
        broken.replace("\"Data\"", "\"Dtaa\"");
        write(customer, broken);
        m_model->checkNow();
        QVERIFY(hasErrors(m_model->diagnostics(QStringLiteral("Customer"))));
    }
};

QTEST_GUILESS_MAIN(TestProjectModel)
#include "tst_projectmodel.moc"
