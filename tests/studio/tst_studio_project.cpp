// SPDX-License-Identifier: MIT
// The Project dock: the tree over ProjectModel, its filter, double-click, context actions.
#include "doctype/doctypepage.h"
#include "project/projectfeature.h"
#include "project/projectmodel.h"
#include "project/projectoperations.h"
#include "project/projecttreemodel.h"
#include "project/projecttreeview.h"
#include "shell/actionregistry.h"
#include "shell/editorarea.h"
#include "shell/mainwindow.h"
#include "studiotest.h"

#include <QAction>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace fm::studio;
using Kind = ProjectOperations::Kind;

namespace {

// The visible tree as "app/module/DocType" lines, in order.
QStringList visibleRows(const QAbstractItemModel *model, const QModelIndex &parent = {},
                        const QString &prefix = {})
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        const QString path = prefix + index.data(ProjectTreeModel::NameRole).toString();
        rows << path;
        rows << visibleRows(model, index, path + QLatin1Char('/'));
    }
    return rows;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        studiotest::isolateSettings();
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1440, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const QString project =
            studiotest::copyHelpdesk(m_dir, QStringLiteral("project%1").arg(++m_copies));
        QVERIFY(!project.isEmpty());
        QVERIFY(m_window->openProject(project));
        m_tree = projectTreeView(*m_window);
        QVERIFY(m_tree);
    }
    void cleanup()
    {
        m_window.reset();
        QSettings().clear();
    }

    void treeShowsAppsModulesDocTypes()
    {
        const QStringList rows = visibleRows(m_tree->filterModel());
        QCOMPARE(rows, (QStringList{"helpdesk", "helpdesk/Support", "helpdesk/Support/Contact",
                                    "helpdesk/Support/Customer", "helpdesk/Support/Service Invoice",
                                    "helpdesk/Support/Service Invoice Item",
                                    "helpdesk/Support/Support Agent", "helpdesk/Support/Ticket",
                                    "helpdesk/Support/Ticket Category"}));
        ProjectTreeModel *model = m_tree->treeModel();
        const QString child = model->indexOfDocType(QStringLiteral("Service Invoice Item"))
                                  .data(Qt::ToolTipRole)
                                  .toString();
        QVERIFY2(child.contains(QStringLiteral("Child DocType")), qPrintable(child));
        const QString submittable = model->indexOfDocType(QStringLiteral("Service Invoice"))
                                        .data(Qt::ToolTipRole)
                                        .toString();
        QVERIFY(submittable.contains(QStringLiteral("Submittable")));
        const QString plain =
            model->indexOfDocType(QStringLiteral("Ticket")).data(Qt::ToolTipRole).toString();
        QVERIFY(!plain.contains(QStringLiteral("Child")) &&
                !plain.contains(QStringLiteral("Submittable")));
        // Each kind has its own icon.
        auto iconKey = [model](const char *name) {
            return model->indexOfDocType(QLatin1String(name))
                .data(Qt::DecorationRole)
                .value<QIcon>()
                .name();
        };
        QCOMPARE(iconKey("Ticket"), QStringLiteral("doctype"));
        QCOMPARE(iconKey("Service Invoice Item"), QStringLiteral("doctype-child"));
        QCOMPARE(iconKey("Service Invoice"), QStringLiteral("doctype-submittable"));
        QVERIFY(m_tree->treeView()->isExpanded(m_tree->filterModel()->index(0, 0)));
    }

    void filterKeepsParentsOfMatches_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("tick") << "tick"
                              << QStringList{"helpdesk", "helpdesk/Support",
                                             "helpdesk/Support/Ticket",
                                             "helpdesk/Support/Ticket Category"};
        QTest::newRow("case-insensitive")
            << "INVOICE ITEM"
            << QStringList{"helpdesk", "helpdesk/Support", "helpdesk/Support/Service Invoice Item"};
        QTest::newRow("nothing") << "zzz" << QStringList{};
    }
    void filterKeepsParentsOfMatches()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, rows);
        QTest::keyClicks(m_tree->filterEdit(), typed);
        QCOMPARE(visibleRows(m_tree->filterModel()), rows);
        m_tree->filterEdit()->clear();
        QCOMPARE(visibleRows(m_tree->filterModel()).size(), 9);
    }

    void doubleClickAsksToOpenTheDocType()
    {
        QSignalSpy open(m_tree, &ProjectTreeView::openDocTypeRequested);
        QVERIFY(m_tree->selectDocType(QStringLiteral("Ticket")));
        QTreeView *view = m_tree->treeView();
        QTRY_VERIFY(view->isVisible());
        const QRect rect = view->visualRect(view->currentIndex());
        QVERIFY(rect.isValid());
        // The first click presses the row, as a user's would (Qt 6's mouseDClick alone
        // is only the second click).
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("Ticket"));
        // A module does not open.
        view->setCurrentIndex(view->currentIndex().parent());
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
    }

    void dirtyDocTypesAreMarked()
    {
        fm::core::ProjectModel *project = m_window->project();
        fm::core::DocType ticket = *project->doctype(QStringLiteral("Ticket"));
        ticket.description = QStringLiteral("Changed in memory");
        QVERIFY(project->setDocType(ticket));
        const QModelIndex index = m_tree->treeModel()->indexOfDocType(QStringLiteral("Ticket"));
        QCOMPARE(index.data().toString(), QStringLiteral("Ticket*"));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Unsaved")));
        QVERIFY(project->revert(QStringLiteral("Ticket")));
        QCOMPARE(index.data().toString(), QStringLiteral("Ticket"));
        QVERIFY(!project->isDirty(QStringLiteral("Ticket")));
    }

    void operationsWithoutHandlerAreDisabled()
    {
        ActionRegistry *reg = m_window->actionRegistry();
        ProjectOperations *operations = projectOperations(*m_window);
        QVERIFY(m_tree->selectDocType(QStringLiteral("Ticket")));
        const char *const all[] = {ids::kNewDocType, ids::kNewApp, ids::kRenameDocType,
                                   ids::kDeleteDocType};
        for (const char *id : all)
            QVERIFY2(reg->action(QLatin1String(id))->isEnabled(), id);
        for (Kind kind : {Kind::NewDocType, Kind::NewApp, Kind::RenameDocType, Kind::DeleteDocType})
            operations->setHandler(kind, {});
        for (const char *id : all)
            QVERIFY2(!reg->action(QLatin1String(id))->isEnabled(), id);
        QVERIFY(!operations->run({Kind::NewApp, {}, {}, {}, QStringLiteral("x")}));
        QVERIFY(reg->action(QLatin1String(ids::kRevealInFileManager))->isEnabled());
    }

    void newDocTypeIsScaffoldedAndOpened()
    {
        const QString root = m_window->project()->root();
        QSignalSpy open(m_tree, &ProjectTreeView::openDocTypeRequested);
        m_tree->treeView()->setCurrentIndex(
            m_tree->filterModel()->index(0, 0, m_tree->filterModel()->index(0, 0))); // Support
        studiotest::ModalAnswer name(studiotest::ModalAnswer::type(QStringLiteral("Escalation")));
        m_window->actionRegistry()->action(QLatin1String(ids::kNewDocType))->trigger();
        QVERIFY(name.answered());
        QVERIFY(QFileInfo::exists(
            root + QStringLiteral("/apps/helpdesk/doctypes/escalation/escalation.json")));
        QVERIFY(m_window->project()->contains(QStringLiteral("Escalation")));
        QCOMPARE(m_window->project()->doctype(QStringLiteral("Escalation"))->module,
                 QStringLiteral("Support"));
        QVERIFY(m_tree->treeModel()->indexOfDocType(QStringLiteral("Escalation")).isValid());
        QCOMPARE(m_tree->currentDocType(), QStringLiteral("Escalation"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("Escalation"));
    }

    void newDocTypeRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("lower case") << "escalation"
                                    << "not a valid DocType name";
        QTest::newRow("taken") << "Ticket"
                               << "already";
    }
    void newDocTypeRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        fm::core::ProjectModel *project = m_window->project();
        const QStringList before = studiotest::listing(project->root());
        QVERIFY(m_tree->selectDocType(QStringLiteral("Contact")));
        studiotest::ModalAnswer answers(
            {studiotest::ModalAnswer::type(name), studiotest::ModalAnswer::click(QMessageBox::Ok)});
        m_window->actionRegistry()->action(QLatin1String(ids::kNewDocType))->trigger();
        QVERIFY(answers.answered());
        QVERIFY2(answers.text().contains(message), qPrintable(answers.text()));
        QCOMPARE(studiotest::listing(project->root()), before);
    }

    // The project is not read again from scratch: unsaved edits elsewhere stay.
    void newDocTypeKeepsUnsavedEdits()
    {
        fm::core::ProjectModel *project = m_window->project();
        fm::core::DocType ticket = *project->doctype(QStringLiteral("Ticket"));
        ticket.description = QStringLiteral("edited");
        QVERIFY(project->setDocType(ticket));
        QVERIFY(m_tree->selectDocType(QStringLiteral("Contact")));
        studiotest::ModalAnswer name(studiotest::ModalAnswer::type(QStringLiteral("Escalation")));
        m_window->actionRegistry()->action(QLatin1String(ids::kNewDocType))->trigger();
        QVERIFY(name.answered());
        QCOMPARE(m_window->project(), project);
        QVERIFY(project->contains(QStringLiteral("Escalation")));
        QVERIFY(project->isDirty(QStringLiteral("Ticket")));
        QCOMPARE(project->doctype(QStringLiteral("Ticket"))->description, QStringLiteral("edited"));
    }

    void newAppIsScaffolded()
    {
        const QString root = m_window->project()->root();
        studiotest::ModalAnswer name(studiotest::ModalAnswer::type(QStringLiteral("billing")));
        m_window->actionRegistry()->action(QLatin1String(ids::kNewApp))->trigger();
        QVERIFY(name.answered());
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/apps/billing/app.json")));
        QVERIFY(m_window->project()->project().apps().contains(QStringLiteral("billing")));
        QVERIFY(m_tree->treeModel()->indexOfKey(QStringLiteral("billing")).isValid());
        QVERIFY(m_tree->treeModel()->indexOfKey(QStringLiteral("billing/Billing")).isValid());
    }

    void deleteRefusesADocTypeWithCode()
    {
        const QString root = m_window->project()->root();
        const QStringList before = studiotest::listing(root);
        QVERIFY(m_tree->selectDocType(QStringLiteral("Service Invoice")));
        studiotest::ModalAnswer answers({studiotest::ModalAnswer::click(QMessageBox::Yes),
                                         studiotest::ModalAnswer::click(QMessageBox::Ok)});
        m_window->actionRegistry()->action(QLatin1String(ids::kDeleteDocType))->trigger();
        QVERIFY(answers.answered());
        QVERIFY2(answers.text().contains(QStringLiteral("service_invoice_controller.h")),
                 qPrintable(answers.text()));
        QCOMPARE(studiotest::listing(root), before);
    }

    void deleteRemovesTheFolderAndShowsTheBrokenLinks()
    {
        const QString root = m_window->project()->root();
        QVERIFY(m_tree->selectDocType(QStringLiteral("Contact")));
        studiotest::ModalAnswer yes(studiotest::ModalAnswer::click(QMessageBox::Yes));
        m_window->actionRegistry()->action(QLatin1String(ids::kDeleteDocType))->trigger();
        QVERIFY(yes.answered());
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/apps/helpdesk/doctypes/contact")));
        QVERIFY(!m_window->project()->contains(QStringLiteral("Contact")));
        QVERIFY(!m_tree->treeModel()->indexOfDocType(QStringLiteral("Contact")).isValid());
        // Ticket's "Raised By" linked to it: the Problems dock says so.
        bool linkReported = false;
        for (const fm::core::Diagnostic &d : m_window->project()->diagnostics())
            linkReported = linkReported || d.message.contains(QStringLiteral("\"Contact\""));
        QVERIFY(linkReported);
    }

    void renameAsksTheNewNameAndRunsTheHandler()
    {
        QList<ProjectOperations::Request> requests;
        projectOperations(*m_window)->setHandler(Kind::RenameDocType, [&](const auto &request) {
            requests << request;
            return fm::Result<void>();
        });
        QAction *rename = m_window->actionRegistry()->action(QLatin1String(ids::kRenameDocType));
        m_tree->treeView()->setCurrentIndex(m_tree->filterModel()->index(0, 0)); // the app
        QVERIFY(!rename->isEnabled());
        QVERIFY(m_tree->selectDocType(QStringLiteral("Ticket")));
        QVERIFY(rename->isEnabled());

        studiotest::ModalAnswer answer(studiotest::ModalAnswer::type(QStringLiteral(" Issue ")));
        rename->trigger();
        QVERIFY(answer.answered());
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().kind, Kind::RenameDocType);
        QCOMPARE(requests.first().doctype, QStringLiteral("Ticket"));
        QCOMPARE(requests.first().name, QStringLiteral("Issue"));
        QCOMPARE(requests.first().app, QStringLiteral("helpdesk"));

        // The same name, or Cancel, runs nothing.
        studiotest::ModalAnswer same(studiotest::ModalAnswer::type(QStringLiteral("Ticket")));
        rename->trigger();
        QVERIFY(same.answered());
        QCOMPARE(requests.size(), 1);
    }

    // The real operation: the folder moves, Ticket's Link follows, the tree and the open
    // editor follow the new name.
    void renameDocTypeMovesItAndOpensItUnderItsNewName()
    {
        const QString root = m_window->project()->root();
        QVERIFY(m_tree->selectDocType(QStringLiteral("Ticket Category")));
        emit m_tree->openDocTypeRequested(QStringLiteral("Ticket Category"));
        QVERIFY(
            m_window->editors()->editor(DocTypePage::editorId(QStringLiteral("Ticket Category"))));
        studiotest::ModalAnswer answer(
            studiotest::ModalAnswer::type(QStringLiteral("Ticket Topic")));
        m_window->actionRegistry()->action(QLatin1String(ids::kRenameDocType))->trigger();
        QVERIFY(answer.answered());
        QVERIFY(QFileInfo::exists(
            root + QStringLiteral("/apps/helpdesk/doctypes/ticket_topic/ticket_topic.json")));
        QVERIFY(
            !QFileInfo::exists(root + QStringLiteral("/apps/helpdesk/doctypes/ticket_category")));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/apps/helpdesk/renames.json")));
        fm::core::ProjectModel *project = m_window->project();
        QVERIFY(!project->contains(QStringLiteral("Ticket Category")));
        bool linked = false;
        for (const fm::core::Field &field : project->doctype(QStringLiteral("Ticket"))->fields)
            linked = linked || field.options == QLatin1String("Ticket Topic");
        QVERIFY(linked);
        QVERIFY(m_tree->treeModel()->indexOfDocType(QStringLiteral("Ticket Topic")).isValid());
        QVERIFY(!m_tree->treeModel()->indexOfDocType(QStringLiteral("Ticket Category")).isValid());
        QVERIFY(
            !m_window->editors()->editor(DocTypePage::editorId(QStringLiteral("Ticket Category"))));
        QCOMPARE(m_tree->currentDocType(), QStringLiteral("Ticket Topic"));
    }

    void renameDocTypeIsRefusedWhileALinkingDocTypeIsUnsaved()
    {
        fm::core::ProjectModel *project = m_window->project();
        fm::core::DocType ticket = *project->doctype(QStringLiteral("Ticket"));
        ticket.description = QStringLiteral("edited");
        QVERIFY(project->setDocType(ticket));
        const QStringList before = studiotest::listing(project->root());
        QVERIFY(m_tree->selectDocType(QStringLiteral("Ticket Category")));
        studiotest::ModalAnswer answers(
            {studiotest::ModalAnswer::type(QStringLiteral("Ticket Topic")),
             studiotest::ModalAnswer::click(QMessageBox::Ok)});
        m_window->actionRegistry()->action(QLatin1String(ids::kRenameDocType))->trigger();
        QVERIFY(answers.answered());
        QVERIFY2(answers.text().contains(QStringLiteral("save or revert")),
                 qPrintable(answers.text()));
        QCOMPARE(studiotest::listing(project->root()), before);
        QVERIFY(project->contains(QStringLiteral("Ticket Category")));
        QVERIFY(project->isDirty(QStringLiteral("Ticket")));
    }

    void failedOperationIsReported()
    {
        projectOperations(*m_window)->setHandler(Kind::NewDocType, [](const auto &) {
            return fm::Result<void>(fm::fail(fm::ErrorCode::Duplicate,
                                             QStringLiteral("a DocType named Ticket exists")));
        });
        m_tree->treeView()->setCurrentIndex(
            m_tree->filterModel()->index(0, 0, m_tree->filterModel()->index(0, 0)));
        QCOMPARE(m_tree->currentModule(), QStringLiteral("Support"));
        QAction *create = m_window->actionRegistry()->action(QLatin1String(ids::kNewDocType));
        QVERIFY(create->isEnabled());
        studiotest::ModalAnswer answers({studiotest::ModalAnswer::type(QStringLiteral("Ticket")),
                                         studiotest::ModalAnswer::click(QMessageBox::Ok)});
        create->trigger();
        QVERIFY(answers.answered());
        QVERIFY2(answers.text().contains(QStringLiteral("a DocType named Ticket exists")),
                 qPrintable(answers.text()));
    }

    void deleteAsksFirst()
    {
        int runs = 0;
        projectOperations(*m_window)->setHandler(Kind::DeleteDocType, [&](const auto &request) {
            ++runs;
            return request.doctype == QLatin1String("Contact")
                       ? fm::Result<void>()
                       : fm::Result<void>(
                             fm::fail(fm::ErrorCode::Internal, QStringLiteral("wrong")));
        });
        QVERIFY(m_tree->selectDocType(QStringLiteral("Contact")));
        QAction *remove = m_window->actionRegistry()->action(QLatin1String(ids::kDeleteDocType));
        studiotest::ModalAnswer cancel(studiotest::ModalAnswer::click(QMessageBox::Cancel));
        remove->trigger();
        QVERIFY(cancel.answered());
        QVERIFY(cancel.text().contains(QStringLiteral("Delete Contact")));
        QCOMPARE(runs, 0);
        QSignalSpy finished(projectOperations(*m_window), &ProjectOperations::finished);
        studiotest::ModalAnswer yes(studiotest::ModalAnswer::click(QMessageBox::Yes));
        remove->trigger();
        QVERIFY(yes.answered());
        QCOMPARE(runs, 1);
        QCOMPARE(finished.size(), 1);
    }

    void revealTargetsTheFolder()
    {
        const QString root = m_window->project()->root();
        m_tree->treeView()->setCurrentIndex({});
        QCOMPARE(m_tree->revealTarget(), root);
        QVERIFY(m_tree->selectDocType(QStringLiteral("Ticket")));
        QCOMPARE(m_tree->revealTarget(), root + QStringLiteral("/apps/helpdesk/doctypes/ticket"));
        m_tree->treeView()->setCurrentIndex(m_tree->filterModel()->index(0, 0));
        QCOMPARE(m_tree->revealTarget(), root + QStringLiteral("/apps/helpdesk"));
    }

    void closingTheProjectEmptiesTheTree()
    {
        QVERIFY(m_window->closeProject());
        QCOMPARE(m_tree->filterModel()->rowCount(), 0);
        QVERIFY(m_tree->revealTarget().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ProjectTreeView *m_tree = nullptr;
    int m_copies = 0;
};

QTEST_MAIN(TestProject)
#include "tst_studio_project.moc"
