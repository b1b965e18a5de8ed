// SPDX-License-Identifier: MIT
// The ERD as a user drives it: the scene of the demo project, drawing and deleting
// relations (undoable), pinned positions, filter, focus, search, export, and a
// generated project's layout.
#include "erd/erdexport.h"
#include "erd/erditems.h"
#include "erd/erdscene.h"
#include "erd/erdview.h"
#include "erd/erdwidget.h"
#include "generatedproject.h"
#include "meta/layoutedits.h"
#include "model/doctypecommand.h"
#include "studiofixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QXmlStreamReader>

using namespace fm::studio::erd;

namespace {

// Accepts what the scene proposes (optionally with another fieldname) and records it.
struct Prompt
{
    QList<RelationProposal> asked;
    QString fieldname;
    bool accept = true;

    ErdScene::RelationPrompt function()
    {
        return [this](RelationProposal &proposal) {
            asked << proposal;
            if (!fieldname.isEmpty())
                proposal.fieldname = fieldname;
            return accept;
        };
    }
};

QPoint viewPoint(ErdView *view, const QPointF &scenePoint)
{
    return view->mapFromScene(scenePoint);
}

} // namespace

class TestErdScene : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StudioFixture> f;
    std::unique_ptr<ErdWidget> widget;
    Prompt prompt;

    ErdScene *scene() const { return widget->scene(); }

    void open()
    {
        widget = std::make_unique<ErdWidget>(f->model.get(), &f->undoStack);
        scene()->setRelationPrompt(prompt.function());
        scene()->waitForLayout();
        widget->resize(1200, 800);
    }

