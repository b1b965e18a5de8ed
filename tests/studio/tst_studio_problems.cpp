// SPDX-License-Identifier: MIT
// The Problems dock: `m check`'s diagnostics of the open project, relative locations,
// hints, the count in the title, refresh after an edit, and jumping from a row.
#include "problems/problemsmodel.h"
#include "problems/problemsview.h"
#include "project/projectfeature.h"
#include "project/projectmodel.h"
#include "project/projecttreeview.h"
#include "shell/actionregistry.h"
#include "shell/mainwindow.h"
#include "studiotest.h"

#include <QAction>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace fm::studio;

namespace {

// Replaces `from` by `to` in a file of the project; false when it is not there.
bool edit(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = file.readAll();
    file.close();
    if (!text.contains(from))
        return false;
    text.replace(from, to);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

const char kTicket[] = "apps/helpdesk/doctypes/ticket/ticket.json";

// The 1-based line of the first occurrence of `needle` in the file, 0 when absent.
int lineOf(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = file.readAll();
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : int(text.left(at).count('\n')) + 1;
}

} // namespace

class TestProblems : public QObject
{
    Q_OBJECT

private slots:
    void init() { studiotest::isolateSettings(); }
    void cleanupTestCase() { QSettings().clear(); }

    void cleanProjectHasNoProblems()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(studiotest::copyHelpdesk(dir)));
        ProblemsView *view = problemsView(window);
        QVERIFY(view);
        QCOMPARE(view->problems()->rowCount(), 0);
        QCOMPARE(window.dock(QLatin1String(ids::kProblemsDock))->windowTitle(),
                 QStringLiteral("Problems (0)"));
    }

    void rowsShowTheCheckersDiagnostics()
    {
        QTemporaryDir dir;
        const QString project = studiotest::copyHelpdesk(dir);
        QVERIFY(edit(QDir(project).filePath(QLatin1String(kTicket)), R"("options": "Customer")",
                     R"("options": "Client")"));
        MainWindow window;
        QVERIFY(window.openProject(project));
        ProblemsModel *model = problemsView(window)->problems();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(window.dock(QLatin1String(ids::kProblemsDock))->windowTitle(),
                 QStringLiteral("Problems (1)"));
        QCOMPARE(model->errorCount(), 1);
        QCOMPARE(model->index(0, ProblemsModel::SeverityColumn).data().toString(),
                 QStringLiteral("Error"));
        QVERIFY(!model->index(0, ProblemsModel::SeverityColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        const int line = lineOf(QDir(project).filePath(QLatin1String(kTicket)), "\"Client\"");
        QVERIFY(line > 0);
        const QString location = model->index(0, ProblemsModel::LocationColumn).data().toString();
        QVERIFY2(location.startsWith(QLatin1String(kTicket) + QStringLiteral(":%1:").arg(line)),
                 qPrintable(location));
        const QString message = model->index(0, ProblemsModel::MessageColumn).data().toString();
        QVERIFY2(message.contains(QStringLiteral("Client")), qPrintable(message));
        const QString tip =
            model->index(0, ProblemsModel::MessageColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Hint: ")), qPrintable(tip));
        QCOMPARE(model->index(0, 0).data(ProblemsModel::DocTypeRole).toString(),
                 QStringLiteral("Ticket"));
        QCOMPARE(model->headerData(ProblemsModel::LocationColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Location"));
    }

    void errorsComeBeforeWarnings()
    {
        QTemporaryDir dir;
        const QString project = studiotest::copyHelpdesk(dir);
        QVERIFY(edit(QDir(project).filePath(QLatin1String(kTicket)), R"("options": "Customer")",
                     R"("options": "Client", "colour": 1)"));
        MainWindow window;
        QVERIFY(window.openProject(project));
        ProblemsModel *model = problemsView(window)->problems();
        QVERIFY2(model->rowCount() >= 2, qPrintable(QString::number(model->rowCount())));
        bool seenWarning = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const bool error =
                model->diagnostic(row).severity == fm::core::Diagnostic::Severity::Error;
            QVERIFY(!(error && seenWarning));
            seenWarning = seenWarning || !error;
        }
    }

    void editsRefreshTheDockQuickly()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(studiotest::copyHelpdesk(dir)));
        ProblemsModel *model = problemsView(window)->problems();
        QCOMPARE(model->rowCount(), 0);

        fm::core::DocType ticket = *window.project()->doctype(QStringLiteral("Ticket"));
        for (fm::core::Field &field : ticket.fields) {
            if (field.fieldname == QLatin1String("customer"))
                field.options = QStringLiteral("Client");
        }
        QElapsedTimer clock;
        clock.start();
        QVERIFY(window.project()->setDocType(ticket));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 2000);
        const qint64 elapsed = clock.elapsed();
        qInfo("Problems refreshed %lld ms after the edit", elapsed);
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
        QCOMPARE(window.dock(QLatin1String(ids::kProblemsDock))->windowTitle(),
                 QStringLiteral("Problems (1)"));
        QVERIFY(window.project()->revert(QStringLiteral("Ticket")));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 2000);
    }

    void activatingARowEmitsTheDiagnostic()
    {
        QTemporaryDir dir;
        const QString project = studiotest::copyHelpdesk(dir);
        QVERIFY(edit(QDir(project).filePath(QLatin1String(kTicket)), R"("options": "Customer")",
                     R"("options": "Client")"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(project));
        ProblemsView *view = problemsView(window);
        QSignalSpy activated(view, &ProblemsView::problemActivated);
        QSignalSpy opened(projectTreeView(window), &ProjectTreeView::openDocTypeRequested);
        view->setCurrentIndex(view->problems()->index(0, 0));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("Ticket"));
        QCOMPARE(opened.size(), 1); // the DocType's editor is asked for
        QCOMPARE(opened.first().first().toString(), QStringLiteral("Ticket"));
        QCOMPARE(projectTreeView(window)->currentDocType(), QStringLiteral("Ticket"));
        const auto diagnostic = activated.first().at(1).value<fm::core::Diagnostic>();
        QCOMPARE(diagnostic.location.line,
                 lineOf(QDir(project).filePath(QLatin1String(kTicket)), "\"Client\""));
        // The location leads to the field through the project model.
        const QString pointer =
            window.project()->pointerAt(QStringLiteral("Ticket"), diagnostic.location);
        QVERIFY2(pointer.startsWith(QStringLiteral("/fields/")), qPrintable(pointer));

        // F8 walks to the (only) problem and activates it too.
        window.actionRegistry()->action(QLatin1String(ids::kNextProblem))->trigger();
        QCOMPARE(activated.size(), 2);
    }

    void closingTheProjectClearsTheRows()
    {
        QTemporaryDir dir;
        const QString project = studiotest::copyHelpdesk(dir);
        QVERIFY(edit(QDir(project).filePath(QLatin1String(kTicket)), R"("options": "Customer")",
                     R"("options": "Client")"));
        MainWindow window;
        QVERIFY(window.openProject(project));
        QCOMPARE(problemsView(window)->problems()->rowCount(), 1);
        QVERIFY(window.closeProject());
        QCOMPARE(problemsView(window)->problems()->rowCount(), 0);
        QCOMPARE(window.dock(QLatin1String(ids::kProblemsDock))->windowTitle(),
                 QStringLiteral("Problems (0)"));
        // Next Problem needs a project.
        QVERIFY(!window.actionRegistry()->action(QLatin1String(ids::kNextProblem))->isEnabled());
    }
};

QTEST_MAIN(TestProblems)
#include "tst_studio_problems.moc"
