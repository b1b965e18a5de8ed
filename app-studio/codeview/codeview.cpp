// SPDX-License-Identifier: MIT
#include "codeview/codeview.h"

#include "codeview/controllergeneration.h"
#include "codeview/jsoneditor.h"
#include "codeview/sourcefileview.h"
#include "project/projectmodel.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace fm::studio {

CodeView::CodeView(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_json(new JsonEditor(context))
    , m_generate(new QAction(tr("Generate controller"), this))
    , m_status(new QLabel(this))
{
    const ControllerPaths paths = controllerPaths(*context.model, context.doctype);
    m_header = new SourceFileView(paths.header);
    m_source = new SourceFileView(paths.source);

    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(0);
    auto *toolbar = new QToolBar(this);
    m_generate->setObjectName(QStringLiteral("generateController"));
    m_generate->setToolTip(tr("Write the controller, its test and reference page as `m "
                              "generate` does; code outside the generated regions is kept"));
    m_generate->setEnabled(context.model->isEditable(context.doctype));
    connect(m_generate, &QAction::triggered, this, &CodeView::generateController);
    toolbar->addAction(m_generate);
    m_status->setContentsMargins(8, 0, 8, 0);
    toolbar->addWidget(m_status);
    box->addWidget(toolbar);
    box->addWidget(m_tabs, 1);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_json, QFileInfo(context.model->filePath(context.doctype)).fileName());
    m_tabs->addTab(m_header, QString());
    m_tabs->addTab(m_source, QString());
    for (SourceFileView *view : {m_header, m_source})
        connect(view, &SourceFileView::modifiedChanged, this, &CodeView::updateTabTitles);
    updateTabTitles();
}

QString CodeView::status() const
{
    return m_status->text();
}

bool CodeView::generateController()
{
    for (SourceFileView *view : {m_header, m_source}) {
        if (view->isModified()) {
            m_status->setText(tr("Save or reload %1 first: generating merges into the file "
                                 "on disk")
                                  .arg(QFileInfo(view->path()).fileName()));
            return false;
        }
    }
    const auto outcomes = studio::generateController(*m_context.model, m_context.doctype);
    if (!outcomes) {
        m_status->setText(outcomes.error().message());
        return false;
    }
    int counts[3] = {0, 0, 0};
    QStringList lines;
    for (const codegen::FileOutcome &outcome : *outcomes) {
        ++counts[int(outcome.outcome)];
        lines << QStringLiteral("%1  %2").arg(codegen::outcomeName(outcome.outcome), outcome.path);
    }
    m_status->setText(tr("Generated: %1 created, %2 updated, %3 unchanged")
                          .arg(counts[int(codegen::WriteOutcome::Created)])
                          .arg(counts[int(codegen::WriteOutcome::Updated)])
                          .arg(counts[int(codegen::WriteOutcome::Unchanged)]));
    m_status->setToolTip(lines.join(QLatin1Char('\n')));
    m_header->reload();
    m_source->reload();
    updateTabTitles();
    return true;
}

void CodeView::updateTabTitles()
{
    for (SourceFileView *view : {m_header, m_source}) {
        const QString name = QFileInfo(view->path()).fileName();
        m_tabs->setTabText(m_tabs->indexOf(view),
                           view->isModified() ? name + QLatin1Char('*') : name);
    }
}

} // namespace fm::studio
