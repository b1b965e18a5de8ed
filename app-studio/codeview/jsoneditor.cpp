// SPDX-License-Identifier: MIT
#include "codeview/jsoneditor.h"

#include "codeview/codeeditor.h"
#include "codeview/syntaxcolors.h"
#include "meta/doctypeloader.h"
#include "model/doctypecommand.h"
#include "project/projectmodel.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace fm::studio {

namespace {

QList<core::Diagnostic> errorsOf(const core::Diagnostics &diagnostics)
{
    QList<core::Diagnostic> errors;
    for (const core::Diagnostic &d : diagnostics) {
        if (d.severity == core::Diagnostic::Severity::Error)
            errors << d;
    }
    return errors;
}

// The errors of `edited` that `before` did not have (compared by code and message, as
// lines move when text is added above).
QList<core::Diagnostic> newErrors(const core::Diagnostics &edited, const core::Diagnostics &before)
{
    QList<core::Diagnostic> added;
    QList<core::Diagnostic> known = errorsOf(before);
    for (const core::Diagnostic &d : errorsOf(edited)) {
        const auto same = std::find_if(known.begin(), known.end(), [&d](const auto &k) {
            return k.code == d.code && k.message == d.message;
        });
        if (same == known.end())
            added << d;
        else
            known.erase(same);
    }
    return added;
}

} // namespace

JsonEditor::JsonEditor(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_editor(new CodeEditor(CodeLanguage::Json, this))
    , m_bar(new QPushButton(this))
{
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(0);
    box->addWidget(m_editor, 1);
    m_bar->setObjectName(QStringLiteral("problemBar"));
    m_bar->setFlat(true);
    m_bar->setToolTip(tr("Go to the problem"));
    m_bar->hide();
    box->addWidget(m_bar);
    m_editor->setUndoStack(context.undoStack);
    m_editor->setPlainText(QString::fromUtf8(context.model->text(context.doctype)));
    // The built-in app's DocTypes are shown, not edited (extend them from an app).
    m_editor->setReadOnly(!context.model->isEditable(context.doctype));

    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &JsonEditor::applyNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &JsonEditor::textEdited);
    connect(m_bar, &QPushButton::clicked, this, &JsonEditor::jumpToProblem);
    connect(context.model, &core::ProjectModel::doctypeChanged, this, &JsonEditor::modelChanged);
}

void JsonEditor::textEdited()
{
    if (!m_loading)
        m_delay.start();
}

void JsonEditor::applyNow()
{
    m_delay.stop();
    const QByteArray current = m_context.model->text(m_context.doctype);
    const QByteArray text = m_editor->toPlainText().toUtf8();
    if (text == current) {
        showProblem({});
        return;
    }
    const core::DocTypeLoader loader(m_context.model->fieldTypes());
    const QString file = m_context.model->filePath(m_context.doctype);
    core::Diagnostics diagnostics;
    const std::optional<core::DocType> loaded = loader.loadJson(text, file, diagnostics);
    core::Diagnostics before;
    loader.loadJson(current, file, before);
    const QList<core::Diagnostic> added = newErrors(diagnostics, before);
    if (!loaded || !added.isEmpty()) {
        showProblem(added.value(0, errorsOf(diagnostics).value(0)));
        return;
    }
    if (loaded->name != m_context.doctype) {
        core::Diagnostic rename;
        rename.location = loaded->locate(QStringLiteral("/name"));
        rename.code = QStringLiteral("rename-in-json");
        rename.message = tr("The name must stay \"%1\": a DocType is renamed with DocType > "
                            "Rename, which also renames its table and updates the DocTypes "
                            "that refer to it")
                             .arg(m_context.doctype);
        showProblem(rename);
        return;
    }
    showProblem({});
    m_applying = true;
    pushEdit(m_context.undoStack, m_context.model, m_context.doctype, tr("Edit JSON"),
             [&loaded](core::DocType &doctype) { doctype = *loaded; });
    m_applying = false;
}

void JsonEditor::modelChanged(const QString &name)
{
    if (name != m_context.doctype || m_applying)
        return;
    // A change from elsewhere wins over a pending edit of ours (it was not valid yet,
    // or is less than a pause old).
    m_delay.stop();
    const QString text = QString::fromUtf8(m_context.model->text(name));
    if (text != m_editor->toPlainText()) {
        m_loading = true;
        m_editor->replaceTextKeepingPosition(text);
        m_loading = false;
    }
    showProblem({});
}

void JsonEditor::showProblem(const core::Diagnostic &problem)
{
    m_problem = problem;
    if (problem.message.isEmpty()) {
        m_bar->hide();
        m_editor->setErrorAt(0, 0);
        return;
    }
    QString text = problem.location.line > 0 ? tr("Line %1, column %2: %3")
                                                   .arg(problem.location.line)
                                                   .arg(problem.location.column)
                                                   .arg(problem.message)
                                             : problem.message;
    if (!problem.hint.isEmpty())
        text += QStringLiteral(" (") + problem.hint + QLatin1Char(')');
    m_bar->setText(text);
    m_bar->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px; color: %1;")
                             .arg(SyntaxColors::forPalette(palette()).error.name()));
    m_bar->show();
    m_editor->setErrorAt(problem.location.line, problem.location.column);
}

void JsonEditor::jumpToProblem()
{
    if (m_problem.location.line > 0)
        m_editor->moveCursorTo(m_problem.location.line, m_problem.location.column);
}

} // namespace fm::studio
