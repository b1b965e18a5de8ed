// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fm::studio::git {

// The commit message editor under the Git dock's file list: the message, a hint on the
// summary line's length (50 is the convention, 72 where tools cut it), Amend and Commit.
class CommitEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit CommitEditor(QWidget *parent = nullptr);

    QString message() const;
    void setMessage(const QString &message);
    bool amend() const;
    void setAmend(bool amend);
    // The last commit's message: Amend fills an empty editor with it.
    void setLastMessage(const QString &message);
    void setCommitEnabled(bool enabled);

    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *hintLabel() const { return m_hint; }
    QPushButton *commitButton() const { return m_commit; }
    QCheckBox *amendBox() const { return m_amend; }

    enum class HintLevel { Fine, Long, TooLong };
    // The hint for `message` and how serious it is.
    static QString summaryHint(const QString &message, HintLevel *level = nullptr);

signals:
    void commitRequested(const QString &message, bool amend);

private:
    void updateHint();

    QPlainTextEdit *m_editor;
    QLabel *m_hint;
    QCheckBox *m_amend;
    QPushButton *m_commit;
    QString m_lastMessage;
    bool m_commitEnabled = true;
};

} // namespace fm::studio::git
