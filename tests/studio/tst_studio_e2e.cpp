// SPDX-License-Identifier: MIT
// The Studio end to end (issue 7): the real window opens a copy of examples/helpdesk, a
// Link field is dragged from the palette into Ticket's field list, given its target,
// placed in the layout grid, undone and redone with the window's Edit actions, saved
// through the schema-change guard with "Save and migrate"; then the file, `m check` and
// the migration plan say the same. Negative paths: unsaved close asks, a file deleted or
// broken on disk, a field renamed with its references and recorded for `m migrate`.
#include "designer/doctypeeditor.h"
#include "designer/fieldlistmodel.h"
#include "designer/fieldmime.h"
#include "designer/fieldspage.h"
#include "designer/properties/propertyeditor.h"
#include "doctype/doctypepage.h"
#include "layout/layouteditor.h"
#include "layout/layoutmodel.h"
#include "meta/doctypejson.h"
#include "model/doctypecommand.h"
#include "model/renamecommand.h"
#include "project/projectfeature.h"
#include "project/projectmodel.h"
#include "project/projectoperations.h"
#include "project/projecttreeview.h"
#include "project/siteplan.h"
#include "schemaguard/migrationplandialog.h"
#include "schemaguard/migrationplanview.h"
#include "schemaguard/plancomputer.h"
#include "schemaguard/savedialog.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/editorarea.h"
#include "shell/mainwindow.h"
#include "shell/studioapp.h"
#include "studiotest.h"
#include "testfiles.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

using namespace fm::studio;

namespace {

// Answers the next modal dialog of type T by clicking the button named `button`.
template<typename T> void answerNextDialog(const QString &button, QStringList *seen = nullptr)
{
    QTimer::singleShot(50, [button, seen] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<T *>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            if (seen)
                *seen << dialog->objectName();
            for (QAbstractButton *b : dialog->template findChildren<QAbstractButton *>()) {
                if (b->objectName() == button || b->text().remove(u'&') == button) {
                    b->click();
                    return;
                }
            }
        }
        answerNextDialog<T>(button, seen); // not shown yet
    });
}

} // namespace

