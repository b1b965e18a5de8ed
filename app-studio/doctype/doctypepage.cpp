// SPDX-License-Identifier: MIT
#include "doctype/doctypepage.h"

#include "codeview/codeeditor.h"
#include "codeview/codeview.h"
#include "codeview/jsoneditor.h"
#include "designer/doctypeeditor.h"
#include "model/editorcontext.h"
#include "model/editorselection.h"
#include "model/renamecommand.h"
#include "project/projectmodel.h"
#include "schemaguard/saveflow.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTextBlock>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fm::studio {

DocTypePage::DocTypePage(core::ProjectModel *model, const QString &doctype, QWidget *parent)
    : EditorPage(parent)
    , m_model(model)
    , m_doctype(doctype)
    , m_selection(new EditorSelection(this))
    , m_editor(new DocTypeEditor(EditorContext{model, doctype, undoStack(), m_selection}, this))
    , m_saveFlow(new SaveFlow(model, this))
{
    setObjectName(editorId(doctype));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    connect(model, &core::ProjectModel::dirtyChanged, this,
            [this](const QString &name, bool dirty) {
                if (name == m_doctype)
                    emit dirtyChanged(dirty);
            });
    connect(model, &core::ProjectModel::saved, this, [this](const QString &name) {
        if (name == m_doctype)
            undoStack()->setClean();
    });
    connect(m_editor, &DocTypeEditor::renameFieldRequested, this,
            [this](const QString &, const QString &fieldname) { askRenameField(fieldname); });
}

void DocTypePage::askRenameField(const QString &fieldname)
{
    bool ok = false;
    const QString to =
        QInputDialog::getText(this, tr("Rename field"),
                              tr("New fieldname for \"%1\". References in this and other "
                                 "DocTypes follow, and the column keeps its data when the "
                                 "site is migrated.")
                                  .arg(fieldname),
                              QLineEdit::Normal, fieldname, &ok)
            .trimmed();
    if (!ok || to == fieldname)
        return;
    const Result<core::RenameEdit> edit =
        renameField(undoStack(), m_model, m_doctype, fieldname, to);
    if (!edit) {
        QMessageBox::warning(this, tr("Rename field"), edit.error().message());
        return;
    }
    m_selection->selectField(to);
    if (!edit->warnings.isEmpty())
        QMessageBox::information(this, tr("Rename field"), edit->warnings.join(QLatin1Char('\n')));
}

DocTypePage::~DocTypePage() = default;

QString DocTypePage::editorId(const QString &doctype)
{
    return QStringLiteral("doctype:") + doctype;
}

QWidget *DocTypePage::propertiesWidget() const
{
    return m_editor->propertiesWidget();
}

bool DocTypePage::isDirty() const
{
    return m_model->isDirty(m_doctype);
}

bool DocTypePage::save()
{
    return m_saveFlow->save({m_doctype});
}

void DocTypePage::discardChanges()
{
    (void)m_model->revert(m_doctype);
    undoStack()->clear();
}

QString DocTypePage::closeQuestion() const
{
    return tr("DocType %1 has unsaved changes. Save them before closing?").arg(m_doctype);
}

void DocTypePage::jumpTo(const QString &pointer, const core::SourceLocation &location)
{
    static const QRegularExpression fieldPointer(QStringLiteral("^/fields/(\\d+)"));
    const QRegularExpressionMatch field = fieldPointer.match(pointer);
    const core::DocType *doctype = m_model->doctype(m_doctype);
    if (field.hasMatch() && doctype) {
        const int index = field.captured(1).toInt();
        if (index < doctype->fields.size()) {
            m_editor->tabs()->setCurrentIndex(DocTypeEditor::FieldsTab);
            m_selection->selectField(doctype->fields.at(index).fieldname);
            return;
        }
    }
    if (pointer.startsWith(QLatin1String("/layout"))) {
        m_editor->tabs()->setCurrentIndex(DocTypeEditor::LayoutTab);
    } else if (pointer.startsWith(QLatin1String("/permissions"))) {
        m_editor->tabs()->setCurrentIndex(DocTypeEditor::PermissionsTab);
    } else if (!pointer.isEmpty()) {
        m_editor->tabs()->setCurrentIndex(DocTypeEditor::SettingsTab);
    } else {
        m_editor->tabs()->setCurrentIndex(DocTypeEditor::CodeTab);
        if (auto *code = m_editor->findChild<CodeView *>(); code && location.line > 0) {
            code->tabs()->setCurrentWidget(code->jsonEditor());
            CodeEditor *text = code->jsonEditor()->editor();
            QTextCursor cursor(text->document()->findBlockByNumber(location.line - 1));
            cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                                qMax(location.column - 1, 0));
            text->setTextCursor(cursor);
            text->setFocus();
        }
    }
}

} // namespace fm::studio
