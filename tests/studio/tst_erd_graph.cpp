// SPDX-License-Identifier: MIT
// The ERD's pure layer: the graph extracted from DocTypes, the positions file and the
// Graphviz layout (no scene, no widgets).
#include "erdgraph/erdgraph.h"
#include "erdgraph/erdlayout.h"
#include "erdgraph/erdpositions.h"
#include "generatedproject.h"
#include "project/projectmodel.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fm::studio::erd;

namespace {

fm::core::Field field(const QString &name, const QString &type, const QString &options = {})
{
    return generated::field(name, type, options);
}

QList<QSizeF> sizes(qsizetype count)
{
    return QList<QSizeF>(count, QSizeF(230, 150));
}

// True when no two nodes of the result overlap.
bool disjoint(const LayoutInput &input, const LayoutResult &result)
{
    QList<QRectF> rects;
    for (qsizetype i = 0; i < input.names.size(); ++i)
        rects << QRectF(result.positions.value(input.names.at(i)), input.sizes.at(i));
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (qsizetype j = i + 1; j < rects.size(); ++j) {
            if (rects.at(i).adjusted(1, 1, -1, -1).intersects(rects.at(j).adjusted(1, 1, -1, -1)))
                return false;
        }
    }
    return true;
}

} // namespace

class TestErdGraph : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    std::unique_ptr<fm::core::ProjectModel> model;
    Graph graph;

