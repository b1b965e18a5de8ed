// SPDX-License-Identifier: MIT
#include "regions.h"

#include <QTest>

using namespace fm::codegen;

namespace {

// Builds texts from readable lines: B(id) and E(id) are C++ marker lines.
QString B(const QString &id)
{
    return beginMarker(CommentStyle::Cpp, id);
}
QString E(const QString &id)
{
    return endMarker(CommentStyle::Cpp, id);
}
QString lines(const QStringList &l, const QString &eol = QStringLiteral("\n"))
{
    return l.join(eol) + eol;
}

} // namespace

class TestRegions final : public QObject
{
    Q_OBJECT

private slots:
    void markers_data();
    void markers();
    void findRegionsReportsPositions();
    void mergeKeepsUserText_data();
    void mergeKeepsUserText();
    void mergeRefusesBrokenMarkers_data();
    void mergeRefusesBrokenMarkers();
    void mergeRefusesBrokenFresh();
    void mergeOfSameRegionsIsIdentity_data();
    void mergeOfSameRegionsIsIdentity();
};

void TestRegions::markers_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("begin");
    QTest::addColumn<QString>("end");
    QTest::newRow("cpp") << int(CommentStyle::Cpp) << "// fm:generated:begin a.b-c_1"
                         << "// fm:generated:end a.b-c_1";
    QTest::newRow("hash") << int(CommentStyle::Hash) << "# fm:generated:begin a.b-c_1"
                          << "# fm:generated:end a.b-c_1";
    QTest::newRow("html") << int(CommentStyle::Html) << "<!-- fm:generated:begin a.b-c_1 -->"
                          << "<!-- fm:generated:end a.b-c_1 -->";
}

void TestRegions::markers()
{
    QFETCH(int, style);
    QFETCH(QString, begin);
    QFETCH(QString, end);
    const auto s = CommentStyle(style);
    QCOMPARE(beginMarker(s, QStringLiteral("a.b-c_1")), begin);
    QCOMPARE(endMarker(s, QStringLiteral("a.b-c_1")), end);
    const auto regions = findRegions(lines({begin, QStringLiteral("x"), end}));
    QVERIFY2(regions, qPrintable(regions ? QString() : regions.error().toText()));
    QCOMPARE(regions->size(), 1);
    QCOMPARE(regions->first().id, QStringLiteral("a.b-c_1"));
}

void TestRegions::findRegionsReportsPositions()
{
    const QString text =
        lines({QStringLiteral("head"), B(QStringLiteral("one")), QStringLiteral("1"),
               E(QStringLiteral("one")), QStringLiteral("mid"),
               QStringLiteral("    ") + B(QStringLiteral("two")),
               QStringLiteral("    ") + E(QStringLiteral("two"))});
    const auto regions = findRegions(text);
    QVERIFY(regions);
    QCOMPARE(regions->size(), 2);
    QCOMPARE(regions->at(0).id, QStringLiteral("one"));
    QCOMPARE(regions->at(0).beginLine, 2);
    QCOMPARE(text.mid(regions->at(0).contentBegin,
                      regions->at(0).contentEnd - regions->at(0).contentBegin),
             QStringLiteral("1\n"));
    QCOMPARE(regions->at(1).id, QStringLiteral("two"));
    QCOMPARE(regions->at(1).beginLine, 6);
    QCOMPARE(regions->at(1).contentBegin, regions->at(1).contentEnd); // empty region
}

