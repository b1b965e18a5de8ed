// SPDX-License-Identifier: MIT
#include "designer/doctypeeditor.h"

#include "codeview/codeview.h"
#include "designer/fieldspage.h"
#include "designer/permissions/permissionspanel.h"
#include "designer/properties/propertyeditor.h"
#include "designer/settings/indexespanel.h"
#include "designer/settings/settingspanel.h"
#include "designer/settings/viewspanel.h"
#include "layout/layouteditor.h"
#include "project/projectmodel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fm::studio {

DocTypeEditor::DocTypeEditor(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_banner(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_fields(new FieldsPage(context, this))
    , m_permissions(new PermissionsPanel(context, this))
    , m_properties(new PropertyEditor(context, this))
{
    setObjectName(QStringLiteral("doctypeEditor"));
    m_properties->hide(); // shown where the main window puts it
    m_banner->setObjectName(QStringLiteral("problemBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1f11; "
                                           "border: 1px solid #f5c6cb; padding: 6px; }"));
    m_banner->hide();

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_fields, tr("Fields"));
    m_tabs->addTab(new LayoutEditor(context, this), tr("Layout"));
    m_tabs->addTab(m_permissions, tr("Permissions"));
    m_tabs->addTab(settingsPage(), tr("Settings"));
    m_tabs->addTab(new CodeView(context, this), tr("Code"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(m_properties, &PropertyEditor::renameFieldRequested, this,
            &DocTypeEditor::renameFieldRequested);
    connect(m_context.model, &core::ProjectModel::diagnosticsChanged, this,
            &DocTypeEditor::refreshBanner);
    refreshBanner();
}

DocTypeEditor::~DocTypeEditor()
{
    delete m_properties.data(); // also when the main window moved it into a dock
}

PropertyEditor *DocTypeEditor::propertyEditor() const
{
    return m_properties;
}

QWidget *DocTypeEditor::propertiesWidget() const
{
    return m_properties;
}

void DocTypeEditor::setPage(Page page, QWidget *widget)
{
    const QString title = m_tabs->tabText(page);
    QWidget *old = m_tabs->widget(page);
    m_tabs->removeTab(page);
    m_tabs->insertTab(page, widget, title);
    if (old)
        old->deleteLater();
}

QString DocTypeEditor::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QWidget *DocTypeEditor::settingsPage()
{
    m_settings = new SettingsPanel(m_context, this);
    m_indexes = new IndexesPanel(m_context, this);
    m_views = new ViewsPanel(m_context, this);
    auto *indexes = new QGroupBox(tr("Indexes"), this);
    (new QVBoxLayout(indexes))->addWidget(m_indexes);
    auto *views = new QGroupBox(tr("Views"), this);
    (new QVBoxLayout(views))->addWidget(m_views);

    auto *page = new QWidget(this);
    auto *right = new QVBoxLayout;
    right->addWidget(indexes);
    right->addWidget(views);
    right->addStretch();
    auto *columns = new QHBoxLayout(page);
    columns->addWidget(m_settings, 1);
    columns->addLayout(right, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

void DocTypeEditor::refreshBanner()
{
    m_problems.rebuild(*m_context.model, m_context.doctype);
    const int errors = m_problems.errorCount();
    if (errors == 0) {
        m_banner->hide();
        return;
    }
    core::Diagnostic first;
    for (const core::Diagnostic &d : m_problems.all()) {
        if (d.severity == core::Diagnostic::Severity::Error) {
            first = d;
            break;
        }
    }
    const QString count = errors == 1 ? tr("1 error in %1").arg(m_context.doctype)
                                      : tr("%1 errors in %2").arg(errors).arg(m_context.doctype);
    m_banner->setText(tr("%1; it can be saved only with \"Save with errors\". Line %2: %3")
                          .arg(count)
                          .arg(first.location.line)
                          .arg(first.message));
    m_banner->show();
}

} // namespace fm::studio
