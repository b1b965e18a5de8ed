// SPDX-License-Identifier: MIT
// Grabs the ERD tab of the helpdesk demo for the Studio guide (not a test):
//   xvfb-run -s "-screen 0 1600x1000x24" build/dev/tests/erd_screenshot docs/guide/images
// writes studio-erd.png (the whole diagram, Ticket selected) and studio-erd-focus.png
// (focus on Ticket Category, one hop, search "customer").
#include "erd/erdscene.h"
#include "erd/erdview.h"
#include "erd/erdwidget.h"
#include "project/projectmodel.h"
#include "testfiles.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace fm::studio::erd;

namespace {

void settle(int ms = 400)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool grab(QWidget *widget, const QString &path)
{
    settle();
    const bool saved = widget->grab().save(path);
    QTextStream(stdout) << (saved ? "wrote " : "could not write ") << path << '\n';
    return saved;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("."));
    QTemporaryDir dir;
    if (!copyTree(QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk"), dir.path()))
        return 1;
    auto model = fm::core::ProjectModel::open(dir.path());
    if (!model)
        return 1;
    QUndoStack stack;
    ErdWidget widget(model->get(), &stack);
    widget.resize(1500, 900);
    widget.show();
    widget.scene()->waitForLayout();
    settle();
    widget.view()->zoomToFit();
    widget.scene()->selectDocType(QStringLiteral("Ticket"));
    bool ok = grab(&widget, out.filePath(QStringLiteral("studio-erd.png")));

    widget.findChild<QLineEdit *>(QStringLiteral("search"))->setText(QStringLiteral("customer"));
    widget.scene()->selectDocType(QStringLiteral("Ticket Category"));
    widget.findChild<QToolButton *>(QStringLiteral("focus"))->setChecked(true);
    widget.scene()->clearSelection();
    ok = grab(&widget, out.filePath(QStringLiteral("studio-erd-focus.png"))) && ok;
    return ok ? 0 : 1;
}
