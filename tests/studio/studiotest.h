// SPDX-License-Identifier: MIT
#pragma once

// Shared by the Studio tests: settings isolated in QStandardPaths' test mode, copies of
// the demo project, and answering the modal dialogs the real widgets open.

#include "shell/studioapp.h"
#include "testfiles.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace studiotest {

// Settings go to a folder of this test process (the Studio's tests run side by side and
// all carry the Studio's name); each test case starts from none and leaves none behind.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    fm::studio::setApplicationIdentity();
    static const QTemporaryDir folder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings().clear();
    QSettings().sync();
}

// examples/helpdesk copied into `dir`; its path, or empty when a file did not copy.
inline QString copyHelpdesk(const QTemporaryDir &dir,
                            const QString &name = QStringLiteral("helpdesk"))
{
    const QString target = QDir(dir.path()).filePath(name);
    for (const char *part : {"m.json", "apps"}) {
        const QString from =
            QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk/") + QLatin1String(part);
        const QString to = QDir(target).filePath(QLatin1String(part));
        if (QFileInfo(from).isDir() ? !copyTree(from, to)
                                    : (!QDir().mkpath(target) || !QFile::copy(from, to)))
            return {};
    }
    return target;
}

// Every file and folder under `dir`, relative, sorted: compared before and after.
inline QStringList listing(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries << QDir(dir).relativeFilePath(it.next());
    entries.sort();
    return entries;
}

// Answers the next modal dialogs (QMessageBox::exec, QInputDialog, ...) one after the
// other, from inside each dialog's own event loop. Keeps the message boxes' texts.
class ModalAnswer final : public QObject
{
public:
    using Answer = std::function<void(QWidget *)>;

    explicit ModalAnswer(Answer answer)
        : ModalAnswer(QList<Answer>{std::move(answer)})
    {}
    explicit ModalAnswer(QList<Answer> answers)
        : m_answers(std::move(answers))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || m_answers.isEmpty())
                return;
            m_last = modal;
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                m_texts << box->text() + QLatin1Char('\n') + box->informativeText();
            else
                m_texts << modal->windowTitle();
            m_answers.takeFirst()(modal);
            if (m_answers.isEmpty())
                m_timer.stop();
        });
        m_timer.start();
    }

    bool answered() const { return m_answers.isEmpty(); }
    QString text() const { return m_texts.value(m_texts.size() - 1); }
    QStringList texts() const { return m_texts; }

    // Clicks the message box's button of that role.
    static Answer click(QMessageBox::StandardButton button)
    {
        return [button](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal); box && box->button(button))
                box->button(button)->click();
            else
                modal->close();
        };
    }
    // Types into the dialog's line edit and accepts (QInputDialog).
    static Answer type(const QString &text)
    {
        return [text](QWidget *modal) {
            if (auto *edit = modal->findChild<QLineEdit *>())
                edit->setText(text);
            QMetaObject::invokeMethod(modal, "accept");
        };
    }

private:
    QList<Answer> m_answers;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    QStringList m_texts;
};

} // namespace studiotest
