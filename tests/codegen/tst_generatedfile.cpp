// SPDX-License-Identifier: MIT
#include "generatedfile.h"
#include "regions.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace fm::codegen;

namespace {

QByteArray region(const QByteArray &id, const QByteArray &content, const QByteArray &eol = "\n")
{
    return "// fm:generated:begin " + id + eol + content + "// fm:generated:end " + id + eol;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QDateTime kOldTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);

} // namespace

class TestGeneratedFile final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void outcomeNames();
    void writes_data();
    void writes();
    void createsMissingFolders();
    void refuses_data();
    void refuses();
    void refusesDirectory();
    void refusesFolderThatIsAFile();
    void writesSeveralFiles();
    void writesNoneWhenOneIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestGeneratedFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
}

void TestGeneratedFile::outcomeNames()
{
    QCOMPARE(outcomeName(WriteOutcome::Created), QStringLiteral("created"));
    QCOMPARE(outcomeName(WriteOutcome::Updated), QStringLiteral("updated"));
    QCOMPARE(outcomeName(WriteOutcome::Unchanged), QStringLiteral("unchanged"));
}

void TestGeneratedFile::writes_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("existing");
    QTest::addColumn<QString>("fresh");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<WriteOutcome>("outcome");

    const QByteArray fresh = "// head\n" + region("a", "new\n") + "tail\n";
    const QString freshText = QString::fromUtf8(fresh);
    QTest::newRow("absent: created as generated")
        << false << QByteArray() << freshText << fresh << WriteOutcome::Created;
    QTest::newRow("same content: unchanged")
        << true << fresh << freshText << fresh << WriteOutcome::Unchanged;
    QTest::newRow("user edits outside regions, same regions: unchanged")
        << true << "// mine\n" + region("a", "new\n") + "int mine;" << freshText
        << "// mine\n" + region("a", "new\n") + "int mine;" << WriteOutcome::Unchanged;
    QTest::newRow("file without regions: unchanged")
        << true << QByteArray("all mine\n") << freshText << QByteArray("all mine\n")
        << WriteOutcome::Unchanged;
    QTest::newRow("stale region: updated, user bytes kept")
        << true << "// mine\r\n" + region("a", "old\r\n", "\r\n") + "int mine;" << freshText
        << "// mine\r\n" + region("a", "new\r\n", "\r\n") + "int mine;" << WriteOutcome::Updated;
    QTest::newRow("byte order mark kept")
        << true << "\xEF\xBB\xBF" + region("a", "old\n") << freshText
        << "\xEF\xBB\xBF" + region("a", "new\n") << WriteOutcome::Updated;
    QTest::newRow("UTF-8 outside regions kept")
        << true << QByteArray("// \xC3\xA9t\xC3\xA9 \xF0\x9F\x8E\x89\n") + region("a", "old\n")
        << freshText << QByteArray("// \xC3\xA9t\xC3\xA9 \xF0\x9F\x8E\x89\n") + region("a", "new\n")
        << WriteOutcome::Updated;
}

void TestGeneratedFile::writes()
{
    QFETCH(bool, exists);
    QFETCH(QByteArray, existing);
    QFETCH(QString, fresh);
    QFETCH(QByteArray, expected);
    QFETCH(WriteOutcome, outcome);

    const QString path = m_dir->filePath(QStringLiteral("file.h"));
    if (exists) {
        QVERIFY(writeAll(path, existing));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(kOldTime, QFileDevice::FileModificationTime));
    }
    const fm::Result<WriteOutcome> written = writeGenerated(path, fresh);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toText()));
    QCOMPARE(*written, outcome);
    QCOMPARE(readAll(path), expected);
    if (outcome == WriteOutcome::Unchanged)
        QCOMPARE(QFileInfo(path).lastModified().toUTC(), kOldTime); // not even touched
    // Nothing besides the file: QSaveFile left no temporary behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{"file.h"});
}

void TestGeneratedFile::createsMissingFolders()
{
    const QString path = m_dir->filePath(QStringLiteral("apps/shop/doctypes/x/x.md"));
    const fm::Result<WriteOutcome> written = writeGenerated(path, QStringLiteral("text"));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toText()));
    QCOMPARE(*written, WriteOutcome::Created);
    QCOMPARE(readAll(path), QByteArray("text"));
}

