// SPDX-License-Identifier: MIT
// `m diff [REV]` on a copy of the helpdesk example under Git: DocType changes since HEAD
// and since an older commit, new and deleted DocTypes, a recorded rename, a broken file,
// and the refusals (not a repository, unknown revision, too many arguments).
#include "clitestutil.h"
#include "gitfixture.h"

#include <QDirIterator>

using fm::test::CliRun;
using fm::test::git;
using fm::test::runM;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + '/' + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

const QString kTicket = QStringLiteral("apps/helpdesk/doctypes/ticket/ticket.json");

bool replaceIn(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray text = fm::test::readText(path);
    if (!text.contains(from))
        return false;
    return fm::test::writeText(path, text.replace(from, to));
}

} // namespace

class TestDiffCommand final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void initTestCase()
    {
        fm::test::isolateGitConfig(m_home.path());
        m_project = m_dir.path() + "/helpdesk";
        QVERIFY(copyTree(FM_SOURCE_DIR "/examples/helpdesk/apps", m_project + "/apps"));
        QVERIFY(QFile::copy(FM_SOURCE_DIR "/examples/helpdesk/m.json", m_project + "/m.json"));
        QVERIFY(fm::test::makeRepository(m_project));
        git(m_project, {"add", "-A"});
        git(m_project, {"commit", "-qm", "helpdesk"});
    }

    void nothingChanged()
    {
        const CliRun run = runM({"diff"}, m_project);
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.out, QString("no DocType changed since HEAD\n"));
    }

    void describesChangesSinceHead()
    {
        const QString ticket = m_project + '/' + kTicket;
        QVERIFY(replaceIn(ticket, "Open\\nReplied\\nResolved\\nClosed",
                          "Open\\nReplied\\nEscalated\\nResolved\\nClosed"));
        QVERIFY(replaceIn(ticket, "\"role\": \"Support Agent\",",
                          "\"role\": \"Support Agent\",\n      \"delete\": true,"));
        // A file that is not a DocType is not described.
        QVERIFY(fm::test::writeText(m_project + "/apps/helpdesk/notes.json", "{}"));
        // Staged or not makes no difference: both are "since HEAD".
        git(m_project, {"add", kTicket});

        const CliRun run = runM({"diff"}, m_project + "/apps"); // from a subfolder too
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.out, QString("helpdesk/doctypes/ticket/ticket.json (Ticket)\n"
                                  "  `status` options changed: +Escalated\n"
                                  "  permission for Support Agent: +delete\n"));
        git(m_project, {"commit", "-qam", "escalation"});
        QCOMPARE(runM({"diff"}, m_project).out, QString("no DocType changed since HEAD\n"));

        // Since the commit before, the same change shows.
        const CliRun older = runM({"diff", "HEAD~1"}, m_project);
        QVERIFY2(older.exitCode == 0, older.describe());
        QVERIFY(older.out.contains("`status` options changed: +Escalated"));
    }

    void addedRemovedAndRenamed()
    {
        // A field rename with the project's own command records it in renames.json.
        const CliRun rename =
            runM({"rename", "field", "Ticket", "resolution", "outcome"}, m_project);
        QVERIFY2(rename.exitCode == 0, rename.describe());
        QVERIFY(QFile::remove(m_project + "/apps/helpdesk/doctypes/contact/contact.json"));
        const CliRun run = runM({"diff"}, m_project);
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.contains("apps/helpdesk/doctypes/ticket/ticket.json (Ticket)\n"
                                  "  field `resolution` renamed to `outcome`\n"),
                 qPrintable(run.out));
        QVERIFY(run.out.contains("apps/helpdesk/doctypes/contact/contact.json (Contact)\n"
                                 "  DocType Contact removed\n"));
        git(m_project, {"checkout", "-q", "--", "."});
        git(m_project, {"clean", "-qfd"});
    }

    void brokenFileIsReported()
    {
        const QString ticket = m_project + '/' + kTicket;
        QVERIFY(fm::test::writeText(ticket, "{ not json"));
        const CliRun run = runM({"diff"}, m_project);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("is not a DocType"), qPrintable(run.out));
        git(m_project, {"checkout", "-q", "--", "."});
    }

    void refusals()
    {
        const CliRun unknown = runM({"diff", "nosuchbranch"}, m_project);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("unknown revision \"nosuchbranch\""), unknown.describe());
        const CliRun many = runM({"diff", "HEAD", "HEAD~1"}, m_project);
        QCOMPARE(many.exitCode, 2);

        QTemporaryDir plain;
        QVERIFY(copyTree(FM_SOURCE_DIR "/examples/helpdesk/apps", plain.path() + "/apps"));
        QVERIFY(QFile::copy(FM_SOURCE_DIR "/examples/helpdesk/m.json", plain.path() + "/m.json"));
        const CliRun noRepo = runM({"diff"}, plain.path());
        QCOMPARE(noRepo.exitCode, 1);
        QVERIFY2(noRepo.err.contains("no Git repository contains"), noRepo.describe());
        QVERIFY(noRepo.err.contains("git init"));
    }
};

QTEST_GUILESS_MAIN(TestDiffCommand)
#include "tst_diffcommand.moc"
