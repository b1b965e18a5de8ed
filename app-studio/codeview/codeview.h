// SPDX-License-Identifier: MIT
#pragma once

#include "model/editorcontext.h"

#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;

namespace fm::studio {

class JsonEditor;
class SourceFileView;

// The Code tab of a DocType editor: the DocType's JSON (JsonEditor) and its controller's
// header and source (SourceFileView), plus "Generate controller", which runs libcodegen
// as `m generate` does and keeps the user's code.
class CodeView final : public QWidget
{
    Q_OBJECT

public:
    CodeView(const EditorContext &context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    JsonEditor *jsonEditor() const { return m_json; }
    SourceFileView *headerView() const { return m_header; }
    SourceFileView *sourceView() const { return m_source; }
    QAction *generateAction() const { return m_generate; }
    QString status() const; // the outcome of the last generation

    // Refuses while a controller file has unsaved edits (the merge reads the disk).
    bool generateController();

private:
    void updateTabTitles();

    EditorContext m_context;
    QTabWidget *m_tabs;
    JsonEditor *m_json;
    SourceFileView *m_header;
    SourceFileView *m_source;
    QAction *m_generate;
    QLabel *m_status;
};

} // namespace fm::studio
