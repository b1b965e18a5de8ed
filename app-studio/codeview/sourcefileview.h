// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace fm::studio {

class CodeEditor;

// One C++ file of the DocType's controller, highlighted and editable, with Save and
// Reload. A file that does not exist yet shows how to create it and cannot be edited.
class SourceFileView final : public QWidget
{
    Q_OBJECT

public:
    explicit SourceFileView(const QString &path, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    CodeEditor *editor() const { return m_editor; }
    bool exists() const { return m_exists; }
    bool isModified() const;
    Result<void> save();
    void reload();

signals:
    void modifiedChanged(bool modified);

private:
    QString m_path;
    CodeEditor *m_editor;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_reload;
    bool m_exists = false;
};

} // namespace fm::studio
