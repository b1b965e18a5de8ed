// SPDX-License-Identifier: MIT
// The live runtime's pure parts: LiveSnapshot (parts and keyed rows cut out of a
// rendered page, and the smallest diff between two renders) and LiveProtocol (the
// shape and order of client messages; every broken rule is a refusal with a code).
#include "livediff.h"
#include "liveprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using fm::desk::LiveProtocol;
using fm::desk::LiveSnapshot;

namespace {

QString page(const QStringList &rows, const QString &total = QStringLiteral("3 documents"))
{
    QString body;
    for (const QString &row : rows) {
        const QString key = row.section(u':', 0, 0);
        const QString text = row.section(u':', 1);
        body += QStringLiteral(
                    "<tr data-live-key=\"%1\"><td><a href=\"/x\">%1</a></td><td>%2</td></tr>")
                    .arg(key, text);
    }
    return QStringLiteral(
               "<html><body><h1>T</h1><p data-live-part=\"total\">%1</p>"
               "<div data-live-part=\"results\"><table><thead><tr><th>n</th></tr></thead>"
               "<tbody data-live-rows>%2</tbody></table></div><nav>static</nav></body></html>")
        .arg(total, body);
}

} // namespace

class TestDeskLiveDiff : public QObject
{
    Q_OBJECT
private slots:
    void parsesPartsAndRows();
    void entitiesInKeysAreDecoded();
    void diff_data();
    void diff();
    void placesRebuildTheOrder_data();
    void placesRebuildTheOrder();
    void protocol_data();
    void protocol();
    void changeCarriesTheInput();
};

void TestDeskLiveDiff::parsesPartsAndRows()
{
    const LiveSnapshot snapshot = LiveSnapshot::parse(page({"A:one", "B:two"}));
    QCOMPARE(snapshot.parts().size(), 2);
    const auto *results = snapshot.part("results");
    QVERIFY(results);
    QCOMPARE(results->rows.size(), 2);
    QCOMPARE(results->rows.at(0).key, "A");
    QVERIFY(results->rows.at(0).html.startsWith("<tr data-live-key=\"A\">"));
    QVERIFY(results->rows.at(0).html.endsWith("</tr>"));
    QVERIFY(!results->skeleton.contains("one"));
    QVERIFY(results->skeleton.contains("<thead><tr><th>n</th></tr></thead>"));
    QCOMPARE(snapshot.part("total")->html, "<p data-live-part=\"total\">3 documents</p>");
    QVERIFY(LiveSnapshot::parse("<p>nothing live</p>").isEmpty());
}

void TestDeskLiveDiff::entitiesInKeysAreDecoded()
{
    const LiveSnapshot snapshot =
        LiveSnapshot::parse(page({"A&amp;B &lt;x&gt; &quot;q&quot; &#39;s&#39;:v"}));
    QCOMPARE(snapshot.part("results")->rows.first().key, "A&B <x> \"q\" 's'");
}

void TestDeskLiveDiff::diff_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QString>("expected"); // the diff as compact JSON

    QTest::newRow("nothing changed")
        << QStringList{"A:1", "B:2"} << QStringList{"A:1", "B:2"} << "{}";
    QTest::newRow("one row changed")
        << QStringList{"A:1", "B:2", "C:3"} << QStringList{"A:1", "B:changed", "C:3"}
        << R"({"rows":{"results":{"set":{"B":"<tr data-live-key=\"B\"><td><a href=\"/x\">B</a></td><td>changed</td></tr>"}}}})";
    QTest::newRow("row removed") << QStringList{"A:1", "B:2", "C:3"} << QStringList{"A:1", "C:3"}
                                 << R"({"rows":{"results":{"remove":["B"]}}})";
    QTest::newRow("row inserted first")
        << QStringList{"A:1", "B:2"} << QStringList{"N:new", "A:1", "B:2"}
        << R"({"rows":{"results":{"place":[["N",""]],"set":{"N":"<tr data-live-key=\"N\"><td><a href=\"/x\">N</a></td><td>new</td></tr>"}}}})";
    QTest::newRow("row moved to the top")
        << QStringList{"A:1", "B:2", "C:3"} << QStringList{"C:3", "A:1", "B:2"}
        << R"({"rows":{"results":{"place":[["C",""]]}}})";
}

