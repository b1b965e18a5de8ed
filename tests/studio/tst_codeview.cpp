// SPDX-License-Identifier: MIT
// The Code tab: JSON edits located when wrong and undoable when right, changes from
// elsewhere shown without an undo loop, highlighting in light and dark palettes, and
// "Generate controller" keeping the user's code.
#include "codeview/builtinhighlighter.h"
#include "codeview/codeeditor.h"
#include "codeview/codeview.h"
#include "codeview/controllergeneration.h"
#include "codeview/highlighting.h"
#include "codeview/jsoneditor.h"
#include "codeview/sourcefileview.h"
#include "layout/layoutcommands.h"
#include "studiofixture.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocument>

using namespace fm::studio;

namespace {

const QString kTicket = QStringLiteral("Ticket");
const QString kCategory = QStringLiteral("Ticket Category");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// The format the highlighter gave the character at `position` of `document`.
QTextCharFormat formatAt(QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        const int at = position - block.position();
        if (at >= range.start && at < range.start + range.length)
            return range.format;
    }
    return {};
}

// Relative luminance contrast (WCAG) between two colours.
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xd4, 0xd4, 0xd4));
    palette.setColor(QPalette::Window, QColor(0x25, 0x25, 0x26));
    return palette;
}

} // namespace

class TestCodeView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StudioFixture> f;

    // Replaces the first occurrence of `from` in the JSON editor, as typing would.
    static void replaceInEditor(JsonEditor *json, const QString &from, const QString &to)
    {
        QString text = json->editor()->toPlainText();
        const qsizetype at = text.indexOf(from);
        QVERIFY2(at >= 0, qPrintable(from));
        QTextCursor cursor(json->editor()->document());
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + from.size()), QTextCursor::KeepAnchor);
        cursor.insertText(to);
    }

