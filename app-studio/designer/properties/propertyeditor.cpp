// SPDX-License-Identifier: MIT
#include "designer/properties/propertyeditor.h"

#include "designer/applyedit.h"
#include "meta/fieldproperties.h"
#include "model/editorselection.h"
#include "project/projectmodel.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fm::studio {

PropertyEditor::PropertyEditor(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_fieldProblems(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a field to see its properties."), this))
    , m_refusal(new QLabel(this))
    , m_body(new QWidget(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("propertyEditor"));
    m_title->setObjectName(QStringLiteral("propertyTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel *label : {m_fieldProblems, m_refusal}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setStyleSheet(QStringLiteral("color: #c0392b;"));
        label->hide();
    }
    m_fieldProblems->setObjectName(QStringLiteral("fieldProblems"));
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_fieldProblems);
    bodyLayout->addWidget(m_refusal);
    bodyLayout->addStretch(); // the form goes before it
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_body);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scroll, 1);

    connect(m_context.model, &core::ProjectModel::doctypeChanged, this,
            [this](const QString &name) {
                if (name == m_context.doctype)
                    refresh();
            });
    connect(m_context.model, &core::ProjectModel::diagnosticsChanged, this,
            &PropertyEditor::refreshProblems);
    if (m_context.selection) {
        connect(m_context.selection, &EditorSelection::fieldSelected, this,
                &PropertyEditor::showField);
        m_field = m_context.selection->field();
    }
    refresh();
}

QWidget *PropertyEditor::editorFor(const QString &key) const
{
    for (const PropertyRow &row : m_rows) {
        if (row.key == key)
            return row.editor;
    }
    return nullptr;
}

QString PropertyEditor::problemText(const QString &key) const
{
    for (const PropertyRow &row : m_rows) {
        if (row.key == key)
            return row.problem->isHidden() ? QString() : row.problem->text();
    }
    return QString();
}

QString PropertyEditor::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void PropertyEditor::showField(const QString &fieldname)
{
    m_field = fieldname;
    m_refusal->hide();
    refresh();
}

void PropertyEditor::refresh()
{
    const core::DocType *doctype = m_context.model->doctype(m_context.doctype);
    const core::Field *field = doctype ? doctype->field(m_field) : nullptr;
    m_placeholder->setVisible(!field);
    m_scroll->setVisible(field);
    if (!field) {
        m_fieldtype.clear();
        return;
    }
    if (!m_form || field->fieldtype != m_fieldtype || m_rows.isEmpty() ||
        m_form->property("fieldname").toString() != field->fieldname)
        rebuild(*doctype, *field);
    m_title->setText(tr("%1 · %2").arg(field->fieldname, field->fieldtype));
    for (const PropertyRow &row : std::as_const(m_rows))
        row.show(*doctype, *field);
    refreshProblems();
}

void PropertyEditor::rebuild(const core::DocType &doctype, const core::Field &field)
{
    Q_UNUSED(doctype);
    // The old rows may be the sender of the edit that led here (a type change): hide
    // them now and let the event loop delete them.
    if (m_form) {
        m_form->hide();
        m_form->deleteLater();
    }
    m_rows.clear();
    m_fieldtype = field.fieldtype;
    m_form = new QWidget(m_body);
    m_form->setProperty("fieldname", field.fieldname);
    m_formLayout = new QFormLayout(m_form);
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    PropertyRowContext context;
    context.model = m_context.model;
    context.type = m_context.model->fieldTypes().type(field.fieldtype);
    context.commit = [this](const QString &key, const QJsonValue &value, bool typing) {
        commit(key, value, typing);
    };
    context.rename = [this] {
        emit renameFieldRequested(m_context.doctype, m_field);
    };
    const bool editable = m_context.model->isEditable(m_context.doctype);
    for (const core::FieldProperty &property : core::fieldProperties()) {
        if (context.type.isValid() && !property.appliesTo(context.type))
            continue;
        PropertyRow row = createPropertyRow(property, context, m_form);
        row.editor->setEnabled(editable || property.kind == core::FieldProperty::Kind::Fieldname);
        auto *label =
            new QLabel(QCoreApplication::translate("FieldProperty", property.label), m_form);
        label->setBuddy(row.editor);
        m_formLayout->addRow(label, row.editor);
        m_formLayout->addRow(QString(), row.problem);
        m_rows << row;
    }
    auto *bodyLayout = static_cast<QVBoxLayout *>(m_body->layout());
    bodyLayout->insertWidget(bodyLayout->count() - 1, m_form);
    m_form->show(); // the layout would only show it from the event loop
}

void PropertyEditor::refreshProblems()
{
    m_problems.rebuild(*m_context.model, m_context.doctype);
    const core::DocType *doctype = m_context.model->doctype(m_context.doctype);
    const qsizetype index = doctype ? doctype->fieldnames().indexOf(m_field) : -1;
    const QString pointer = QStringLiteral("/fields/%1").arg(index);
    // Problems about a property that is missing are reported at the field's object.
    static const QHash<QString, QString> missingKey{
        {QStringLiteral("missing-options"), QStringLiteral("options")},
    };
    QHash<QString, core::Diagnostics> byKey;
    core::Diagnostics rest; // what no row shows: the object, a key the type does not use
    for (const QString &at : m_problems.pointersUnder(pointer)) {
        const QString key = at.section(QLatin1Char('/'), 3, 3);
        for (const core::Diagnostic &d : m_problems.at(at)) {
            const QString row = key.isEmpty() ? missingKey.value(d.code) : key;
            if (!row.isEmpty() && editorFor(row))
                byKey[row] << d;
            else
                rest << d;
        }
    }
    for (const PropertyRow &row : std::as_const(m_rows)) {
        const QString text = ProblemIndex::describe(byKey.value(row.key));
        row.problem->setText(text);
        row.problem->setVisible(index >= 0 && !text.isEmpty());
        row.editor->setToolTip(text);
    }
    m_fieldProblems->setText(ProblemIndex::describe(rest));
    m_fieldProblems->setVisible(index >= 0 && !rest.isEmpty());
}

void PropertyEditor::commit(const QString &key, const QJsonValue &value, bool typing)
{
    const QString fieldname = m_field;
    const core::FieldTypeRegistry &types = m_context.model->fieldTypes();
    const Result<bool> pushed = applyEdit(
        m_context, tr("Set %1 of %2").arg(key, fieldname),
        [&](const core::DocType &d) {
            return core::setFieldProperty(d, types, fieldname, key, value);
        },
        typing ? mergeKey(m_context, fieldname, key) : QString());
    if (!pushed) {
        m_refusal->setText(pushed.error().message());
        m_refusal->show();
        refresh(); // back to the value the DocType holds
        return;
    }
    m_refusal->hide();
}

} // namespace fm::studio
