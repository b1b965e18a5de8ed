// SPDX-License-Identifier: MIT
// The ERD tab in the real window: View > ERD opens it on the open project; a relation
// drawn there is an undo step of the DocType's own tab (Edit > Undo there undoes it),
// double-click opens the designer, selection follows the Project dock.
#include "doctype/doctypepage.h"
#include "erd/erditems.h"
#include "erd/erdscene.h"
#include "erd/erdwidget.h"
#include "project/projectfeature.h"
#include "project/projectmodel.h"
#include "project/projecttreeview.h"
#include "shell/actionregistry.h"
#include "shell/editorarea.h"
#include "shell/mainwindow.h"
#include "studiotest.h"

#include <QAction>
#include <QTest>
#include <QUndoStack>

using namespace fm::studio;

class TestErdFeature : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    erd::ErdWidget *erdTab() const
    {
        return qobject_cast<erd::ErdWidget *>(window->editors()->editor(QStringLiteral("erd")));
    }

private slots:
    void initTestCase() { studiotest::isolateSettings(); }

    void init()
    {
        window = std::make_unique<MainWindow>();
        window->show();
    }
    void cleanup()
    {
        if (window->project()) {
            for (const QString &name : window->project()->dirtyDocTypes())
                (void)window->project()->revert(name);
        }
        window.reset();
    }

    void viewErdNeedsAProject()
    {
        QAction *show = window->actionRegistry()->action(QStringLiteral("View.Erd"));
        QVERIFY(show);
        QVERIFY(!show->isEnabled()); // no project yet
        const QString path = studiotest::copyHelpdesk(dir);
        QVERIFY(window->openProject(path));
        QVERIFY(show->isEnabled());
        show->trigger();
        QVERIFY(erdTab());
        QCOMPARE(window->editors()->currentEditorId(), QStringLiteral("erd"));
        show->trigger(); // the same tab again
        QCOMPARE(window->editors()->editorIds().count(QStringLiteral("erd")), 1);
    }

    void drawnRelationsAreStepsOfTheDocTypesTab()
    {
        QVERIFY(window->openProject(studiotest::copyHelpdesk(dir, QStringLiteral("draw"))));
        window->actionRegistry()->action(QStringLiteral("View.Erd"))->trigger();
        erd::ErdScene *scene = erdTab()->scene();
        scene->waitForLayout();
        scene->setRelationPrompt([](erd::RelationProposal &) { return true; });
        QVERIFY(scene->connectNodes(QStringLiteral("Ticket Category"), QStringLiteral("Customer")));
        QCOMPARE(window->editors()->currentEditorId(), QStringLiteral("erd")); // stayed
        auto *page = qobject_cast<DocTypePage *>(
            window->editors()->editor(DocTypePage::editorId(QStringLiteral("Ticket Category"))));
        QVERIFY(page);
        QCOMPARE(page->undoStack()->count(), 1);
        QVERIFY(page->isDirty());
        page->undoStack()->undo();
        QVERIFY(!window->project()->doctype("Ticket Category")->hasField("customer"));
        QVERIFY(!scene->edgeItem(QStringLiteral("Ticket Category.customer")));
    }

    void openAndSelect()
    {
        QVERIFY(window->openProject(studiotest::copyHelpdesk(dir, QStringLiteral("open"))));
        window->actionRegistry()->action(QStringLiteral("View.Erd"))->trigger();
        erd::ErdWidget *tab = erdTab();
        emit tab->scene()->openDocTypeRequested(QStringLiteral("Customer"));
        QCOMPARE(window->editors()->currentEditorId(),
                 DocTypePage::editorId(QStringLiteral("Customer")));

        ProjectTreeView *tree = projectTreeView(*window);
        QVERIFY(tree);
        tab->scene()->nodeItem(QStringLiteral("Contact"))->setSelected(true); // a click
        QCOMPARE(tree->currentDocType(), QStringLiteral("Contact"));
        QVERIFY(tree->selectDocType(QStringLiteral("Support Agent")));
        QCOMPARE(tab->scene()->selectedDocType(), QStringLiteral("Support Agent"));
    }

    void closingTheProjectClosesTheTab()
    {
        QVERIFY(window->openProject(studiotest::copyHelpdesk(dir, QStringLiteral("close"))));
        window->actionRegistry()->action(QStringLiteral("View.Erd"))->trigger();
        QVERIFY(erdTab());
        QVERIFY(window->closeProject());
        QVERIFY(!erdTab());
    }
};

QTEST_MAIN(TestErdFeature)
#include "tst_erd_feature.moc"
