// SPDX-License-Identifier: MIT
#include "codeview/sourcefileview.h"

#include "codeview/codeeditor.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace fm::studio {

SourceFileView::SourceFileView(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_editor(new CodeEditor(CodeLanguage::Cpp, this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_reload(new QPushButton(tr("Reload"), this))
{
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_save);
    bar->addWidget(m_reload);
    box->addLayout(bar);
    box->addWidget(m_editor, 1);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const auto saved = save(); !saved)
            m_status->setText(saved.error().message());
    });
    connect(m_reload, &QPushButton::clicked, this, &SourceFileView::reload);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this](bool on) {
        m_save->setEnabled(on && m_exists);
        emit modifiedChanged(on);
    });
    reload();
}

bool SourceFileView::isModified() const
{
    return m_exists && m_editor->document()->isModified();
}

void SourceFileView::reload()
{
    QFile file(m_path);
    m_exists = file.open(QIODevice::ReadOnly);
    if (m_exists) {
        m_editor->replaceTextKeepingPosition(QString::fromUtf8(file.readAll()));
        m_status->setText(QFileInfo(m_path).fileName());
    } else {
        m_editor->setPlainText(QString());
        m_editor->setPlaceholderText(tr("%1 does not exist yet: \"Generate controller\" "
                                        "creates it.")
                                         .arg(QFileInfo(m_path).fileName()));
        m_status->setText(tr("No file yet"));
    }
    m_editor->setReadOnly(!m_exists);
    m_editor->document()->setModified(false);
    m_save->setEnabled(false);
    m_reload->setEnabled(m_exists);
}

Result<void> SourceFileView::save()
{
    if (!m_exists)
        return fail(ErrorCode::Io, tr("%1 does not exist yet; generate it first").arg(m_path));
    QSaveFile file(m_path);
    const QByteArray bytes = m_editor->toPlainText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ErrorCode::Io, tr("could not save %1: %2").arg(m_path, file.errorString()));
    }
    m_editor->document()->setModified(false);
    m_status->setText(tr("%1 saved").arg(QFileInfo(m_path).fileName()));
    return {};
}

} // namespace fm::studio
