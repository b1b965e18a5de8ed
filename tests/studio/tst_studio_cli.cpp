// SPDX-License-Identifier: MIT
// `m-studio --version` and `--help` answer without a display: the real program, started
// with nothing in its environment but PATH (no DISPLAY, no QT_QPA_PLATFORM).
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestStudioCli : public QObject
{
    Q_OBJECT

private slots:
    void answersWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");
        QTest::newRow("version") << QStringList{"--version"} << 0
                                 << QStringLiteral("m-studio " FM_VERSION " (Qt ") << QString();
        QTest::newRow("-v") << QStringList{"-v"} << 0 << QStringLiteral("m-studio " FM_VERSION)
                            << QString();
        QTest::newRow("help") << QStringList{"--help"} << 0 << QStringLiteral("[PATH]")
                              << QString();
        QTest::newRow("help after a path")
            << QStringList{"somewhere", "-h"} << 0 << QStringLiteral("--version") << QString();
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << 2 << QString()
                                        << QStringLiteral("Unknown option 'frobnicate'");
        QTest::newRow("two folders") << QStringList{"a", "b"} << 2 << QString()
                                     << QStringLiteral("expected one project folder, got 2");
    }
    void answersWithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        QFETCH(QString, err);
        QProcess process;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(FM_STUDIO_BINARY), arguments);
        QVERIFY(process.waitForFinished(20000));
        const QString stdOut = QString::fromUtf8(process.readAllStandardOutput());
        const QString stdErr = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == exitCode, qPrintable(stdOut + stdErr));
        QVERIFY2(stdOut.contains(out), qPrintable(stdOut));
        QVERIFY2(stdErr.contains(err), qPrintable(stdErr));
        if (exitCode == 0)
            QVERIFY2(stdErr.isEmpty(), qPrintable(stdErr)); // no "could not connect to display"
    }
};

QTEST_GUILESS_MAIN(TestStudioCli)
#include "tst_studio_cli.moc"
