// SPDX-License-Identifier: MIT
#include "formpreview/formpreview.h"

#include "formpreview/previewinputs.h"
#include "meta/layoutedits.h"
#include "model/editorselection.h"
#include "project/projectmodel.h"

#include <QEvent>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fm::studio {

namespace {

const char *const kFieldnameProperty = "fieldname";

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

} // namespace

FormPreview::FormPreview(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_layout(new QVBoxLayout(this))
{
    setToolTip(tr("What the Desk form will look like (read-only)"));
    connect(context.model, &core::ProjectModel::doctypeChanged, this, [this](const QString &name) {
        if (name == m_context.doctype)
            rebuild();
    });
    if (context.selection)
        connect(context.selection, &EditorSelection::fieldSelected, this,
                &FormPreview::showSelection);
    rebuild();
}

QWidget *FormPreview::input(const QString &fieldname) const
{
    return m_form ? m_form->findChild<QWidget *>(fieldname) : nullptr;
}

QList<QGroupBox *> FormPreview::sections() const
{
    return m_form ? m_form->findChildren<QGroupBox *>() : QList<QGroupBox *>();
}

void FormPreview::rebuild()
{
    if (m_form) {
        // Out of the tree at once (so lookups see only the new form), deleted later.
        m_form->hide();
        m_form->setParent(nullptr);
        m_form->deleteLater();
    }
    m_rows.clear();
    m_form = new QWidget(this);
    auto *form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_form);
    const core::DocType *doctype = m_context.model->doctype(m_context.doctype);
    if (!doctype)
        return;
    auto *title = new QLabel(
        tr("New %1").arg(doctype->label.isEmpty() ? doctype->name : doctype->label), m_form);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    form->addWidget(title);

    for (const core::LayoutSection &section : core::effectiveLayout(*doctype)) {
        auto *box = new QGroupBox(section.label, m_form);
        auto *content = new QWidget(box);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(content);
        if (section.collapsible) {
            box->setCheckable(true);
            box->setChecked(true);
            box->setToolTip(tr("Collapsible: the form can fold this section away"));
            connect(box, &QGroupBox::toggled, content, &QWidget::setVisible);
        }
        auto *columns = new QHBoxLayout(content);
        columns->setContentsMargins(0, 0, 0, 0);
        columns->setSpacing(16);
        for (const QStringList &names : section.columns) {
            auto *column = new QVBoxLayout;
            for (const QString &fieldname : names) {
                if (QFrame *row = buildRow(fieldname, content))
                    column->addWidget(row);
            }
            column->addStretch(1);
            columns->addLayout(column, 1);
        }
        form->addWidget(box);
    }
    form->addStretch(1);
    if (m_context.selection)
        showSelection(m_context.selection->field());
}

QFrame *FormPreview::buildRow(const QString &fieldname, QWidget *parent)
{
    const core::DocType *doctype = m_context.model->doctype(m_context.doctype);
    const core::Field *field = doctype->field(fieldname);
    if (!field || field->hidden)
        return nullptr; // Desk does not show hidden fields
    const core::FieldTypeInfo type = m_context.model->fieldTypes().type(field->fieldtype);
    auto *row = new QFrame(parent);
    row->setObjectName(QStringLiteral("row:") + fieldname);
    row->setProperty(kFieldnameProperty, fieldname);
    row->setToolTip(tr("%1 (%2)").arg(fieldname, field->fieldtype));
    row->installEventFilter(this);
    auto *box = new QVBoxLayout(row);
    box->setContentsMargins(4, 4, 4, 4);
    box->setSpacing(3);
    if (type.base != QLatin1String("Check")) {
        QString text = field->displayLabel().toHtmlEscaped();
        if (field->required)
            text += QStringLiteral(" <span style=\"color:#d93025\">*</span>");
        auto *label = new QLabel(text, row);
        label->setTextFormat(Qt::RichText);
        box->addWidget(label);
    }
    box->addWidget(preview::createInput(*field, type, *m_context.model, row));
    if (!field->description.isEmpty())
        box->addWidget(mutedLabel(field->description, row));
    m_rows.insert(fieldname, row);
    return row;
}

void FormPreview::showSelection(const QString &fieldname)
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        QFrame *row = it.value();
        const bool selected = it.key() == fieldname;
        row->setFrameShape(selected ? QFrame::StyledPanel : QFrame::NoFrame);
        row->setAutoFillBackground(selected);
        if (selected) {
            QPalette palette = row->palette();
            QColor colour = palette.color(QPalette::Highlight);
            colour.setAlpha(48);
            palette.setColor(QPalette::Window, colour);
            row->setPalette(palette);
        }
    }
}

bool FormPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && m_context.selection) {
        const QString fieldname = watched->property(kFieldnameProperty).toString();
        if (!fieldname.isEmpty()) {
            m_context.selection->selectField(fieldname);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FormPreview::changeEvent(QEvent *event)
{
    // Icons and colours drawn from the palette follow a switch to a dark theme.
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace fm::studio
