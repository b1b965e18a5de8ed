// SPDX-License-Identifier: MIT
// Not a test (STYLE.md: benchmarks are built, not run by ctest): how long m-studio takes
// from "open this project" to a usable window (tree filled, Problems listed, painted),
// for generated projects of 100 and 1,000 DocTypes, and the memory it then holds.
//   QT_QPA_PLATFORM=offscreen build/dev/tests/bench_studio_open [counts...]
#include "generatedproject.h"
#include "problems/problemsmodel.h"
#include "problems/problemsview.h"
#include "project/projectfeature.h"
#include "project/projectmodel.h"
#include "project/projecttreemodel.h"
#include "project/projecttreeview.h"
#include "shell/mainwindow.h"
#include "shell/studioapp.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace fm::studio;

namespace {

// Resident memory in MiB (Linux), 0 elsewhere.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    setApplicationIdentity();
    QSettings().clear();
    QList<int> counts;
    for (const QString &arg : app.arguments().mid(1))
        counts << arg.toInt();
    if (counts.isEmpty())
        counts = {100, 1000};

    QTextStream out(stdout);
    for (int count : counts) {
        QTemporaryDir dir;
        if (!generated::writeProject(dir.path(), count)) {
            out << "cannot write the generated project\n";
            return 1;
        }
        const double before = residentMiB();
        QElapsedTimer modelClock;
        modelClock.start();
        const bool loads = bool(fm::core::ProjectModel::open(dir.path()));
        const qint64 modelOnly = modelClock.elapsed();
        MainWindow window;
        window.resize(1440, 900);
        window.show();
        QApplication::processEvents();
        QElapsedTimer clock;
        clock.start();
        if (!window.openProject(dir.path()))
            return 1;
        window.repaint(); // the tree and docks drawn once
        QApplication::processEvents();
        const qint64 opened = clock.elapsed();
        const int rows = projectTreeView(window)->treeModel()->rowCount();
        // What the Problems dock waits for after an edit: a check with one DocType
        // changed in memory (the median of five, each a different edit).
        fm::core::ProjectModel *project = window.project();
        const QString edited = project->doctypeNames().first();
        QList<qint64> checks;
        for (int i = 0; i < 5; ++i) {
            fm::core::DocType doctype = *project->doctype(edited);
            doctype.description = QStringLiteral("edit %1").arg(i);
            (void)project->setDocType(doctype);
            QElapsedTimer checkClock;
            checkClock.start();
            project->checkNow();
            checks << checkClock.elapsed();
        }
        std::sort(checks.begin(), checks.end());
        (void)project->revert(edited); // closing asks about unsaved edits otherwise
        out << QStringLiteral("%1 DocTypes: usable window in %2 ms (ProjectModel::open alone "
                              "%7 ms; %3 apps in the tree, %4 problems), +%5 MiB resident "
                              "since the files were written (%6 MiB in all); a check after "
                              "one edit %8 ms\n")
                   .arg(count)
                   .arg(opened)
                   .arg(rows)
                   .arg(problemsView(window)->problems()->rowCount())
                   .arg(residentMiB() - before, 0, 'f', 1)
                   .arg(residentMiB(), 0, 'f', 1)
                   .arg(loads ? modelOnly : -1)
                   .arg(checks.at(2));
        out.flush();
        window.closeProject();
    }
    QSettings().clear();
    return 0;
}