private slots:
    void initTestCase()
    {
        QVERIFY(copyTree(QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk"), dir.path()));
        auto opened = fm::core::ProjectModel::open(dir.path());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
        model = std::move(*opened);
        graph = buildGraph(*model);
    }

    void helpdeskNodes()
    {
        QStringList names;
        for (const Node &node : std::as_const(graph.nodes))
            names << node.name;
        QCOMPARE(names,
                 QStringList({"Contact", "Customer", "Service Invoice", "Service Invoice Item",
                              "Support Agent", "Ticket", "Ticket Category"}));
        const Node *item = graph.node(QStringLiteral("Service Invoice Item"));
        QVERIFY(item && item->isChild && !item->isExternal && item->isEditable);
        QCOMPARE(item->app, QStringLiteral("helpdesk"));
        QCOMPARE(item->module, QStringLiteral("Support"));
        QVERIFY(!graph.node(QStringLiteral("Ticket"))->isChild);
        // Key fields: the title field, unique and required ones.
        const Node *customer = graph.node(QStringLiteral("Customer"));
        QCOMPARE(customer->fields.first().fieldname, QStringLiteral("customer_name"));
        QVERIFY(customer->fields.first().isTitle);
        QVERIFY(customer->fields.first().unique);
        QVERIFY(customer->fields.first().required);
        QVERIFY(!customer->fields.at(1).required);
        QVERIFY(graph.node(QStringLiteral("Nobody")) == nullptr);
    }

    void helpdeskEdges_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("sourceEnd");
        QTest::addColumn<QString>("targetEnd");
        QTest::addRow("required link") << "Ticket.customer"
                                       << "Customer"
                                       << "Link"
                                       << "*"
                                       << "1";
        QTest::addRow("optional link") << "Ticket.contact"
                                       << "Contact"
                                       << "Link"
                                       << "*"
                                       << "0..1";
        QTest::addRow("link to agent") << "Ticket.assigned_to"
                                       << "Support Agent"
                                       << "Link"
                                       << "*"
                                       << "0..1";
        QTest::addRow("link to category") << "Ticket.category"
                                          << "Ticket Category"
                                          << "Link"
                                          << "*"
                                          << "0..1";
        QTest::addRow("contact") << "Contact.customer"
                                 << "Customer"
                                 << "Link"
                                 << "*"
                                 << "1";
        QTest::addRow("invoice") << "Service Invoice.customer"
                                 << "Customer"
                                 << "Link"
                                 << "*"
                                 << "1";
        QTest::addRow("table") << "Service Invoice.items"
                               << "Service Invoice Item"
                               << "Table"
                               << "1"
                               << "1..*";
        QTest::addRow("from child") << "Service Invoice Item.ticket"
                                    << "Ticket"
                                    << "Link"
                                    << "*"
                                    << "0..1";
        QTest::addRow("from child 2") << "Service Invoice Item.agent"
                                      << "Support Agent"
                                      << "Link"
                                      << "*"
                                      << "0..1";
    }
    void helpdeskEdges()
    {
        QFETCH(QString, id);
        QFETCH(QString, target);
        QFETCH(QString, kind);
        QFETCH(QString, sourceEnd);
        QFETCH(QString, targetEnd);
        const auto it = std::find_if(graph.edges.cbegin(), graph.edges.cend(),
                                     [&](const Edge &e) { return e.id() == id; });
        QVERIFY2(it != graph.edges.cend(), qPrintable(id));
        QCOMPARE(it->target, target);
        QCOMPARE(kindName(it->kind), kind);
        QCOMPARE(it->sourceCardinality(), sourceEnd);
        QCOMPARE(it->targetCardinality(), targetEnd);
    }
    void helpdeskEdgeCount() { QCOMPARE(graph.edges.size(), 9); }

    void otherRelationKinds()
    {
        fm::core::DocType d;
        d.name = QStringLiteral("Note");
        d.fields << field("ref_type", "Link", "DocType") << field("ref", "DynamicLink", "ref_type")
                 << field("tags", "TableMultiSelect", "Note Tag") << field("title", "Data")
                 << field("broken", "Link"); // no target: no edge, no crash
        const QList<Edge> edges = edgesOf(d);
        QCOMPARE(edges.size(), 3);
        QCOMPARE(edges.at(1).target, anyDocType());
        QCOMPARE(edges.at(1).kind, RelationKind::DynamicLink);
        QCOMPARE(edges.at(2).kind, RelationKind::TableMultiSelect);
        QCOMPARE(edges.at(2).targetCardinality(), QStringLiteral("0..*"));
        const Node node = nodeOf(d, QStringLiteral("app"), false, true);
        QCOMPARE(node.fields.at(1).target, QStringLiteral("ref_type"));
        QVERIFY(node.fields.at(3).target.isEmpty());
    }

    void neighbourhood()
    {
        QCOMPARE(graph.neighbourhood(QStringLiteral("Ticket Category"), 0),
                 QSet<QString>({"Ticket Category"}));
        QCOMPARE(graph.neighbourhood(QStringLiteral("Ticket Category"), 1),
                 QSet<QString>({"Ticket Category", "Ticket"}));
        QCOMPARE(graph.neighbourhood(QStringLiteral("Ticket Category"), 2),
                 QSet<QString>({"Ticket Category", "Ticket", "Customer", "Contact", "Support Agent",
                                "Service Invoice Item"}));
        QCOMPARE(graph.neighbourhood(QStringLiteral("Nobody"), 3), QSet<QString>({"Nobody"}));
    }

    void positionsRoundTrip()
    {
        const Positions positions{{"Ticket", QPointF(10.4, -20.6)},
                                  {"Customer", QPointF(300, 0)},
                                  {"Service Invoice Item", QPointF(-5, 7)}};
        const QByteArray text = formatPositions(positions);
        // Sorted, one node a line, whole numbers: merges in Git line by line.
        QVERIFY(text.endsWith("Customer\t300\t0\nService Invoice Item\t-5\t7\nTicket\t10\t-21\n"));
        QVERIFY(text.startsWith('#'));
        const auto parsed = parsePositions(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->value("Ticket"), QPointF(10, -21));
        QCOMPARE(parsed->size(), 3);

        QTemporaryDir files;
        const QString path = positionsPath(files.path());
        QCOMPARE(path, files.filePath("erd.positions"));
        QCOMPARE(readPositions(path)->size(), 0); // no file: nothing pinned
        QVERIFY(writePositions(path, positions));
        QCOMPARE(*readPositions(path), *parsed);
        QVERIFY(writePositions(path, {})); // nothing pinned: no file
        QVERIFY(!QFile::exists(path));
        QVERIFY(!writePositions(files.filePath("missing/dir/erd.positions"), positions));
    }

    void malformedPositions_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addRow("conflict marker") << QByteArray("A\t1\t2\n<<<<<<< HEAD\n") << 2;
        QTest::addRow("two columns") << QByteArray("# c\nA\t1\n") << 2;
        QTest::addRow("not a number") << QByteArray("A\tx\t2\n") << 1;
        QTest::addRow("no name") << QByteArray("\n\n\t1\t2\n") << 3;
        QTest::addRow("infinite") << QByteArray("A\tinf\t2\n") << 1;
    }
    void malformedPositions()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const auto parsed = parsePositions(text);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message().contains(QStringLiteral("line %1 ").arg(line)),
                 qPrintable(parsed.error().message()));
    }

    void engineChoice()
    {
        LayoutInput input;
        input.names = {"A", "B"};
        QCOMPARE(engineFor(input), QStringLiteral("dot"));
        input.pinned.insert("A", QPointF());
        QCOMPARE(engineFor(input), QStringLiteral("neato"));
        input.largeGraphThreshold = 1;
        QCOMPARE(engineFor(input), QStringLiteral("sfdp"));
    }

    void layoutPlacesEveryNode_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QString>("engine");
        QTest::addRow("dot") << kLargeGraphThreshold << "dot";
        QTest::addRow("sfdp") << 3 << "sfdp";
    }
    void layoutPlacesEveryNode()
    {
        QFETCH(int, threshold);
        QFETCH(QString, engine);
        LayoutInput input;
        input.names = {"A", "B", "C", "D", "E"};
        input.sizes = sizes(5);
        input.edges = {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 4}, {0, 99}}; // a loop, a bad index
        input.largeGraphThreshold = threshold;
        const LayoutResult result = computeLayout(input);
        QCOMPARE(result.engine, engine);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.positions.size(), 5);
        QVERIFY(disjoint(input, result));
    }

    void pinnedNodesStayPut_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addRow("neato") << kLargeGraphThreshold;
        QTest::addRow("sfdp") << 2;
    }
    void pinnedNodesStayPut()
    {
        QFETCH(int, threshold);
        LayoutInput input;
        input.names = {"A", "B", "C", "D"};
        input.sizes = sizes(4);
        input.edges = {{0, 1}, {1, 2}, {2, 3}};
        input.largeGraphThreshold = threshold;
        input.pinned = {{"B", QPointF(1000, -400)}, {"Gone", QPointF(1, 1)}};
        const LayoutResult result = computeLayout(input);
        QCOMPARE(result.positions.value("B"), QPointF(1000, -400));
        QCOMPARE(result.positions.size(), 4); // a pin of a node not in the graph is ignored
        QVERIFY(!result.positions.contains("Gone"));
    }

    void emptyGraph()
    {
        const LayoutResult result = computeLayout(LayoutInput());
        QVERIFY(result.positions.isEmpty());
        QVERIFY(result.error.isEmpty());
    }

    void jobQueuesTheNewest()
    {
        LayoutJob job;
        QList<LayoutResult> results;
        connect(&job, &LayoutJob::finished, this,
                [&results](const LayoutResult &r) { results << r; });
        LayoutInput input;
        input.names = {"A", "B"};
        input.sizes = sizes(2);
        job.start(input);
        input.names = {"A", "B", "C"};
        input.sizes = sizes(3);
        job.start(input); // queued
        input.names = {"X"};
        input.sizes = sizes(1);
        job.start(input); // replaces the queued one
        QVERIFY(job.isRunning());
        job.waitForFinished();
        QVERIFY(!job.isRunning());
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).positions.size(), 2);
        QCOMPARE(results.at(1).positions.keys(), QStringList({"X"}));
    }

    void generatedProjectGraph()
    {
        QTemporaryDir project;
        QVERIFY(generated::writeProject(project.path(), 200));
        auto opened = fm::core::ProjectModel::open(project.path());
        QVERIFY(opened);
        const Graph big = buildGraph(**opened);
        QCOMPARE(big.nodes.size(), 200);
        // Two Links each, plus a Table to every tenth (child) DocType from the one before.
        QCOMPARE(big.edges.size(), 2 * 200 + 20);
    }
};

QTEST_GUILESS_MAIN(TestErdGraph)
#include "tst_erd_graph.moc"