void TestGeneratedFile::refuses_data()
{
    QTest::addColumn<QByteArray>("existing");
    QTest::addColumn<fm::ErrorCode>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("begin without end")
        << QByteArray("x\n// fm:generated:begin a\nold\n") << fm::ErrorCode::BadRequest
        << "line 2: region \"a\" has no end marker";
    QTest::newRow("duplicated id") << region("a", "1\n") + region("a", "2\n")
                                   << fm::ErrorCode::BadRequest << "appears a second time";
    QTest::newRow("nested") << "// fm:generated:begin b\n" + region("a", "") +
                                   "// fm:generated:end b\n"
                            << fm::ErrorCode::BadRequest << "begins inside region \"b\"";
    QTest::newRow("invalid UTF-8")
        << "\xFF\xFE" + region("a", "old\n") << fm::ErrorCode::Io << "is not valid UTF-8";
}

void TestGeneratedFile::refuses()
{
    QFETCH(QByteArray, existing);
    QFETCH(fm::ErrorCode, code);
    QFETCH(QString, message);

    const QString path = m_dir->filePath(QStringLiteral("broken.cpp"));
    QVERIFY(writeAll(path, existing));
    const fm::Result<WriteOutcome> written =
        writeGenerated(path, QString::fromUtf8(region("a", "new\n")));
    QVERIFY(!written);
    QCOMPARE(written.error().code(), code);
    QVERIFY2(written.error().message().contains(message), qPrintable(written.error().message()));
    QVERIFY2(written.error().message().contains(QDir::toNativeSeparators(path)),
             qPrintable(written.error().message()));
    QCOMPARE(readAll(path), existing);
}

void TestGeneratedFile::refusesDirectory()
{
    const QString path = m_dir->filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(path));
    const fm::Result<WriteOutcome> written = writeGenerated(path, QStringLiteral("x"));
    QVERIFY(!written);
    QCOMPARE(written.error().code(), fm::ErrorCode::Io);
    QVERIFY2(written.error().message().contains(QStringLiteral("not a regular file")),
             qPrintable(written.error().message()));
}

void TestGeneratedFile::refusesFolderThatIsAFile()
{
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QVERIFY(writeAll(blocker, "a file, not a folder"));
    const fm::Result<WriteOutcome> written =
        writeGenerated(blocker + QStringLiteral("/sub/x.h"), QStringLiteral("x"));
    QVERIFY(!written);
    QCOMPARE(written.error().code(), fm::ErrorCode::Io);
    QCOMPARE(readAll(blocker), QByteArray("a file, not a folder"));
}

void TestGeneratedFile::writesSeveralFiles()
{
    const QList<GeneratedFile> files{
        {QStringLiteral("a.h"), QString::fromUtf8(region("a", "1\n"))},
        {QStringLiteral("sub/b.md"), QStringLiteral("plain\n")},
    };
    auto first = writeGeneratedFiles(m_dir->path(), files);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toText()));
    QCOMPARE(first->size(), 2);
    QCOMPARE(first->at(0).path, QStringLiteral("a.h"));
    QCOMPARE(first->at(0).outcome, WriteOutcome::Created);
    QCOMPARE(first->at(1).outcome, WriteOutcome::Created);
    QCOMPARE(readAll(m_dir->filePath(QStringLiteral("sub/b.md"))), QByteArray("plain\n"));

    QVERIFY(writeAll(m_dir->filePath(QStringLiteral("a.h")), "// mine\n" + region("a", "old\n")));
    auto second = writeGeneratedFiles(m_dir->path(), files);
    QVERIFY(second);
    QCOMPARE(second->at(0).outcome, WriteOutcome::Updated);
    QCOMPARE(second->at(1).outcome, WriteOutcome::Unchanged);
    QCOMPARE(readAll(m_dir->filePath(QStringLiteral("a.h"))), "// mine\n" + region("a", "1\n"));
}

void TestGeneratedFile::writesNoneWhenOneIsRefused()
{
    const QByteArray stale = region("a", "old\n");
    const QByteArray broken = "// fm:generated:begin a\n";
    QVERIFY(writeAll(m_dir->filePath(QStringLiteral("stale.h")), stale));
    QVERIFY(writeAll(m_dir->filePath(QStringLiteral("broken.h")), broken));
    const QString fresh = QString::fromUtf8(region("a", "new\n"));
    const auto written = writeGeneratedFiles(m_dir->path(), {{QStringLiteral("new.h"), fresh},
                                                             {QStringLiteral("stale.h"), fresh},
                                                             {QStringLiteral("broken.h"), fresh}});
    QVERIFY(!written);
    QCOMPARE(written.error().code(), fm::ErrorCode::BadRequest);
    QVERIFY2(written.error().message().contains(QStringLiteral("broken.h")),
             qPrintable(written.error().message()));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("new.h"))));
    QCOMPARE(readAll(m_dir->filePath(QStringLiteral("stale.h"))), stale);
    QCOMPARE(readAll(m_dir->filePath(QStringLiteral("broken.h"))), broken);
}

QTEST_GUILESS_MAIN(TestGeneratedFile)
#include "tst_generatedfile.moc"