void TestRegions::mergeKeepsUserText_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("fresh");
    QTest::addColumn<QString>("expected");

    const QString a = QStringLiteral("a");
    const QString b = QStringLiteral("b");
    const QString x = QStringLiteral("x");
    const QString y = QStringLiteral("y");
    const QString freshX = lines({B(a), QStringLiteral("new a"), E(a)});
    const QString freshXY = lines({QStringLiteral("gen head"), B(a), QStringLiteral("new a"), E(a),
                                   QStringLiteral("gen mid"), B(b), QStringLiteral("new b 1"),
                                   QStringLiteral("new b 2"), E(b), QStringLiteral("gen tail")});

    QTest::newRow("region content replaced")
        << lines({B(a), QStringLiteral("old a"), E(a)}) << freshX << freshX;
    QTest::newRow("user text before, between and after regions kept")
        << lines({QStringLiteral("// mine: head"), QStringLiteral("#include \"mine.h\""), B(a),
                  QStringLiteral("old a"), E(a), QStringLiteral("int between = 1;"), B(b),
                  QStringLiteral("old b"), E(b), QStringLiteral("tail();")})
        << freshXY
        << lines({QStringLiteral("// mine: head"), QStringLiteral("#include \"mine.h\""), B(a),
                  QStringLiteral("new a"), E(a), QStringLiteral("int between = 1;"), B(b),
                  QStringLiteral("new b 1"), QStringLiteral("new b 2"), E(b),
                  QStringLiteral("tail();")});
    QTest::newRow("CRLF file stays CRLF, also in the replaced region")
        << lines(
               {QStringLiteral("mine"), B(a), QStringLiteral("old"), E(a), QStringLiteral("more")},
               QStringLiteral("\r\n"))
        << freshX
        << lines({QStringLiteral("mine"), B(a), QStringLiteral("new a"), E(a),
                  QStringLiteral("more")},
                 QStringLiteral("\r\n"));
    QTest::newRow("mixed line endings outside regions kept")
        << QStringLiteral("one\r\ntwo\n") + B(a) + QStringLiteral("\nold\n") + E(a) +
               QStringLiteral("\r\nthree\r")
        << freshX
        << QStringLiteral("one\r\ntwo\n") + B(a) + QStringLiteral("\nnew a\n") + E(a) +
               QStringLiteral("\r\nthree\r");
    QTest::newRow("no trailing newline after user text")
        << lines({B(a), QStringLiteral("old"), E(a)}) + QStringLiteral("last line") << freshX
        << lines({B(a), QStringLiteral("new a"), E(a)}) + QStringLiteral("last line");
    QTest::newRow("no trailing newline after the end marker")
        << B(a) + QStringLiteral("\nold\n") + E(a) << freshX
        << B(a) + QStringLiteral("\nnew a\n") + E(a);
    QTest::newRow("indentation of existing markers kept")
        << lines({QStringLiteral("\t") + B(a), QStringLiteral("old"), QStringLiteral("\t") + E(a)})
        << lines({QStringLiteral("        ") + B(a), QStringLiteral("    new a"),
                  QStringLiteral("        ") + E(a)})
        << lines({QStringLiteral("\t") + B(a), QStringLiteral("    new a"),
                  QStringLiteral("\t") + E(a)});
    QTest::newRow("region only in the existing file kept")
        << lines({B(x), QStringLiteral("user's x"), E(x), B(a), QStringLiteral("old"), E(a)})
        << freshX
        << lines({B(x), QStringLiteral("user's x"), E(x), B(a), QStringLiteral("new a"), E(a)});
    QTest::newRow("region only in the fresh text not added")
        << lines({QStringLiteral("mine")}) << freshX << lines({QStringLiteral("mine")});
    QTest::newRow("regions in another order in fresh")
        << lines({B(b), QStringLiteral("old b"), E(b), QStringLiteral("mine"), B(a), E(a)})
        << freshXY
        << lines({B(b), QStringLiteral("new b 1"), QStringLiteral("new b 2"), E(b),
                  QStringLiteral("mine"), B(a), QStringLiteral("new a"), E(a)});
    QTest::newRow("fresh empties a region")
        << lines({B(a), QStringLiteral("old"), E(a)}) << lines({B(a), E(a)}) << lines({B(a), E(a)});
    QTest::newRow("prose and trailing comments naming the tag are no markers")
        << lines({QStringLiteral("// regions are marked fm:generated:begin <id>"),
                  QStringLiteral("int v = 1; // fm:generated:begin y"), B(a), QStringLiteral("old"),
                  E(a)})
        << freshX
        << lines({QStringLiteral("// regions are marked fm:generated:begin <id>"),
                  QStringLiteral("int v = 1; // fm:generated:begin y"), B(a),
                  QStringLiteral("new a"), E(a)});
    QTest::newRow("markdown and cmake markers")
        << lines({QStringLiteral("# Title"), beginMarker(CommentStyle::Html, y),
                  QStringLiteral("old"), endMarker(CommentStyle::Html, y), QStringLiteral("Prose."),
                  beginMarker(CommentStyle::Hash, x), QStringLiteral("old"),
                  endMarker(CommentStyle::Hash, x)})
        << lines({beginMarker(CommentStyle::Hash, x), QStringLiteral("set(X 1)"),
                  endMarker(CommentStyle::Hash, x), beginMarker(CommentStyle::Html, y),
                  QStringLiteral("| new |"), endMarker(CommentStyle::Html, y)})
        << lines({QStringLiteral("# Title"), beginMarker(CommentStyle::Html, y),
                  QStringLiteral("| new |"), endMarker(CommentStyle::Html, y),
                  QStringLiteral("Prose."), beginMarker(CommentStyle::Hash, x),
                  QStringLiteral("set(X 1)"), endMarker(CommentStyle::Hash, x)});
    QTest::newRow("non-ASCII user text kept")
        << lines({QStringLiteral("// Grüße, 日本 🎉\t"), B(a), E(a)}) << freshX
        << lines({QStringLiteral("// Grüße, 日本 🎉\t"), B(a), QStringLiteral("new a"), E(a)});
    QTest::newRow("file without regions unchanged")
        << QStringLiteral("all mine\r\nno newline") << freshX
        << QStringLiteral("all mine\r\nno newline");
    QTest::newRow("empty file unchanged") << QString() << freshX << QString();
}