void TestDeskLiveDiff::diff()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QString, expected);
    const QJsonObject diff =
        LiveSnapshot::diff(LiveSnapshot::parse(page(before)), LiveSnapshot::parse(page(after)));
    QCOMPARE(QString::fromUtf8(QJsonDocument(diff).toJson(QJsonDocument::Compact)), expected);
    // What a session keeps between events (digests, no HTML) gives the same diff.
    LiveSnapshot kept = LiveSnapshot::parse(page(before)).withoutHtml();
    for (const LiveSnapshot::Part &part : kept.parts()) {
        QVERIFY(part.html.isEmpty() && part.skeleton.isEmpty());
        for (const LiveSnapshot::Row &row : part.rows) {
            QVERIFY(row.html.isEmpty());
            QVERIFY(!row.key.isEmpty());
        }
    }
    QCOMPARE(LiveSnapshot::diff(kept, LiveSnapshot::parse(page(after))), diff);
}

void TestDeskLiveDiff::placesRebuildTheOrder_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::newRow("swap") << QStringList{"A", "B", "C", "D"} << QStringList{"B", "A", "C", "D"};
    QTest::newRow("reverse") << QStringList{"A", "B", "C", "D", "E"}
                             << QStringList{"E", "D", "C", "B", "A"};
    QTest::newRow("rotate") << QStringList{"A", "P", "X"} << QStringList{"P", "X", "A"};
    QTest::newRow("mixed") << QStringList{"A", "B", "C", "D", "E", "F"}
                           << QStringList{"N", "D", "A", "F", "B", "M", "E"};
    QTest::newRow("all new") << QStringList{"A", "B"} << QStringList{"X", "Y", "Z"};
}

// Applies the diff the way live.js does, to a plain list of keys, and expects `after`.
void TestDeskLiveDiff::placesRebuildTheOrder()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    auto rows = [](const QStringList &keys) {
        QStringList out;
        for (const QString &key : keys)
            out << key + QStringLiteral(":v");
        return out;
    };
    const QJsonObject diff = LiveSnapshot::diff(LiveSnapshot::parse(page(rows(before))),
                                                LiveSnapshot::parse(page(rows(after))));
    const QJsonObject change = diff.value("rows").toObject().value("results").toObject();
    QStringList dom = before;
    for (const QJsonValue &key : change.value("remove").toArray())
        dom.removeAll(key.toString());
    for (const QString &key : change.value("set").toObject().keys()) {
        if (!dom.contains(key))
            dom << key; // a new, detached row: placed below
    }
    for (const QJsonValue &entry : change.value("place").toArray()) {
        const QString key = entry.toArray().at(0).toString();
        const QString afterKey = entry.toArray().at(1).toString();
        dom.removeAll(key);
        dom.insert(afterKey.isEmpty() ? 0 : dom.indexOf(afterKey) + 1, key);
    }
    QCOMPARE(dom, after);
    // Rows that kept their order are not placed: one moved row is one place.
    if (QTest::currentDataTag() == QByteArray("swap") ||
        QTest::currentDataTag() == QByteArray("rotate"))
        QCOMPARE(change.value("place").toArray().size(), 1);
}