private slots:
    void init()
    {
        f = std::make_unique<StudioFixture>();
        QVERIFY(f->open());
        prompt = Prompt();
        open();
    }
    void cleanup()
    {
        widget.reset();
        f.reset();
    }

    void theDemoProjectIsDrawn()
    {
        QCOMPARE(scene()->graph().nodes.size(), 7);
        QCOMPARE(scene()->edgeItems().size(), 9);
        NodeItem *item = scene()->nodeItem(QStringLiteral("Service Invoice Item"));
        QVERIFY(item && item->node().isChild);
        EdgeItem *table = scene()->edgeItem(QStringLiteral("Service Invoice.items"));
        QVERIFY(table);
        QCOMPARE(table->targetNode(), item);
        QVERIFY(widget->status().contains(QStringLiteral("laid out by dot")));
        // Laid out: no two nodes on top of each other.
        QList<QRectF> rects;
        for (const Node &node : scene()->graph().nodes)
            rects << scene()->nodeItem(node.name)->sceneBoundingRect().adjusted(3, 3, -3, -3);
        for (qsizetype i = 0; i < rects.size(); ++i)
            for (qsizetype j = i + 1; j < rects.size(); ++j)
                QVERIFY(!rects.at(i).intersects(rects.at(j)));
    }

    void connectingAddsALinkFieldInOneUndoStep()
    {
        const QByteArray before = f->text("Ticket Category");
        QVERIFY(
            scene()->connectNodes(QStringLiteral("Ticket Category"), QStringLiteral("Customer")));
        QCOMPARE(prompt.asked.size(), 1);
        QCOMPARE(prompt.asked.first().fieldtype, QStringLiteral("Link"));
        QCOMPARE(prompt.asked.first().label, QStringLiteral("Customer"));
        const fm::core::Field *field = f->doctype("Ticket Category").field("customer");
        QVERIFY(field);
        QCOMPARE(field->fieldtype, QStringLiteral("Link"));
        QCOMPARE(field->options, QStringLiteral("Customer"));
        QVERIFY(fm::core::findPlacement(f->doctype("Ticket Category"), "customer").isValid());
        QCOMPARE(f->undoStack.count(), 1);
        QVERIFY(f->undoStack.undoText().contains(QStringLiteral("customer")));
        QVERIFY(scene()->edgeItem(QStringLiteral("Ticket Category.customer")));

        f->undoStack.undo();
        QVERIFY(!f->doctype("Ticket Category").hasField("customer"));
        QVERIFY(!scene()->edgeItem(QStringLiteral("Ticket Category.customer")));
        QCOMPARE(f->text("Ticket Category"), before);
        f->undoStack.redo();
        QVERIFY(scene()->edgeItem(QStringLiteral("Ticket Category.customer")));
    }

    void editsGoToTheDocTypesStack()
    {
        QUndoStack ticketStack;
        scene()->setUndoStackFor([&ticketStack](const QString &doctype) {
            return doctype == QLatin1String("Ticket") ? &ticketStack : nullptr;
        });
        QVERIFY(scene()->connectNodes("Ticket", "Support Agent"));
        QVERIFY(scene()->connectNodes("Contact", "Support Agent"));
        QCOMPARE(ticketStack.count(), 1);
        QCOMPARE(f->undoStack.count(), 1); // no stack for Contact: the scene's own
        scene()->edgeItem("Ticket.customer")->setSelected(true);
        QVERIFY(scene()->removeSelectedEdges());
        QCOMPARE(ticketStack.count(), 2);
        ticketStack.undo();
        QVERIFY(f->doctype("Ticket").hasField("customer"));
    }

    void connectingToAChildAddsATable()
    {
        QVERIFY(scene()->connectNodes("Ticket", "Service Invoice Item"));
        const fm::core::Field *field = f->doctype("Ticket").field("service_invoice_item");
        QVERIFY(field);
        QCOMPARE(field->fieldtype, QStringLiteral("Table"));
        QCOMPARE(scene()->edgeItem("Ticket.service_invoice_item")->edge().kind,
                 RelationKind::Table);
    }

    void aFreshFieldnameAndTheUsersChoice()
    {
        // Ticket has "customer" already: the proposal avoids it.
        QVERIFY(scene()->connectNodes("Ticket", "Customer"));
        QCOMPARE(prompt.asked.last().fieldname, QStringLiteral("customer_2"));
        prompt.fieldname = QStringLiteral("billed_to");
        QVERIFY(scene()->connectNodes("Ticket", "Customer"));
        QVERIFY(f->doctype("Ticket").hasField("billed_to"));
        QCOMPARE(f->undoStack.count(), 2);
    }

    void aLinkToACoreDocTypeAddsAnExternalNode()
    {
        QVERIFY(!scene()->nodeItem("User"));
        QVERIFY(scene()->connectNodes("Support Agent", "User"));
        NodeItem *user = scene()->nodeItem("User");
        QVERIFY(user);
        QVERIFY(user->node().isExternal);
        QVERIFY(!user->node().isEditable);
        f->undoStack.undo();
        QVERIFY(!scene()->nodeItem("User")); // no longer pointed at
    }

    void refusedConnections_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("fieldname");
        QTest::addColumn<QString>("message");
        QTest::addRow("child holding a table") << "Service Invoice Item"
                                               << "Service Invoice Item"
                                               << ""
                                               << "child DocType";
        QTest::addRow("built-in source") << "User"
                                         << "Ticket"
                                         << ""
                                         << "built-in";
        QTest::addRow("unknown target") << "Ticket"
                                        << "Nobody"
                                        << ""
                                        << "Nobody";
        QTest::addRow("unknown source") << "Nobody"
                                        << "Ticket"
                                        << ""
                                        << "not in the project";
        QTest::addRow("taken fieldname") << "Ticket"
                                         << "Customer"
                                         << "customer"
                                         << "customer";
        QTest::addRow("bad fieldname") << "Ticket"
                                       << "Customer"
                                       << "9lives"
                                       << "9lives";
    }
    void refusedConnections()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QString, fieldname);
        QFETCH(QString, message);
        prompt.fieldname = fieldname;
        const QByteArray before = f->text("Ticket");
        const auto added = scene()->connectNodes(source, target);
        QVERIFY(!added);
        QVERIFY2(added.error().message().contains(message), qPrintable(added.error().message()));
        QCOMPARE(f->undoStack.count(), 0);
        QCOMPARE(f->text("Ticket"), before);
    }

    void cancellingThePromptAddsNothing()
    {
        prompt.accept = false;
        QVERIFY(scene()->connectNodes("Ticket Category", "Customer"));
        QCOMPARE(prompt.asked.size(), 1);
        QCOMPARE(f->undoStack.count(), 0);
    }

    void draggingFromTheHandleConnects()
    {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        ErdView *view = widget->view();
        view->setZoom(1.0);
        NodeItem *from = scene()->nodeItem("Ticket Category");
        NodeItem *to = scene()->nodeItem("Customer");
        view->centerOn(from);
        const QPoint start = viewPoint(view, from->mapToScene(from->connectHandle().center()));
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
        view->centerOn(QRectF(from->sceneBoundingRect()).united(to->sceneBoundingRect()).center());
        // The view may have scrolled: release where the target is now.
        const QPoint end = viewPoint(view, to->sceneBoundingRect().center());
        QTest::mouseMove(view->viewport(), end);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, end);
        QCOMPARE(prompt.asked.size(), 1);
        QCOMPARE(prompt.asked.first().source, QStringLiteral("Ticket Category"));
        QCOMPARE(prompt.asked.first().target, QStringLiteral("Customer"));
        QVERIFY(f->doctype("Ticket Category").hasField("customer"));
    }

    void deletingAnEdgeRemovesItsField()
    {
        const QByteArray before = f->text("Ticket");
        EdgeItem *edge = scene()->edgeItem("Ticket.contact");
        QVERIFY(edge);
        edge->setSelected(true);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
        QCoreApplication::sendEvent(scene(), &press);
        QVERIFY(!f->doctype("Ticket").hasField("contact"));
        QVERIFY(fm::core::unplacedFields(f->doctype("Ticket")).isEmpty());
        QVERIFY(!scene()->edgeItem("Ticket.contact"));
        QCOMPARE(f->undoStack.count(), 1);
        f->undoStack.undo();
        QVERIFY(f->doctype("Ticket").hasField("contact"));
        QVERIFY(scene()->edgeItem("Ticket.contact"));
        QCOMPARE(f->text("Ticket"), before);
    }

    void removingTheTitleLinkClearsTheReference()
    {
        // Contact's "customer" is a required Link; remove it through the API.
        QVERIFY(
            fm::studio::erd::removeRelation(&f->undoStack, f->model.get(), "Contact", "customer"));
        QVERIFY(!f->doctype("Contact").hasField("customer"));
        const auto notARelation =
            fm::studio::erd::removeRelation(&f->undoStack, f->model.get(), "Ticket", "subject");
        QVERIFY(!notARelation);
        QVERIFY(notARelation.error().message().contains("subject"));
        QVERIFY(!fm::studio::erd::removeRelation(&f->undoStack, f->model.get(), "Ticket", "nope"));
        QCOMPARE(f->undoStack.count(), 1);
    }

    void doubleClickAsksToOpen()
    {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        QSignalSpy open(widget.get(), &ErdWidget::openDocTypeRequested);
        ErdView *view = widget->view();
        NodeItem *ticket = scene()->nodeItem("Ticket");
        view->centerOn(ticket);
        const QPoint at = viewPoint(view, ticket->sceneBoundingRect().center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("Ticket"));
    }

    void selectionIsShared()
    {
        QSignalSpy selected(widget.get(), &ErdWidget::doctypeSelected);
        scene()->selectDocType("Customer"); // from the project dock: no echo
        QCOMPARE(scene()->selectedDocType(), QStringLiteral("Customer"));
        QCOMPARE(selected.size(), 0);
        scene()->clearSelection();
        scene()->nodeItem("Ticket")->setSelected(true);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().toString(), QStringLiteral("Ticket"));
    }

    void draggedNodesArePinnedAndSurviveRelayout()
    {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        ErdView *view = widget->view();
        view->setZoom(1.0);
        NodeItem *customer = scene()->nodeItem("Customer");
        view->centerOn(customer);
        const QPointF before = customer->pos();
        const QPoint grab = viewPoint(view, customer->mapToScene(QPointF(60, 60)));
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, grab);
        QTest::mouseMove(view->viewport(), grab + QPoint(40, 30));
        QTest::mouseMove(view->viewport(), grab + QPoint(80, 60));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, grab + QPoint(80, 60));
        const QPointF dropped = customer->pos();
        QVERIFY(dropped != before);
        QCOMPARE(scene()->pinnedPositions().value("Customer"), dropped);

        // The file: one sorted line per pinned node.
        QFile file(scene()->positionsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(
            QStringLiteral("Customer\t%1\t%2\n").arg(dropped.x()).arg(dropped.y()).toUtf8()));
        file.close();

        scene()->pinNode("Ticket", QPointF(-900, 40));
        scene()->relayout();
        scene()->waitForLayout();
        QVERIFY(widget->status().contains(QStringLiteral("neato")));
        QCOMPARE(scene()->nodeItem("Customer")->pos(), dropped);
        QCOMPARE(scene()->nodeItem("Ticket")->pos(), QPointF(-900, 40));

        // Reopened: the pinned nodes come back where they were.
        widget.reset();
        open();
        QCOMPARE(scene()->nodeItem("Customer")->pos(), dropped);
        QCOMPARE(scene()->nodeItem("Ticket")->pos(), QPointF(-900, 40));

        scene()->unpinAll();
        scene()->waitForLayout();
        QVERIFY(!QFile::exists(scene()->positionsFile()));
        QVERIFY(scene()->pinnedPositions().isEmpty());
    }

    void aBrokenPositionsFileIsReported()
    {
        widget.reset();
        QFile file(fm::studio::erd::positionsPath(f->model->root()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ticket\t1\t2\n=======\n");
        file.close();
        open();
        QVERIFY(widget->status().contains(QStringLiteral("line 2")) ||
                scene()->positionsError().contains(QStringLiteral("line 2")));
        QVERIFY(scene()->pinnedPositions().isEmpty());
        QCOMPARE(scene()->nodeItem("Ticket")->isVisible(), true);
    }

    void filterFocusAndSearch()
    {
        scene()->setFocusOn("Ticket Category", 1);
        QVERIFY(scene()->nodeItem("Ticket")->isVisible());
        QVERIFY(scene()->nodeItem("Ticket Category")->isVisible());
        QVERIFY(!scene()->nodeItem("Customer")->isVisible());
        QVERIFY(scene()->edgeItem("Ticket.category")->isVisible());
        QVERIFY(!scene()->edgeItem("Ticket.customer")->isVisible());
        scene()->setFocusOn("Ticket Category", 2);
        QVERIFY(scene()->nodeItem("Customer")->isVisible());
        QVERIFY(!scene()->nodeItem("Service Invoice")->isVisible());
        scene()->setFocusOn(QString(), 1);
        QVERIFY(scene()->nodeItem("Service Invoice")->isVisible());

        scene()->setFilter("helpdesk", "Support");
        QVERIFY(scene()->nodeItem("Service Invoice")->isVisible());
        scene()->setFilter("helpdesk", "Billing");
        QVERIFY(!scene()->nodeItem("Service Invoice")->isVisible());
        QVERIFY(scene()->visibleItemsRect().isEmpty());
        scene()->setFilter(QString(), QString());

        QCOMPARE(scene()->setSearchText("agent"), 2); // agent_name; Service Invoice Item.agent
        QCOMPARE(scene()->searchMatches(), QStringList({"Service Invoice Item", "Support Agent"}));
        QCOMPARE(scene()->nodeItem("Support Agent")->emphasis(), NodeItem::Emphasis::Match);
        QCOMPARE(scene()->nodeItem("Ticket")->emphasis(), NodeItem::Emphasis::Dimmed);
        QCOMPARE(scene()->setSearchText("zzz"), 0);
        QCOMPARE(scene()->setSearchText(""), 0);
        QCOMPARE(scene()->nodeItem("Ticket")->emphasis(), NodeItem::Emphasis::Normal);
    }

    void theWidgetsFilterAndFocusControls()
    {
        auto *filter = widget->findChild<QComboBox *>("filter");
        QVERIFY(filter);
        QCOMPARE(filter->count(), 3); // all, helpdesk, helpdesk > Support
        auto *focus = widget->findChild<QToolButton *>("focus");
        focus->setChecked(true); // nothing selected: refused
        QVERIFY(!focus->isChecked());
        scene()->selectDocType("Ticket Category");
        focus->setChecked(true);
        QCOMPARE(scene()->focusDocType(), QStringLiteral("Ticket Category"));
        QVERIFY(!scene()->nodeItem("Customer")->isVisible());
        auto *search = widget->findChild<QLineEdit *>("search");
        search->setText("ticket");
        // Ticket, Ticket Category, and Service Invoice Item (its "ticket" field).
        QCOMPARE(widget->findChild<QLabel *>("matches")->text(), QStringLiteral("3 match(es)"));
    }

    void exportWritesPngAndSvg()
    {
        QTemporaryDir out;
        const QString png = out.filePath("erd.png");
        QVERIFY(fm::studio::erd::exportPng(scene(), png));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 200);
        const QString svg = out.filePath("erd.svg");
        QVERIFY(fm::studio::erd::exportSvg(scene(), svg));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Ticket Category"));
        QXmlStreamReader xml(text);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));

        QVERIFY(!fm::studio::erd::exportPng(scene(), out.filePath("no/such/dir/erd.png")));
        scene()->setFilter("nothing", QString());
        const auto empty = fm::studio::erd::exportPng(scene(), png);
        QVERIFY(!empty);
        QVERIFY(empty.error().message().contains("nothing"));
    }

    void editsElsewhereUpdateTheDiagram()
    {
        // The designer removes Ticket's Link to Contact: the edge goes, the node shrinks.
        const qreal height = scene()->nodeItem("Ticket")->size().height();
        QVERIFY(fm::studio::pushEdit(&f->undoStack, f->model.get(), "Ticket", "remove",
                                     [](fm::core::DocType &d) {
                                         d.fields.removeIf([](const fm::core::Field &x) {
                                             return x.fieldname == "contact";
                                         });
                                         for (auto &section : d.layout)
                                             for (auto &column : section.columns)
                                                 column.removeAll("contact");
                                     }));
        QVERIFY(!scene()->edgeItem("Ticket.contact"));
        QVERIFY(scene()->nodeItem("Ticket")->size().height() < height);
        QCOMPARE(scene()->edgeItems().size(), 8);
    }

    void aGeneratedProjectLaysOut()
    {
        widget.reset();
        QTemporaryDir dir;
        QVERIFY(generated::writeProject(dir.path(), 300));
        auto opened = fm::core::ProjectModel::open(dir.path());
        QVERIFY(opened);
        QUndoStack stack;
        ErdScene big(opened->get(), &stack);
        QSignalSpy done(&big, &ErdScene::layoutFinished);
        big.waitForLayout();
        QCOMPARE(done.size(), 1);
        const auto result = done.first().first().value<LayoutResult>();
        QCOMPARE(result.engine, QStringLiteral("sfdp"));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.positions.size(), 300);
        QCOMPARE(big.edgeItems().size(), 630);
        // Spread out: the diagram is far larger than one node.
        QVERIFY(big.visibleItemsRect().width() > 5 * NodeItem::kWidth);
    }
};

QTEST_MAIN(TestErdScene)
#include "tst_erd_scene.moc"
