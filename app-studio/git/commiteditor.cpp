// SPDX-License-Identifier: MIT
#include "git/commiteditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fm::studio::git {

namespace {
constexpr int kSummaryLength = 50;
constexpr int kSummaryLimit = 72;
} // namespace

CommitEditor::CommitEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_amend(new QCheckBox(tr("Amend last commit"), this))
    , m_commit(new QPushButton(tr("Commit"), this))
{
    m_editor->setObjectName(QStringLiteral("commitMessage"));
    m_editor->setPlaceholderText(tr("Summary of the change (50 characters)\n\nWhy it was made"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(110);
    m_hint->setObjectName(QStringLiteral("commitHint"));
    m_commit->setObjectName(QStringLiteral("commitButton"));
    m_commit->setToolTip(tr("Commit the staged files (Ctrl+Return)"));
    m_commit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_amend->setObjectName(QStringLiteral("amendBox"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hint, 1);
    buttons->addWidget(m_amend);
    buttons->addWidget(m_commit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &CommitEditor::updateHint);
    connect(m_amend, &QCheckBox::toggled, this, [this](bool on) {
        if (on && message().trimmed().isEmpty())
            setMessage(m_lastMessage);
        m_commit->setText(on ? tr("Amend") : tr("Commit"));
        updateHint();
    });
    connect(m_commit, &QPushButton::clicked, this,
            [this] { emit commitRequested(message(), amend()); });
    updateHint();
}

QString CommitEditor::message() const
{
    return m_editor->toPlainText();
}

void CommitEditor::setMessage(const QString &message)
{
    m_editor->setPlainText(message);
}

bool CommitEditor::amend() const
{
    return m_amend->isChecked();
}

void CommitEditor::setAmend(bool amend)
{
    m_amend->setChecked(amend);
}

void CommitEditor::setLastMessage(const QString &message)
{
    m_lastMessage = message.trimmed();
    m_amend->setEnabled(!m_lastMessage.isEmpty());
}

void CommitEditor::setCommitEnabled(bool enabled)
{
    m_commitEnabled = enabled;
    updateHint();
}

QString CommitEditor::summaryHint(const QString &message, HintLevel *level)
{
    const QStringList lines = message.split(QLatin1Char('\n'));
    const int length = int(lines.value(0).trimmed().size());
    HintLevel found = HintLevel::Fine;
    QString text;
    if (length == 0) {
        text = tr("Write a summary line");
    } else if (length > kSummaryLimit) {
        found = HintLevel::TooLong;
        text = tr("Summary: %1 characters; tools cut it at %2").arg(length).arg(kSummaryLimit);
    } else if (length > kSummaryLength) {
        found = HintLevel::Long;
        text = tr("Summary: %1 characters; aim for %2").arg(length).arg(kSummaryLength);
    } else {
        text = tr("Summary: %1/%2").arg(length).arg(kSummaryLength);
    }
    if (lines.size() > 1 && !lines.at(1).trimmed().isEmpty()) {
        found = qMax(found, HintLevel::Long);
        text += tr("; leave the second line empty");
    }
    if (level)
        *level = found;
    return text;
}

void CommitEditor::updateHint()
{
    HintLevel level = HintLevel::Fine;
    m_hint->setText(summaryHint(message(), &level));
    QPalette palette = this->palette();
    if (level == HintLevel::TooLong)
        palette.setColor(QPalette::WindowText, QColor(0xd7, 0x3a, 0x49));
    else if (level == HintLevel::Long)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x7a, 0x00));
    m_hint->setPalette(palette);
    m_commit->setEnabled(m_commitEnabled && !message().trimmed().isEmpty());
}

} // namespace fm::studio::git
