// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"
#include "shell/editorpage.h"

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

class DocTypeEditor;
class EditorSelection;
class SaveFlow;

// The tab of one DocType: its designer (fields, layout, permissions, settings, code) over
// the page's undo stack. Dirty means the project model holds unsaved edits of it; saving
// goes through the schema-change guard (SaveFlow).
class DocTypePage final : public EditorPage
{
    Q_OBJECT

public:
    DocTypePage(core::ProjectModel *model, const QString &doctype, QWidget *parent = nullptr);
    ~DocTypePage() override;

    static QString editorId(const QString &doctype); // "doctype:<name>"

    QString doctype() const { return m_doctype; }
    DocTypeEditor *editor() const { return m_editor; }
    EditorSelection *selection() const { return m_selection; }
    SaveFlow *saveFlow() const { return m_saveFlow; }
    QWidget *propertiesWidget() const;

    bool isDirty() const override;
    bool save() override;
    void discardChanges() override;
    QString closeQuestion() const override;

    // Shows where a JSON pointer leads (a field, the layout, a permission rule, a setting);
    // without a pointer, the line in the code view.
    void jumpTo(const QString &pointer, const core::SourceLocation &location);

private:
    void askRenameField(const QString &fieldname);

    core::ProjectModel *m_model;
    QString m_doctype;
    EditorSelection *m_selection;
    DocTypeEditor *m_editor;
    SaveFlow *m_saveFlow;
};

class MainWindow;
// Opens the DocType's editor, or focuses it when open; nullptr when it is not in the
// project (doctypefeature.cpp).
DocTypePage *openDocTypeEditor(MainWindow &window, const QString &doctype);

} // namespace fm::studio
