// SPDX-License-Identifier: MIT
// Grabs the Layout and Code tabs of the helpdesk demo's Ticket for the Studio guide:
//   xvfb-run -s "-screen 0 1600x1000x24" build/dev/bin/studio_screenshots docs/guide/images
// With --dark as second argument, in a dark palette (files named *-dark.png), to check
// that the colours read well there too.
#include "codeview/codeeditor.h"
#include "codeview/codeview.h"
#include "codeview/jsoneditor.h"
#include "layout/layouteditor.h"
#include "model/editorcontext.h"
#include "model/editorselection.h"
#include "project/projectmodel.h"
#include "testfiles.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPalette>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

using namespace fm::studio;

namespace {

bool grab(QWidget *widget, const QString &path)
{
    widget->show();
    QEventLoop loop; // let layouts settle and paint
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
    QApplication::processEvents();
    const bool saved = widget->grab().save(path);
    QTextStream(stdout) << (saved ? "wrote " : "could not write ") << path << '\n';
    return saved;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const bool dark = argc > 2 && QByteArray(argv[2]) == "--dark";
    const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
    if (dark) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        palette.setColor(QPalette::Text, QColor(0xd4, 0xd4, 0xd4));
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        palette.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
        QApplication::setPalette(palette);
    }
    QDir().mkpath(out);
    QTemporaryDir dir;
    if (!copyTree(QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk"), dir.path()))
        return 1;
    auto model = fm::core::ProjectModel::open(dir.path());
    if (!model)
        return 1;
    QUndoStack stack;
    EditorSelection selection;
    const EditorContext context{model->get(), QStringLiteral("Ticket"), &stack, &selection};

    LayoutEditor layout(context);
    layout.resize(1500, 900);
    selection.selectField(QStringLiteral("status"));
    bool ok = grab(&layout, QDir(out).filePath(QStringLiteral("studio-layout") + suffix));

    CodeView code(context);
    code.resize(1200, 800);
    code.show(); // laid out, so the jump below can centre the line
    // Show a located problem, as a user would meet one.
    CodeEditor *editor = code.jsonEditor()->editor();
    QString text = editor->toPlainText();
    const qsizetype due = text.indexOf(QStringLiteral("\"fieldname\": \"due_on\""));
    const qsizetype type = text.indexOf(QStringLiteral("\"Date\""), due);
    text.replace(type, 6, QStringLiteral("\"Dat\""));
    editor->setPlainText(text);
    code.jsonEditor()->applyNow();
    code.jsonEditor()->jumpToProblem();
    ok = grab(&code, QDir(out).filePath(QStringLiteral("studio-code") + suffix)) && ok;
    return ok ? 0 : 1;
}