void TestRegions::mergeKeepsUserText()
{
    QFETCH(QString, existing);
    QFETCH(QString, fresh);
    QFETCH(QString, expected);
    const fm::Result<QString> merged = mergeGenerated(existing, fresh);
    QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().toText()));
    QCOMPARE(*merged, expected);
}

void TestRegions::mergeRefusesBrokenMarkers_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("line");    // where the error is reported
    QTest::addColumn<QString>("problem"); // part of the message

    const QString a = QStringLiteral("a");
    const QString b = QStringLiteral("b");
    QTest::newRow("begin without end")
        << lines({QStringLiteral("x"), B(a), QStringLiteral("y")}) << "line 2:"
        << "has no end marker";
    QTest::newRow("end without begin") << lines({QStringLiteral("x"), E(a)}) << "line 2:"
                                       << "has no begin marker";
    QTest::newRow("duplicated id")
        << lines({B(a), E(a), QStringLiteral("x"), B(a), E(a)}) << "line 4:"
        << "second time";
    QTest::newRow("nested") << lines({B(a), B(b), E(b), E(a)}) << "line 2:"
                            << "begins inside region \"a\"";
    QTest::newRow("crossing regions") << lines({B(a), B(b), E(a), E(b)}) << "line 2:"
                                      << "begins inside region \"a\"";
    QTest::newRow("end closes another region")
        << lines({B(a), QStringLiteral("x"), E(b)}) << "line 3:"
        << "closes region \"a\"";
    QTest::newRow("marker without id")
        << lines({QStringLiteral("// fm:generated:begin"), QStringLiteral("// fm:generated:end")})
        << "line 1:"
        << "not a valid generated-region marker";
    QTest::newRow("unknown verb") << lines({QStringLiteral("// fm:generated:start a"), E(a)})
                                  << "line 1:"
                                  << "not a valid generated-region marker";
    QTest::newRow("id with spaces")
        << lines({QStringLiteral("// fm:generated:begin a b"), E(a)}) << "line 1:"
        << "not a valid generated-region marker";
    QTest::newRow("html marker not closed")
        << lines({QStringLiteral("<!-- fm:generated:begin a"), endMarker(CommentStyle::Html, a)})
        << "line 1:"
        << "not a valid generated-region marker";
    QTest::newRow("CRLF, begin without end on line 3")
        << lines({QStringLiteral("x"), QStringLiteral("y"), B(a)}, QStringLiteral("\r\n"))
        << "line 3:"
        << "has no end marker";
}

void TestRegions::mergeRefusesBrokenMarkers()
{
    QFETCH(QString, existing);
    QFETCH(QString, line);
    QFETCH(QString, problem);
    const QString fresh =
        lines({B(QStringLiteral("a")), QStringLiteral("new"), E(QStringLiteral("a"))});
    const fm::Result<QString> merged = mergeGenerated(existing, fresh);
    QVERIFY(!merged);
    QCOMPARE(merged.error().code(), fm::ErrorCode::BadRequest);
    QVERIFY2(merged.error().message().startsWith(line), qPrintable(merged.error().message()));
    QVERIFY2(merged.error().message().contains(problem), qPrintable(merged.error().message()));
    QVERIFY2(merged.error().message().contains(QStringLiteral("Nothing was written")),
             qPrintable(merged.error().message()));
    QVERIFY(!findRegions(existing));
}

void TestRegions::mergeRefusesBrokenFresh()
{
    const QString existing = lines({B(QStringLiteral("a")), E(QStringLiteral("a"))});
    const fm::Result<QString> merged = mergeGenerated(existing, lines({B(QStringLiteral("a"))}));
    QVERIFY(!merged);
    QCOMPARE(merged.error().code(), fm::ErrorCode::Internal);
    QVERIFY(merged.error().message().contains(QStringLiteral("bug")));
}

void TestRegions::mergeOfSameRegionsIsIdentity_data()
{
    QTest::addColumn<QString>("text");
    const QString a = QStringLiteral("a");
    QTest::newRow("LF") << lines(
        {QStringLiteral("x"), B(a), QStringLiteral("1"), E(a), QStringLiteral("y")});
    QTest::newRow("CRLF") << lines({QStringLiteral("x"), B(a), QStringLiteral("1"), E(a)},
                                   QStringLiteral("\r\n"));
    QTest::newRow("no regions") << QStringLiteral("just text");
}

void TestRegions::mergeOfSameRegionsIsIdentity()
{
    QFETCH(QString, text);
    const fm::Result<QString> merged = mergeGenerated(text, text);
    QVERIFY(merged);
    QCOMPARE(*merged, text);
}

QTEST_GUILESS_MAIN(TestRegions)
#include "tst_regions.moc"
