// SPDX-License-Identifier: MIT
// Compares everything fm::codegen generates for the sample app in input/ with the
// reviewed references in reference/shop/. With FM_REGENERATE_GOLDEN=1 it rewrites
// the references instead (scripts/regenerate-golden.sh), so a reviewer sees the diff.
#include "scaffold.h"

#include "meta/doctypeloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QTest>

using namespace fm::codegen;

namespace {

const QString kApp = QStringLiteral("shop");

QString referenceRoot()
{
    return QStringLiteral(FM_TEST_DATA_DIR "/reference/") + kApp;
}

bool regenerating()
{
    return qEnvironmentVariableIntValue("FM_REGENERATE_GOLDEN") == 1;
}

// "line N: expected ... / actual ..." for the first line that differs.
QString firstDifference(const QString &expected, const QString &actual)
{
    const QStringList e = expected.split(QLatin1Char('\n'));
    const QStringList a = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMax(e.size(), a.size()); ++i) {
        const QString el = i < e.size() ? e.at(i) : QStringLiteral("<end of file>");
        const QString al = i < a.size() ? a.at(i) : QStringLiteral("<end of file>");
        if (el != al)
            return QStringLiteral("line %1:\n  reference: %2\n  generated: %3")
                .arg(i + 1)
                .arg(el, al);
    }
    return QStringLiteral("the files differ in their bytes only (line ends?)");
}

} // namespace

class TestCodegenGolden final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();
    void noStaleReference();

private:
    QList<GeneratedFile> m_files; // paths relative to reference/shop
};

void TestCodegenGolden::initTestCase()
{
    const fm::core::FieldTypeRegistry types;
    const fm::core::DocTypeLoader loader(types);
    QList<fm::core::DocType> doctypes;
    const QDir input(QStringLiteral(FM_TEST_DATA_DIR "/input"));
    const QStringList names = input.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names) {
        fm::core::Diagnostics diagnostics;
        const auto doctype = loader.loadFile(input.filePath(name), diagnostics);
        for (const fm::core::Diagnostic &d : diagnostics)
            qWarning().noquote() << d.toString();
        QVERIFY2(doctype && !fm::core::hasErrors(diagnostics), qPrintable(name));
        QCOMPARE(doctype->app, kApp);
        doctypes << *doctype;
        m_files << docTypeFiles(*doctype);
    }
    m_files << appFiles(kApp, doctypes);
}

void TestCodegenGolden::matchesReference_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("content");
    for (const GeneratedFile &file : std::as_const(m_files))
        QTest::newRow(qPrintable(file.path)) << file.path << file.content;
}

void TestCodegenGolden::matchesReference()
{
    QFETCH(QString, path);
    QFETCH(QString, content);
    const QString reference = referenceRoot() + QLatin1Char('/') + path;
    if (regenerating()) {
        QVERIFY(QDir().mkpath(QFileInfo(reference).absolutePath()));
        QSaveFile out(reference);
        QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(out.errorString()));
        out.write(content.toUtf8());
        QVERIFY2(out.commit(), qPrintable(out.errorString()));
        return;
    }
    QFile file(reference);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(
                 QStringLiteral("%1 is missing: run scripts/regenerate-golden.sh").arg(reference)));
    const QByteArray expected = file.readAll();
    if (expected != content.toUtf8()) {
        QFAIL(qPrintable(
            QStringLiteral("%1 differs from the generated text at %2\nIf the change is "
                           "intended, run scripts/regenerate-golden.sh and review the diff.")
                .arg(path, firstDifference(QString::fromUtf8(expected), content))));
    }
}

void TestCodegenGolden::noStaleReference()
{
    QStringList generated;
    for (const GeneratedFile &file : std::as_const(m_files))
        generated << file.path;
    const QDir root(referenceRoot());
    QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
    QStringList stale;
    while (it.hasNext()) {
        const QString path = root.relativeFilePath(it.next());
        if (generated.contains(path))
            continue;
        if (regenerating())
            QVERIFY(QFile::remove(root.filePath(path)));
        else
            stale << path;
    }
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("no longer generated, delete or run "
                                                        "scripts/regenerate-golden.sh: ") +
                                         stale.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestCodegenGolden)
#include "tst_codegen_golden.moc"