class TestStudioEndToEnd : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    fm::core::ProjectModel *project() const { return m_window->project(); }
    QString ticketPath() const
    {
        return m_dir->filePath(QStringLiteral("apps/helpdesk/doctypes/ticket/ticket.json"));
    }
    DocTypePage *openTicket() { return openDocTypeEditor(*m_window, QStringLiteral("Ticket")); }
    QAction *action(const char *id) const
    {
        return m_window->actionRegistry()->action(QLatin1String(id));
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QString runM(const QStringList &arguments, int *exitCode)
    {
        QProcess m;
        m.setWorkingDirectory(m_dir->path());
        m.setProcessChannelMode(QProcess::MergedChannels);
        m.start(QStringLiteral(FM_M_BINARY), arguments);
        m.waitForFinished(60000);
        *exitCode = m.exitCode();
        return QString::fromUtf8(m.readAll());
    }

    // Ticket Category -> Ticket Topic through the project tree's operation.
    fm::Result<void> renameCategoryToTopic()
    {
        ProjectOperations::Request request;
        request.kind = ProjectOperations::Kind::RenameDocType;
        request.app = QStringLiteral("helpdesk");
        request.doctype = QStringLiteral("Ticket Category");
        request.name = QStringLiteral("Ticket Topic");
        return projectOperations(*m_window)->run(request);
    }

private slots:
    void initTestCase() { studiotest::isolateSettings(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(copyTree(QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk"), m_dir->path()));
        int code = 0;
        const QString out =
            runM({QStringLiteral("new"), QStringLiteral("site"), QStringLiteral("demo"),
                  QStringLiteral("--admin-password"), QStringLiteral("secret-Pass-123")},
                 &code);
        QVERIFY2(code == 0, qPrintable(out));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openProject(m_dir->path()));
    }

    void cleanup()
    {
        if (project()) {
            for (const QString &name : project()->dirtyDocTypes())
                (void)project()->revert(name);
        }
        m_window.reset();
        m_dir.reset();
    }

    void addALinkFieldPlaceItUndoRedoSaveAndMigrate()
    {
        DocTypePage *page = openTicket();
        QVERIFY(page);
        const fm::core::DocType before = *project()->doctype(QStringLiteral("Ticket"));

        // From the palette into the field list: a fresh fieldname, one undo step.
        FieldListModel *fields = page->editor()->fieldsPage()->listModel();
        std::unique_ptr<QMimeData> type(fieldTypeMimeData(QStringLiteral("Link")));
        QVERIFY(fields->dropMimeData(type.get(), Qt::CopyAction, -1, 0, QModelIndex()));
        const fm::core::Field added = project()->doctype(QStringLiteral("Ticket"))->fields.last();
        QCOMPARE(added.fieldtype, QStringLiteral("Link"));
        QVERIFY(page->isDirty());
        QVERIFY(m_window->editors()
                    ->tabText(DocTypePage::editorId(QStringLiteral("Ticket")))
                    .contains(u'*'));

        // Its target, as the property editor sets it (one more step).
        QVERIFY(pushEdit(page->undoStack(), project(), QStringLiteral("Ticket"),
                         QStringLiteral("Set options of %1").arg(added.fieldname),
                         [&](fm::core::DocType &d) { d.fields.last().options = "Customer"; }));

        // Into the layout grid: the first column of the second section.
        LayoutEditor *layout = page->editor()->findChild<LayoutEditor *>();
        QVERIFY(layout);
        LayoutModel *grid = layout->layoutModel();
        std::unique_ptr<QMimeData> moved(fieldMimeData(QStringLiteral("Ticket"), added.fieldname));
        QVERIFY(grid->dropMimeData(moved.get(), Qt::MoveAction, 0, 0, grid->columnIndex(1, 0)));
        const fm::core::DocType edited = *project()->doctype(QStringLiteral("Ticket"));
        QCOMPARE(edited.layout.at(1).columns.at(0).first(), added.fieldname);
        project()->checkNow();
        QVERIFY2(project()->diagnostics(QStringLiteral("Ticket")).isEmpty(),
                 qPrintable(project()->diagnostics(QStringLiteral("Ticket")).value(0).toString()));

        // Undo everything with the window's Edit > Undo, then redo it.
        const int steps = page->undoStack()->count();
        QVERIFY(steps >= 3);
        for (int i = 0; i < steps; ++i)
            action(ids::kUndo)->trigger();
        QVERIFY(*project()->doctype(QStringLiteral("Ticket")) == before);
        QVERIFY(!page->isDirty());
        for (int i = 0; i < steps; ++i)
            action(ids::kRedo)->trigger();
        QVERIFY(*project()->doctype(QStringLiteral("Ticket")) == edited);

        // Save: the guard shows one safe step; "Save and migrate" applies it.
        QStringList dialogs;
        answerNextDialog<SaveDialog>(QStringLiteral("saveAndMigrate"), &dialogs);
        QVERIFY(page->save());
        QCOMPARE(dialogs, QStringList{QStringLiteral("saveDialog")});
        QVERIFY(!page->isDirty());
        QCOMPARE(read(ticketPath()), fm::core::toJsonText(edited));

        // The file is clean for `m check`, and the site needs nothing more.
        int code = 0;
        const QString check = runM({QStringLiteral("check")}, &code);
        QVERIFY2(code == 0, qPrintable(check));
        auto plan = fm::core::planSite(project()->project(), QString(), project()->registry());
        QVERIFY(plan);
        QVERIFY2(plan->plan.isEmpty(), qPrintable(plan->plan.toText()));
    }

    void aSaveWithErrorsNeedsAnExplicitYes()
    {
        DocTypePage *page = openTicket();
        QVERIFY(pushEdit(page->undoStack(), project(), QStringLiteral("Ticket"),
                         QStringLiteral("Break it"),
                         [](fm::core::DocType &d) { d.titleField = QStringLiteral("nowhere"); }));
        const QByteArray onDisk = read(ticketPath());
        answerNextDialog<QMessageBox>(QStringLiteral("Cancel"));
        QVERIFY(!page->save());
        QCOMPARE(read(ticketPath()), onDisk); // nothing written
        answerNextDialog<QMessageBox>(QStringLiteral("Save with errors"));
        QVERIFY(page->save());
        QVERIFY(read(ticketPath()).contains("\"nowhere\""));
    }

    void closingAnUnsavedEditorAsks()
    {
        DocTypePage *page = openTicket();
        QVERIFY(pushEdit(page->undoStack(), project(), QStringLiteral("Ticket"),
                         QStringLiteral("Describe"),
                         [](fm::core::DocType &d) { d.description = QStringLiteral("unsaved"); }));
        const QString id = DocTypePage::editorId(QStringLiteral("Ticket"));
        int asked = 0;
        m_window->editors()->setCloseQuestion([&asked](EditorPage *) {
            ++asked;
            return QMessageBox::Cancel;
        });
        QVERIFY(!m_window->editors()->closeEditor(id));
        QCOMPARE(asked, 1);
        QVERIFY(m_window->editors()->editor(id));
        m_window->editors()->setCloseQuestion([](EditorPage *) { return QMessageBox::Discard; });
        QVERIFY(m_window->editors()->closeEditor(id));
        QVERIFY(!project()->isDirty(QStringLiteral("Ticket")));
        QVERIFY(!read(ticketPath()).contains("unsaved"));
    }

    void aFileDeletedOnDiskCanBeWrittenAgain()
    {
        DocTypePage *page = openTicket();
        QVERIFY(page);
        answerNextDialog<QMessageBox>(QStringLiteral("Save"));
        QSignalSpy removed(project(), &fm::core::ProjectModel::removedOnDisk);
        QVERIFY(QFile::remove(ticketPath()));
        QVERIFY(removed.wait(5000));
        QTest::qWait(200); // the question is answered
        QVERIFY(m_window->editors()->editor(DocTypePage::editorId(QStringLiteral("Ticket"))));
        QVERIFY(project()->save(QStringLiteral("Ticket")));
        QVERIFY(QFile::exists(ticketPath()));
    }

    void aFileBrokenOnDiskIsReportedAndKeptInMemory()
    {
        QVERIFY(openTicket());
        QSignalSpy checked(project(), &fm::core::ProjectModel::diagnosticsChanged);
        QFile file(ticketPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ \"name\": \"Ticket\", ");
        file.close();
        QVERIFY(checked.wait(5000));
        QVERIFY(fm::core::hasErrors(project()->diagnostics(QStringLiteral("Ticket"))));
        QVERIFY(project()->doctype(QStringLiteral("Ticket"))); // the last good value
    }

    void renamingAFieldKeepsItsDataForEveryone()
    {
        DocTypePage *page = openTicket();
        auto renamed = renameField(page->undoStack(), project(), QStringLiteral("Ticket"),
                                   QStringLiteral("resolution"), QStringLiteral("solution"));
        QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().message()));
        QVERIFY(project()->doctype(QStringLiteral("Ticket"))->hasField(QStringLiteral("solution")));
        page->undoStack()->undo();
        QVERIFY(
            project()->doctype(QStringLiteral("Ticket"))->hasField(QStringLiteral("resolution")));
        QVERIFY(project()->pendingRenames().isEmpty());
        page->undoStack()->redo();
        QCOMPARE(project()->pendingRenames().size(), 1);

        // Refused with the reason, nothing changed.
        auto taken = renameField(page->undoStack(), project(), QStringLiteral("Ticket"),
                                 QStringLiteral("subject"), QStringLiteral("status"));
        QVERIFY(!taken);
        QVERIFY(project()->doctype(QStringLiteral("Ticket"))->hasField(QStringLiteral("subject")));

        QStringList dialogs;
        answerNextDialog<SaveDialog>(QStringLiteral("saveAndMigrate"), &dialogs);
        QVERIFY(page->save());
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("apps/helpdesk/renames.json"))));
        int code = 0;
        const QString plan = runM({QStringLiteral("migrate"), QStringLiteral("--plan")}, &code);
        QVERIFY2(code == 0 && plan.contains(QStringLiteral("up to date")), qPrintable(plan));
    }

    // A DocType renamed from the project tree keeps its rows: the plan shown on demand
    // (DocType > Show Migration Plan) renames the table, and Migrate Site applies it.
    void renamingADocTypeKeepsItsRows()
    {
        int code = 0;
        QString out = runM({QStringLiteral("doc"), QStringLiteral("insert"),
                            QStringLiteral("Ticket Category"), QStringLiteral("--data"),
                            QStringLiteral(R"({"category_name": "Billing"})")},
                           &code);
        QVERIFY2(code == 0, qPrintable(out));
        auto renamed = renameCategoryToTopic();
        QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().message()));
        QVERIFY(project()->contains(QStringLiteral("Ticket Topic")));

        action("DocType.ShowMigrationPlan")->trigger();
        auto *dialog = m_window->findChild<MigrationPlanDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QSignalSpy planned(dialog->planner(), &PlanComputer::planned);
        QVERIFY(planned.wait(20000));
        const QString summary = dialog->view()->summary();
        QVERIFY2(summary.contains(QStringLiteral("0 warning, 0 dangerous")), qPrintable(summary));
        QVERIFY(dialog->planner()->lastPlan());
        const fm::core::MigrationPlan &plan = dialog->planner()->lastPlan()->plan;
        QVERIFY2(
            plan.toText().contains(QStringLiteral("rename table ticket_category to ticket_topic")),
            qPrintable(plan.toText()));
        const qsizetype steps = plan.steps.size();

        QSignalSpy migrated(dialog->planner(), &PlanComputer::migrated);
        action("DocType.MigrateSite")->trigger();
        QVERIFY(migrated.wait(20000));
        QVERIFY(dialog->planner()->lastReport());
        QCOMPARE(dialog->planner()->lastReport()->applied.size(), steps);

        out = runM({QStringLiteral("doc"), QStringLiteral("list"), QStringLiteral("Ticket Topic")},
                   &code);
        QVERIFY2(code == 0 && out.contains(QStringLiteral("Billing")), qPrintable(out));
    }

    // The rename is one step on the project's undo stack: Edit > Undo puts the folder, the
    // Links and renames.json back, Redo renames again (ADR 0185).
    void renamingADocTypeIsOneUndoableStep()
    {
        const QByteArray ticketBefore = read(ticketPath());
        const QString oldFolder =
            m_dir->filePath(QStringLiteral("apps/helpdesk/doctypes/ticket_category"));
        auto renamed = renameCategoryToTopic();
        QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().message()));
        QVERIFY(m_window->editors()->editor(QStringLiteral("doctype:Ticket Topic")));
        QUndoStack *stack = projectUndoStack(*m_window);
        QVERIFY(stack);
        QCOMPARE(m_window->undoGroup()->activeStack(), stack);
        QAction *undo = action(ids::kUndo);
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("Rename DocType Ticket Category")),
                 qPrintable(undo->text()));

        undo->trigger();
        QCOMPARE(read(ticketPath()), ticketBefore);
        QVERIFY(QFileInfo::exists(oldFolder + QStringLiteral("/ticket_category.json")));
        QVERIFY(project()->contains(QStringLiteral("Ticket Category")));
        QVERIFY(!project()->contains(QStringLiteral("Ticket Topic")));
        QCOMPARE(projectTreeView(*m_window)->currentDocType(), QStringLiteral("Ticket Category"));
        QVERIFY(!m_window->editors()->editor(QStringLiteral("doctype:Ticket Topic")));

        action(ids::kRedo)->trigger();
        QVERIFY(project()->contains(QStringLiteral("Ticket Topic")));
        QVERIFY(read(ticketPath()).contains("\"Ticket Topic\""));
        QVERIFY(!QFileInfo::exists(oldFolder));
        QCOMPARE(stack->count(), 1);

        // Working in an editor again makes Ctrl+Z undo that DocType's edits.
        DocTypePage *page = openTicket();
        QVERIFY(page);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *fieldList = page->findChild<QAbstractItemView *>();
        QVERIFY(fieldList);
        fieldList->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(m_window->undoGroup()->activeStack(), page->undoStack());
    }

    // A file the rename wrote was saved again since: the undo would lose that save, so it
    // is refused with the reason and the step leaves the stack; nothing on disk changes.
    void aRenameUndoAfterAnotherSaveIsRefused()
    {
        QVERIFY(renameCategoryToTopic());
        fm::core::DocType ticket = *project()->doctype(QStringLiteral("Ticket"));
        ticket.description = QStringLiteral("Saved after the rename");
        QVERIFY(project()->setDocType(ticket));
        QVERIFY(project()->save(QStringLiteral("Ticket")));
        const QByteArray saved = read(ticketPath());
        QUndoStack *stack = projectUndoStack(*m_window);
        m_window->undoGroup()->setActiveStack(stack);
        QStringList seen;
        answerNextDialog<QMessageBox>(QStringLiteral("OK"), &seen);
        action(ids::kUndo)->trigger();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(stack->count(), 0);
        QCOMPARE(read(ticketPath()), saved);
        QVERIFY(project()->contains(QStringLiteral("Ticket Topic")));
    }

    // Without a site the dialog says why there is no plan.
    void theMigrationPlanWithoutASiteSaysWhy()
    {
        QVERIFY(QDir(m_dir->filePath(QStringLiteral("sites"))).removeRecursively());
        action("DocType.ShowMigrationPlan")->trigger();
        auto *dialog = m_window->findChild<MigrationPlanDialog *>();
        QVERIFY(dialog);
        QSignalSpy planned(dialog->planner(), &PlanComputer::planned);
        QVERIFY(planned.wait(20000));
        QVERIFY(!dialog->planner()->lastPlan());
        QVERIFY2(dialog->view()->summary().contains(QStringLiteral("No plan")),
                 qPrintable(dialog->view()->summary()));
    }
};

QTEST_MAIN(TestStudioEndToEnd)
#include "tst_studio_e2e.moc"