void TestDeskLiveDiff::protocol_data()
{
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::addColumn<int>("refusedAt"); // index of the refused message, -1: all accepted
    QTest::addColumn<int>("code");

    const QByteArray join =
        R"({"type":"join","ref":1,"v":1,"token":"t","assets":"/a.js","path":"/desk/x"})";
    QTest::newRow("join, event, navigate, heartbeat")
        << QList<QByteArray>{R"({"type":"heartbeat","ref":1})",
                             QByteArray(join).replace("\"ref\":1", "\"ref\":2"),
                             R"({"type":"event","event":"refresh","ref":3})",
                             R"({"type":"navigate","path":"/desk/x?page=2","ref":9})"}
        << -1 << 0;
    QTest::newRow("not json") << QList<QByteArray>{"nope"} << 0 << 1007;
    QTest::newRow("array") << QList<QByteArray>{"[]"} << 0 << 1007;
    QTest::newRow("ref missing") << QList<QByteArray>{R"({"type":"heartbeat"})"} << 0 << 1007;
    QTest::newRow("ref text") << QList<QByteArray>{R"({"type":"heartbeat","ref":"1"})"} << 0
                              << 1007;
    QTest::newRow("ref fraction") << QList<QByteArray>{R"({"type":"heartbeat","ref":1.5})"} << 0
                                  << 1007;
    QTest::newRow("ref zero") << QList<QByteArray>{R"({"type":"heartbeat","ref":0})"} << 0 << 1007;
    QTest::newRow("unknown type") << QList<QByteArray>{R"({"type":"patch","ref":1})"} << 0 << 1007;
    QTest::newRow("join without token")
        << QList<QByteArray>{R"({"type":"join","ref":1,"v":1,"assets":"a","path":"/p"})"} << 0
        << 1007;
    QTest::newRow("join without version")
        << QList<QByteArray>{R"({"type":"join","ref":1,"token":"t","assets":"a","path":"/p"})"} << 0
        << 1007;
    QTest::newRow("path too long")
        << QList<QByteArray>{R"({"type":"join","ref":1,"v":1,"token":"t","assets":"a","path":")" +
                             QByteArray(3000, 'p') + "\"}"}
        << 0 << 1007;
    QTest::newRow("unknown event")
        << QList<QByteArray>{join, R"({"type":"event","event":"delete_all","ref":2})"} << 1 << 1007;
    QTest::newRow("event before join")
        << QList<QByteArray>{R"({"type":"event","event":"refresh","ref":1})"} << 0 << 1008;
    QTest::newRow("navigate before join")
        << QList<QByteArray>{R"({"type":"navigate","path":"/desk/x","ref":1})"} << 0 << 1008;
    QTest::newRow("second join") << QList<QByteArray>{join, QByteArray(join).replace("\"ref\":1",
                                                                                     "\"ref\":2")}
                                 << 1 << 1008;
    QTest::newRow("ref repeated") << QList<QByteArray>{join, R"({"type":"heartbeat","ref":1})"} << 1
                                  << 1008;
    // A live form's input.
    QTest::newRow("change")
        << QList<
               QByteArray>{join,
                           R"({"type":"event","event":"change","ref":2,)"
                           R"("values":[["subject","x"],["_version","3"]],"touched":["subject"]})"}
        << -1 << 0;
    QTest::newRow("change before join")
        << QList<QByteArray>{R"({"type":"event","event":"change","ref":1,"values":[]})"} << 0
        << 1008;
    QTest::newRow("change without values")
        << QList<QByteArray>{join, R"({"type":"event","event":"change","ref":2})"} << 1 << 1007;
    QTest::newRow("change values not pairs")
        << QList<QByteArray>{join, R"({"type":"event","event":"change","ref":2,"values":[["a"]]})"}
        << 1 << 1007;
    QTest::newRow("change value not text")
        << QList<QByteArray>{join,
                             R"({"type":"event","event":"change","ref":2,"values":[["a",1]]})"}
        << 1 << 1007;
    QTest::newRow("change touched not names")
        << QList<QByteArray>{join, R"({"type":"event","event":"change","ref":2,"values":[],)"
                                   R"("touched":[1]})"}
        << 1 << 1007;
    QByteArray many = R"({"type":"event","event":"change","ref":2,"values":[)";
    for (int i = 0; i <= LiveProtocol::kMaxInputs; ++i)
        many += (i ? "," : "") + QByteArray(R"(["f","v"])");
    many += "]}";
    QTest::newRow("change with too many inputs") << QList<QByteArray>{join, many} << 1 << 1007;
}

void TestDeskLiveDiff::protocol()
{
    QFETCH(QList<QByteArray>, messages);
    QFETCH(int, refusedAt);
    QFETCH(int, code);
    LiveProtocol protocol;
    for (int i = 0; i < messages.size(); ++i) {
        auto read = protocol.read(messages.at(i));
        const auto *refusal = std::get_if<LiveProtocol::Refusal>(&read);
        if (i == refusedAt) {
            QVERIFY2(refusal, messages.at(i).left(80).constData());
            QCOMPARE(refusal->code, code);
            QVERIFY(!refusal->reason.isEmpty());
            return;
        }
        QVERIFY2(!refusal, refusal ? qPrintable(refusal->reason) : "");
    }
    QCOMPARE(refusedAt, -1);
    QVERIFY(protocol.joined());
}

void TestDeskLiveDiff::changeCarriesTheInput()
{
    LiveProtocol protocol;
    QVERIFY(std::holds_alternative<LiveProtocol::Message>(protocol.read(
        R"({"type":"join","ref":1,"v":1,"token":"t","assets":"/a.js","path":"/desk/x/1"})")));
    auto read = protocol.read(R"({"type":"event","event":"change","ref":2,)"
                              R"("values":[["items[0].hours","2"],["subject","<b>"]],)"
                              R"("touched":["subject"]})");
    const auto *message = std::get_if<LiveProtocol::Message>(&read);
    QVERIFY(message);
    QCOMPARE(message->kind, LiveProtocol::Kind::Change);
    QCOMPARE(message->values.size(), 2);
    QCOMPARE(message->values.at(0).first, QStringLiteral("items[0].hours"));
    QCOMPARE(message->values.at(1).second, QStringLiteral("<b>"));
    QCOMPARE(message->touched, QStringList{"subject"});
}

QTEST_GUILESS_MAIN(TestDeskLiveDiff)
#include "tst_desk_livediff.moc"
