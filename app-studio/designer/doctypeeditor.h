// SPDX-License-Identifier: MIT
#pragma once

#include "designer/problemindex.h"
#include "model/editorcontext.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace fm::studio {

class FieldsPage;
class PermissionsPanel;
class PropertyEditor;
class SettingsPanel;
class IndexesPanel;
class ViewsPanel;

// The editor of one DocType: a banner while it has errors, and the sub-views Fields |
// Layout (LayoutEditor) | Permissions | Settings | Code (CodeView) over one EditorContext. The
// property editor of the selected field is separate (propertiesWidget()) so the main window can put
// it in its Properties dock; it belongs to this editor wherever it is shown.
class DocTypeEditor final : public QWidget
{
    Q_OBJECT

public:
    enum Page { FieldsTab, LayoutTab, PermissionsTab, SettingsTab, CodeTab };

    explicit DocTypeEditor(const EditorContext &context, QWidget *parent = nullptr);
    ~DocTypeEditor() override;

    const EditorContext &context() const { return m_context; }
    QWidget *propertiesWidget() const;
    PropertyEditor *propertyEditor() const;
    QTabWidget *tabs() const { return m_tabs; }
    // Replaces a sub-view (the main window may bring its own).
    void setPage(Page page, QWidget *widget);

    FieldsPage *fieldsPage() const { return m_fields; }
    PermissionsPanel *permissionsPanel() const { return m_permissions; }
    SettingsPanel *settingsPanel() const { return m_settings; }
    IndexesPanel *indexesPanel() const { return m_indexes; }
    ViewsPanel *viewsPanel() const { return m_views; }
    QString bannerText() const; // empty while the DocType has no errors

signals:
    void renameFieldRequested(const QString &doctype, const QString &fieldname);

private:
    QWidget *settingsPage();
    void refreshBanner();

    EditorContext m_context;
    ProblemIndex m_problems;
    QLabel *m_banner;
    QTabWidget *m_tabs;
    FieldsPage *m_fields;
    PermissionsPanel *m_permissions;
    SettingsPanel *m_settings = nullptr;
    IndexesPanel *m_indexes = nullptr;
    ViewsPanel *m_views = nullptr;
    QPointer<PropertyEditor> m_properties;
};

} // namespace fm::studio
