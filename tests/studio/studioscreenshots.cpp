// SPDX-License-Identifier: MIT
// Grabs the Studio's main views as PNGs for docs/guide (scripts/studio-screenshots.sh):
//   fm_studio_screenshots <copy of examples/helpdesk> <output folder>
// Settings are QStandardPaths' test ones, so the user's own never show (or change).
#include "appearance/language.h"
#include "appearance/theme.h"
#include "designer/doctypeeditor.h"
#include "doctype/doctypepage.h"
#include "model/doctypecommand.h"
#include "model/editorselection.h"
#include "palette/commandpalette.h"
#include "problems/problemsview.h"
#include "project/projectfeature.h"
#include "project/projectmodel.h"
#include "project/projecttreeview.h"
#include "project/scaffold.h"
#include "project/siteplan.h"
#include "schemaguard/savedialog.h"
#include "shell/mainwindow.h"
#include "shell/studioapp.h"
#include "welcome/recentprojects.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace fm::studio;

namespace {

// Lets layouts, the background check and repaints finish.
void settle(int ms = 400)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The widget, or its top `height` pixels.
bool save(QWidget *widget, const QString &dir, const char *name, int height = -1)
{
    settle();
    const QString path = QDir(dir).filePath(QStringLiteral("studio-%1.png").arg(name));
    const QRect area(0, 0, widget->width(), height < 0 ? widget->height() : height);
    const bool ok = widget->grab(area).save(path);
    QTextStream(stdout) << (ok ? "wrote " : "cannot write ") << path << '\n';
    return ok;
}

// Unsaved edits the checker objects to: Ticket's customer Link to "Client" (an error)
// and options on a Data field (a warning).
void breakTicket(fm::core::ProjectModel *project)
{
    fm::core::DocType ticket = *project->doctype(QStringLiteral("Ticket"));
    for (fm::core::Field &field : ticket.fields) {
        if (field.fieldname == QLatin1String("customer"))
            field.options = QStringLiteral("Client");
        if (field.fieldname == QLatin1String("subject"))
            field.options = QStringLiteral("Short");
    }
    (void)project->setDocType(ticket);
    project->checkNow();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (app.arguments().size() != 3) {
        QTextStream(stderr) << "usage: fm_studio_screenshots <project copy> <output folder>\n";
        return 2;
    }
    const QString project = QDir(app.arguments().at(1)).absolutePath();
    const QString out = app.arguments().at(2);
    QDir().mkpath(out);
    QStandardPaths::setTestModeEnabled(true);
    setApplicationIdentity();
    QSettings().clear();
    installLanguage(); // the locale's, as m-studio does: the script runs it in English and German
    RecentProjects::add(QDir::home().filePath(QStringLiteral("projects/inventory"))); // missing
    RecentProjects::add(project);
    if (auto opened = fm::core::Project::open(project))
        (void)fm::core::createSite(*opened, QStringLiteral("demo"), QStringLiteral("Screenshot-1"));

    bool ok = true;
    {
        MainWindow window;
        window.resize(1440, 900);
        window.show();
        ok = save(&window, out, "start") && ok;

        window.openProject(project);
        breakTicket(window.project());
        projectTreeView(window)->selectDocType(QStringLiteral("Ticket"));
        ok = save(&window, out, "window") && ok;

        window.commandPalette()->popup();
        window.commandPalette()->lineEdit()->setText(QStringLiteral("new"));
        ok = save(&window, out, "palette") && ok;
        window.commandPalette()->hide();

        ProjectTreeView *tree = projectTreeView(window);
        tree->setFilter(QStringLiteral("invoice"));
        ok = save(window.dock(QStringLiteral("Project")), out, "project-filter", 160) && ok;
        tree->setFilter(QString());
        tree->selectDocType(QStringLiteral("Ticket"));

        ok = save(window.dock(QLatin1String(ids::kProblemsDock)), out, "problems", 100) && ok;

        // A DocType open: its designer, the Properties dock, and the plan of its edit.
        (void)window.project()->revert(QStringLiteral("Ticket"));
        DocTypePage *page = openDocTypeEditor(window, QStringLiteral("Ticket"));
        page->selection()->selectField(QStringLiteral("customer"));
        window.resize(1600, 980); // the designer, the tree and the properties side by side
        settle();
        ok = save(&window, out, "editor") && ok;
        page->editor()->tabs()->setCurrentIndex(DocTypeEditor::LayoutTab);
        settle();
        ok = save(page, out, "layout") && ok;
        page->editor()->tabs()->setCurrentIndex(DocTypeEditor::CodeTab);
        settle();
        ok = save(page, out, "code") && ok;
        page->editor()->tabs()->setCurrentIndex(DocTypeEditor::FieldsTab);
        pushEdit(page->undoStack(), window.project(), QStringLiteral("Ticket"),
                 QStringLiteral("Add field"), [](fm::core::DocType &d) {
                     fm::core::Field f;
                     f.fieldname = QStringLiteral("first_response_on");
                     f.fieldtype = QStringLiteral("Datetime");
                     f.label = QStringLiteral("First Response On");
                     d.fields << f;
                     d.layout[1].columns[1] << f.fieldname;
                     d.fields.removeIf(
                         [](const fm::core::Field &g) { return g.fieldname == u"resolution"; });
                     d.layout[2].columns[0].removeAll(QStringLiteral("resolution"));
                 });
        if (auto plan = fm::core::planSite(
                window.project()->project(), QString(),
                *fm::core::ProjectModel::runCheck(window.project()->checkInput()).registry)) {
            SaveDialog dialog(QStringLiteral("Ticket"), *plan, &window);
            dialog.show();
            settle();
            ok = save(&dialog, out, "save-dialog") && ok;
        }
        page->undoStack()->undo();

        window.theme()->setMode(ThemeManager::Mode::Dark);
        ok = save(&window, out, "dark") && ok;
        window.theme()->setMode(ThemeManager::Mode::Light);
        (void)window.project()->revert(QStringLiteral("Ticket"));
        window.close();
    }
    QSettings().clear();
    return ok ? 0 : 1;
}
