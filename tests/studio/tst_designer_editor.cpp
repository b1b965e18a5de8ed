// SPDX-License-Identifier: MIT
// The DocType editor: its sub-views, the property editor it hands to the main window,
// the error banner. With FM_SCREENSHOT_DIR set (under Xvfb), it also writes the
// screenshots of docs/guide/images/studio-designer-*.png.
#include "codeview/codeview.h"
#include "designer/doctypeeditor.h"
#include "designer/fieldspage.h"
#include "designer/properties/doctypecombo.h"
#include "designer/properties/propertyeditor.h"
#include "designerfixture.h"
#include "layout/layouteditor.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTableView>

using namespace fm::studio;

class TestDesignerEditor : public QObject
{
    Q_OBJECT

private:
    DesignerFixture m_fx;

    // An editor with its property editor beside it, as the main window docks it.
    struct Window
    {
        std::unique_ptr<QWidget> host = std::make_unique<QWidget>();
        DocTypeEditor *editor = nullptr;
    };
    Window window(const QSize &size = QSize(1500, 860))
    {
        Window w;
        w.editor = new DocTypeEditor(m_fx.context(), w.host.get());
        auto *layout = new QHBoxLayout(w.host.get());
        layout->addWidget(w.editor, 1);
        QWidget *properties = w.editor->propertiesWidget();
        properties->setParent(w.host.get());
        properties->setFixedWidth(380);
        layout->addWidget(properties);
        properties->show();
        w.host->resize(size);
        w.host->show();
        return w;
    }

    void save(QWidget *widget, const QString &name)
    {
        QTest::qWait(50); // let layouts settle as the event loop would
        const QPixmap shot = widget->grab();
        QVERIFY(!shot.isNull());
        const QString dir = qEnvironmentVariable("FM_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(
                shot.save(QDir(dir).filePath(QStringLiteral("studio-designer-%1.png").arg(name))));
        }
    }

private slots:
    void init() { QVERIFY(m_fx.open()); }
    void cleanup() { m_fx.close(); }

    void hasTheSubViews()
    {
        DocTypeEditor editor(m_fx.context());
        QTabWidget *tabs = editor.tabs();
        QCOMPARE(tabs->count(), 5);
        const QStringList titles{"Fields", "Layout", "Permissions", "Settings", "Code"};
        for (int i = 0; i < tabs->count(); ++i)
            QCOMPARE(tabs->tabText(i), titles.at(i));
        QVERIFY(qobject_cast<LayoutEditor *>(tabs->widget(DocTypeEditor::LayoutTab)));
        QVERIFY(qobject_cast<CodeView *>(tabs->widget(DocTypeEditor::CodeTab)));
        QVERIFY(editor.propertiesWidget());
        QVERIFY(!editor.propertiesWidget()->isVisible());

        auto *layout = new QLineEdit;
        layout->setObjectName(QStringLiteral("layoutEditor"));
        editor.setPage(DocTypeEditor::LayoutTab, layout);
        QCOMPARE(tabs->widget(DocTypeEditor::LayoutTab), layout);
        QCOMPARE(tabs->tabText(DocTypeEditor::LayoutTab), QStringLiteral("Layout"));
        QCOMPARE(tabs->count(), 5);
    }

    void propertyEditorGoesWithTheEditor()
    {
        QPointer<QWidget> properties;
        {
            QWidget dock;
            auto *editor = new DocTypeEditor(m_fx.context());
            properties = editor->propertiesWidget();
            properties->setParent(&dock); // the main window moves it into its dock
            delete editor;
            QVERIFY(properties.isNull());
        }
    }

    void selectionIsShared()
    {
        Window w = window();
        QTableView *list = w.editor->fieldsPage()->listView();
        list->setCurrentIndex(list->model()->index(4, 0));
        QCOMPARE(m_fx.selection->field(), QStringLiteral("customer"));
        QCOMPARE(w.editor->propertyEditor()->field(), QStringLiteral("customer"));
    }

    void bannerWhileTheDocTypeHasErrors()
    {
        DocTypeEditor editor(m_fx.context());
        editor.show();
        m_fx.model->checkNow();
        QVERIFY(editor.bannerText().isEmpty());
        fm::core::DocType broken = m_fx.doctype();
        broken.fields[4].options = QStringLiteral("Client");
        broken.titleField = QStringLiteral("nope");
        QVERIFY(m_fx.setAndCheck(broken));
        const QString banner = editor.bannerText();
        QVERIFY2(banner.startsWith("2 errors in Ticket; it can be saved only with"),
                 qPrintable(banner));
        m_fx.model->revert(QStringLiteral("Ticket"));
        m_fx.model->checkNow();
        QVERIFY(editor.bannerText().isEmpty());
    }

    void screenshots()
    {
        Window w = window();
        m_fx.selection->selectField(QStringLiteral("customer"));
        save(w.host.get(), QStringLiteral("fields"));

        // A Link to nothing, marked at the property and in the banner.
        auto *target = qobject_cast<DocTypeCombo *>(
            w.editor->propertyEditor()->editorFor(QStringLiteral("options")));
        QVERIFY(target);
        target->lineEdit()->selectAll();
        QTest::keyClicks(target->lineEdit(), QStringLiteral("Client"));
        QTest::keyClick(target->lineEdit(), Qt::Key_Return);
        m_fx.model->checkNow();
        QVERIFY(!w.editor->propertyEditor()->problemText(QStringLiteral("options")).isEmpty());
        save(w.host.get(), QStringLiteral("problem"));
        m_fx.stack->undo();
        m_fx.model->checkNow();

        m_fx.selection->selectField(QStringLiteral("status"));
        w.editor->tabs()->setCurrentIndex(DocTypeEditor::PermissionsTab);
        save(w.host.get(), QStringLiteral("permissions"));
        w.editor->tabs()->setCurrentIndex(DocTypeEditor::SettingsTab);
        save(w.host.get(), QStringLiteral("settings"));
    }
};

QTEST_MAIN(TestDesignerEditor)
#include "tst_designer_editor.moc"
