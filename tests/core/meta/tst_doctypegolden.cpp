// SPDX-License-Identifier: MIT
// Every DocType file the repository ships is in the writer's canonical form
// (docs/adr/0150): load -> toJsonText gives its bytes back, so a save from the Studio
// changes only the lines of what changed. The files are found at run time, so a new
// one is covered without touching this test. To fix a failure run `m format <app>`.
#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"
#include "meta/metaregistry.h"

#include <QDir>
#include <QTest>

#include <algorithm>

using namespace fm::core;

namespace {

// Folders holding apps (each apps/<app>/doctypes/<slug>/<slug>.json, or the core app).
const QStringList &appParents()
{
    static const QStringList parents{
        QStringLiteral("resources/apps"),
        QStringLiteral("examples/helpdesk/apps"),
        QStringLiteral("bench/apps"),
        QStringLiteral("tests/core/data/input/apps"),
        QStringLiteral("tests/core/permissions/input/apps"),
    };
    return parents;
}

// The first line where two texts differ, for the failure message.
QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray left = a.value(i, "<end of file>");
        const QByteArray right = b.value(i, "<end of file>");
        if (left != right) {
            return QStringLiteral("line %1:\n  file:   %2\n  writer: %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(left), QString::fromUtf8(right));
        }
    }
    return QString();
}

} // namespace

class TestDocTypeGolden final : public QObject
{
    Q_OBJECT

private slots:
    void canonical_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("appDir");
        const QDir source(QStringLiteral(FM_SOURCE_DIR));
        int found = 0;
        for (const QString &parent : appParents()) {
            const QDir apps(source.filePath(parent));
            for (const QString &app : apps.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                const QDir doctypes(apps.filePath(app + QStringLiteral("/doctypes")));
                for (const QString &slug : doctypes.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                    const QString path = doctypes.filePath(slug + '/' + slug + ".json");
                    if (!QFileInfo::exists(path))
                        continue;
                    QTest::newRow(qPrintable(source.relativeFilePath(path)))
                        << path << apps.filePath(app);
                    ++found;
                }
            }
        }
        // The shipped apps alone have 18 DocTypes; fewer means the glob broke.
        QVERIFY2(found >= 18, qPrintable(QStringLiteral("found %1 DocType files").arg(found)));
    }

    void canonical()
    {
        QFETCH(QString, path);
        QFETCH(QString, appDir);
        // The app's own field types, when it has any (core's are built in).
        MetaRegistry meta;
        Diagnostics ignored;
        if (QFileInfo(appDir).fileName() != QLatin1String("core"))
            meta.loadApps({appDir}, ignored);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        Diagnostics diagnostics;
        const auto doctype = DocTypeLoader(meta.fieldTypes()).loadJson(bytes, path, diagnostics);
        QVERIFY(doctype);
        for (const Diagnostic &d : diagnostics)
            qWarning().noquote() << d.toString();
        QVERIFY2(diagnostics.isEmpty(), "a shipped DocType has no diagnostics");
        const QByteArray text = toJsonText(*doctype);
        QVERIFY2(text == bytes, qPrintable(QStringLiteral("not in canonical form (run `m format "
                                                          "%1`); first difference at %2")
                                               .arg(path, firstDifference(bytes, text))));
        // And back: the text means the same DocType.
        Diagnostics again;
        const auto reloaded = DocTypeLoader(meta.fieldTypes()).loadJson(text, path, again);
        QVERIFY(reloaded && *reloaded == *doctype);
    }
};

QTEST_GUILESS_MAIN(TestDocTypeGolden)
#include "tst_doctypegolden.moc"