private slots:
    void init()
    {
        f = std::make_unique<StudioFixture>();
        QVERIFY(f->open());
    }
    void cleanup() { f.reset(); }

    void showsTheTextSaveWouldWrite()
    {
        CodeView view(f->context(kTicket));
        QCOMPARE(view.jsonEditor()->editor()->toPlainText().toUtf8(), f->text(kTicket));
        QCOMPARE(view.tabs()->count(), 3);
        QCOMPARE(view.tabs()->tabText(0), QStringLiteral("ticket.json"));
        QCOMPARE(view.tabs()->tabText(1), QStringLiteral("ticket_controller.h"));
        QVERIFY(view.headerView()->exists());
        QVERIFY(view.headerView()->editor()->toPlainText().contains("class TicketController"));
    }

    void aTypoIsLocatedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("words"); // in the problem's message
        QTest::addColumn<QString>("at");    // on the problem's line, or the one before
        QTest::addColumn<int>("below");     // 1: the problem is on the line after `at`
        QTest::newRow("syntax") << "\"module\": \"Support\","
                                << "\"module\": \"Support\""
                                << ""
                                << "\"module\"" << 1; // found at the next key
        QTest::newRow("unknown type") << "\"fieldtype\": \"Date\""
                                      << "\"fieldtype\": \"Dat\""
                                      << "Dat"
                                      << "\"Dat\"" << 0;
        QTest::newRow("unknown key") << "\"track_changes\""
                                     << "\"track_change\""
                                     << "track_change"
                                     << "\"track_change\"" << 0;
        QTest::newRow("rename") << "\"name\": \"Ticket\""
                                << "\"name\": \"Issue\""
                                << "Rename"
                                << "\"Issue\"" << 0;
    }
    void aTypoIsLocatedAndChangesNothing()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, words);
        QFETCH(QString, at);
        QFETCH(int, below);
        CodeView view(f->context(kTicket));
        view.show();
        JsonEditor *json = view.jsonEditor();
        const QByteArray before = f->text(kTicket);
        replaceInEditor(json, from, to);
        json->applyNow();
        const fm::core::Diagnostic &problem = json->problem();
        QVERIFY(!problem.message.isEmpty());
        QVERIFY2(problem.message.contains(words), qPrintable(problem.message));
        QVERIFY(problem.location.line > 0);
        QVERIFY(problem.location.column > 0);
        const QString line =
            json->editor()->document()->findBlockByNumber(problem.location.line - 1 - below).text();
        QVERIFY2(line.contains(at), qPrintable(line));
        auto *bar = json->findChild<QPushButton *>(QStringLiteral("problemBar"));
        QVERIFY(bar->isVisible());
        QVERIFY(bar->text().contains(QStringLiteral("Line %1").arg(problem.location.line)));
        // The underline is there, and the bar jumps to the place.
        QCOMPARE(json->editor()->extraSelections().size(), 2);
        bar->click();
        QCOMPARE(json->editor()->textCursor().blockNumber() + 1, problem.location.line);
        // Nothing reached the model.
        QCOMPARE(f->text(kTicket), before);
        QCOMPARE(f->undoStack.count(), 0);
        QVERIFY(!f->model->isDirty(kTicket));
    }

    void aValidEditIsOneUndoStep()
    {
        CodeView view(f->context(kTicket));
        JsonEditor *json = view.jsonEditor();
        const QByteArray before = f->text(kTicket);
        replaceInEditor(json, "\"label\": \"Due On\"", "\"label\": \"Due Date\"");
        replaceInEditor(json, "\"track_changes\": true,\n", QString());
        // After the pause, without any call.
        QTRY_COMPARE_WITH_TIMEOUT(f->undoStack.count(), 1, 3000);
        QCOMPARE(f->undoStack.text(0), QStringLiteral("Edit JSON"));
        QCOMPARE(f->doctype(kTicket).field("due_on")->label, QStringLiteral("Due Date"));
        QVERIFY(!f->doctype(kTicket).trackChanges);
        QVERIFY(json->problem().message.isEmpty());
        QVERIFY(f->model->isDirty(kTicket));
        // Undo brings back the DocType and the text, without a new step.
        f->undoStack.undo();
        QCOMPARE(f->text(kTicket), before);
        QCOMPARE(json->editor()->toPlainText().toUtf8(), before);
        QTest::qWait(JsonEditor::kDelayMs + 100);
        QCOMPARE(f->undoStack.count(), 1);
        QCOMPARE(f->undoStack.index(), 0);
        // Only layout or spacing changed: the DocType is the same, no step.
        replaceInEditor(json, "\"name\": \"Ticket\",", "\"name\":    \"Ticket\",");
        json->applyNow();
        QCOMPARE(f->undoStack.index(), 0);
    }

    void aProblemTheDocTypeAlreadyHadDoesNotBlockEdits()
    {
        QVERIFY(layoutcommands::unplaceField(f->context(kTicket), QStringLiteral("contact")));
        CodeView view(f->context(kTicket));
        JsonEditor *json = view.jsonEditor();
        replaceInEditor(json, "\"label\": \"Due On\"", "\"label\": \"Due\"");
        json->applyNow();
        QVERIFY2(json->problem().message.isEmpty(), qPrintable(json->problem().message));
        QCOMPARE(f->undoStack.count(), 2);
        QCOMPARE(f->doctype(kTicket).field("due_on")->label, QStringLiteral("Due"));
        // A second, new problem of the same kind is refused.
        replaceInEditor(json, "\"customer\", \"customer_name\"]", "\"customer\"]");
        json->applyNow();
        QVERIFY(json->problem().message.contains(QStringLiteral("customer_name")));
        QCOMPARE(f->undoStack.count(), 2);
    }

    void aChangeFromElsewhereReplacesTheText()
    {
        CodeView view(f->context(kTicket));
        view.resize(900, 600);
        view.show();
        CodeEditor *editor = view.jsonEditor()->editor();
        editor->moveCursorTo(20, 5);
        QVERIFY(layoutcommands::renameSection(f->context(kTicket), 1, QStringLiteral("When")));
        QCOMPARE(editor->toPlainText().toUtf8(), f->text(kTicket));
        QVERIFY(editor->toPlainText().contains("\"label\": \"When\""));
        QCOMPARE(editor->textCursor().blockNumber(), 19);
        QCOMPARE(editor->textCursor().positionInBlock(), 4);
        // No loop: the replacement is not an edit of ours.
        QTest::qWait(JsonEditor::kDelayMs + 100);
        QCOMPARE(f->undoStack.count(), 1);
        // Undo reaches the text too.
        f->undoStack.undo();
        QVERIFY(editor->toPlainText().contains("\"label\": \"Dates\""));
        // A pending invalid edit gives way to the model's value.
        replaceInEditor(view.jsonEditor(), "\"module\"", "\"modul\"");
        f->undoStack.redo();
        QVERIFY(editor->toPlainText().contains("\"module\""));
        QVERIFY(view.jsonEditor()->problem().message.isEmpty());
        QTest::qWait(JsonEditor::kDelayMs + 100);
        QCOMPARE(f->undoStack.count(), 1);
    }

    void undoKeysInTheEditorUndoTheDocType()
    {
        CodeView view(f->context(kTicket));
        view.show();
        QVERIFY(layoutcommands::renameSection(f->context(kTicket), 1, QStringLiteral("When")));
        CodeEditor *editor = view.jsonEditor()->editor();
        editor->setFocus();
        QTest::keySequence(editor, QKeySequence::Undo);
        QCOMPARE(f->undoStack.index(), 0);
        QVERIFY(editor->toPlainText().contains("\"label\": \"Dates\""));
        QTest::keySequence(editor, QKeySequence::Redo);
        QCOMPARE(f->undoStack.index(), 1);
    }

    void highlightsJsonKeysAndCppKeywords()
    {
        QTextDocument json(QStringLiteral("{\"name\": \"Ticket\", \"n\": 12, \"ok\": true}"));
        auto *jsonHighlighter = new JsonHighlighter(&json);
        const SyntaxColors light = SyntaxColors::forPalette(QPalette(Qt::white));
        jsonHighlighter->setColors(light);
        QCOMPARE(formatAt(&json, 2).foreground().color(), light.key); // "name"
        QCOMPARE(formatAt(&json, 2).fontWeight(), int(QFont::Bold));
        QCOMPARE(formatAt(&json, 11).foreground().color(), light.string); // "Ticket"
        QCOMPARE(formatAt(&json, 24).foreground().color(), light.number); // 12
        QVERIFY(formatAt(&json, 0).foreground().style() == Qt::NoBrush);  // {

        QTextDocument cpp(QStringLiteral("class A final {}; // note\n/* a\nb */ int x = 1;\n"
                                         "    // fm:generated:begin constants"));
        auto *cppHighlighter = new CppHighlighter(&cpp);
        cppHighlighter->setColors(light);
        QCOMPARE(formatAt(&cpp, 0).foreground().color(), light.keyword); // class
        QCOMPARE(formatAt(&cpp, 20).foreground().color(), light.comment);
        const int second = cpp.findBlockByNumber(2).position();
        QCOMPARE(formatAt(&cpp, second).foreground().color(), light.comment);     // "b */"
        QCOMPARE(formatAt(&cpp, second + 5).foreground().color(), light.keyword); // int
        QCOMPARE(formatAt(&cpp, cpp.findBlockByNumber(3).position() + 8).foreground().color(),
                 light.marker);

        // A dark palette gets its own colours, readable on its base.
        const QPalette dark = darkPalette();
        const SyntaxColors night = SyntaxColors::forPalette(dark);
        QVERIFY(night.key != light.key);
        cppHighlighter->setColors(night);
        QCOMPARE(formatAt(&cpp, 0).foreground().color(), night.keyword);
        for (const QColor &colour : {night.key, night.string, night.number, night.keyword,
                                     night.comment, night.type, night.preprocessor, night.marker})
            QVERIFY2(contrast(colour, dark.color(QPalette::Base)) >= 4.0,
                     qPrintable(colour.name()));
        for (const QColor &colour : {light.key, light.string, light.number, light.keyword,
                                     light.comment, light.type, light.preprocessor, light.marker})
            QVERIFY2(contrast(colour, Qt::white) >= 4.0, qPrintable(colour.name()));
    }

    void theEditorsFollowAPaletteChange()
    {
        if (QByteArray(highlighterBackend()) != "built-in")
            QSKIP("KSyntaxHighlighting themes are that library's business");
        CodeEditor editor(CodeLanguage::Json);
        editor.setPlainText(QStringLiteral("{\"name\": 1}"));
        editor.setPalette(darkPalette());
        QCOMPARE(formatAt(editor.document(), 2).foreground().color(),
                 SyntaxColors::forPalette(darkPalette()).key);
    }

    void generateControllerWritesFilesAndKeepsUserCode()
    {
        const ControllerPaths paths = controllerPaths(*f->model, kCategory);
        QVERIFY(paths.header.endsWith("doctypes/ticket_category/ticket_category_controller.h"));
        QVERIFY(!QFileInfo::exists(paths.header));
        CodeView view(f->context(kCategory));
        QVERIFY(!view.headerView()->exists());
        QVERIFY(view.headerView()->editor()->isReadOnly());

        QVERIFY2(view.generateController(), qPrintable(view.status()));
        QVERIFY(view.status().contains(QStringLiteral("created")));
        QVERIFY(QFileInfo::exists(paths.header));
        QVERIFY(QFileInfo::exists(paths.source));
        QVERIFY(view.headerView()->exists());
        QVERIFY(view.headerView()->editor()->toPlainText().contains("kCategoryName"));
        const QString appDir = f->model->project().appDir(QStringLiteral("helpdesk"));
        QVERIFY(readFile(appDir + "/helpdesk_plugin.cpp").contains("TicketCategoryController"));
        QVERIFY(readFile(appDir + "/helpdesk_plugin.cpp").contains("TicketController"));

        // The user's code, written in the view and saved.
        const QString mine = QStringLiteral("\n// my own helper, kept on regeneration\n");
        view.sourceView()->editor()->appendPlainText(mine);
        QVERIFY(view.sourceView()->isModified());
        QVERIFY(!view.generateController()); // unsaved: refused
        QVERIFY(view.status().contains(QStringLiteral("Save or reload")));
        QVERIFY(view.sourceView()->save());
        QVERIFY(readFile(paths.source).contains(mine.trimmed().toUtf8()));

        // A new field, then generate again: the constants follow, the user code stays.
        QVERIFY(layoutcommands::addFieldOfType(f->context(kCategory), QStringLiteral("Data"),
                                               {0, 0, 2}));
        QVERIFY(view.generateController());
        QVERIFY(view.status().contains(QStringLiteral("updated")));
        QVERIFY(readFile(paths.header).contains("kData"));
        QVERIFY(readFile(paths.source).contains(mine.trimmed().toUtf8()));
        QVERIFY(view.headerView()->editor()->toPlainText().contains("kData"));
    }

    void generateControllerRefusesADocTypeWithErrors()
    {
        QVERIFY(layoutcommands::addFieldOfType(f->context(kCategory), QStringLiteral("Link"),
                                               {0, 0, 0})); // a Link without a target
        CodeView view(f->context(kCategory));
        QVERIFY(!view.generateController());
        QVERIFY2(view.status().contains(QStringLiteral("has errors")), qPrintable(view.status()));
        QVERIFY(!QFileInfo::exists(controllerPaths(*f->model, kCategory).header));
        CodeView core(f->context(QStringLiteral("User")));
        QVERIFY(!core.generateAction()->isEnabled());
        QVERIFY(core.jsonEditor()->editor()->isReadOnly());
        QVERIFY(!view.jsonEditor()->editor()->isReadOnly());
        QVERIFY(!generateController(*f->model, QStringLiteral("User")));
    }

    void savesAControllerFile()
    {
        CodeView view(f->context(kTicket));
        SourceFileView *source = view.sourceView();
        QVERIFY(source->exists());
        source->editor()->appendPlainText(QStringLiteral("// saved from the Studio"));
        QCOMPARE(view.tabs()->tabText(2), QStringLiteral("ticket_controller.cpp*"));
        QVERIFY(source->save());
        QVERIFY(readFile(source->path()).endsWith("// saved from the Studio"));
        QCOMPARE(view.tabs()->tabText(2), QStringLiteral("ticket_controller.cpp"));
        // Reload picks up another program's change.
        writeFile(source->path(), "// replaced\n");
        source->reload();
        QCOMPARE(source->editor()->toPlainText(), QStringLiteral("// replaced\n"));
    }
};

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
