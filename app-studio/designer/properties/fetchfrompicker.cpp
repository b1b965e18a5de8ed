// SPDX-License-Identifier: MIT
#include "designer/properties/fetchfrompicker.h"

#include "meta/metaregistry.h"
#include "project/projectmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace fm::studio {

FetchFromPicker::FetchFromPicker(core::ProjectModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_link(new QComboBox(this))
    , m_target(new QComboBox(this))
{
    m_link->setAccessibleName(tr("Link field to fetch through"));
    m_target->setAccessibleName(tr("Field of the linked DocType"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_link, 1);
    layout->addWidget(new QLabel(QStringLiteral("."), this));
    layout->addWidget(m_target, 1);

    connect(m_link, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const QString link = m_link->currentData().toString();
        fillTargets(link);
        if (link.isEmpty())
            emit fetchFromChanged(QString());
        else if (!m_target->currentData().toString().isEmpty())
            emit fetchFromChanged(value());
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && !m_target->currentData().toString().isEmpty())
            emit fetchFromChanged(value());
    });
}

void FetchFromPicker::setValue(const core::DocType &doctype, const QString &fieldname,
                               const QString &fetchFrom)
{
    m_updating = true;
    m_linkTargets.clear();
    m_link->clear();
    m_link->addItem(tr("(none)"), QString());
    const core::FieldTypeRegistry &types = m_model->fieldTypes();
    for (const core::Field &field : doctype.fields) {
        const core::FieldTypeInfo type = types.type(field.fieldtype);
        if (field.fieldname == fieldname || type.options != core::OptionsKind::DocType ||
            type.isTable)
            continue;
        m_linkTargets.insert(field.fieldname, field.options);
        m_link->addItem(QStringLiteral("%1 → %2").arg(field.fieldname, field.options),
                        field.fieldname);
    }
    const QString link = fetchFrom.section(QLatin1Char('.'), 0, 0);
    const QString target = fetchFrom.section(QLatin1Char('.'), 1);
    int linkIndex = m_link->findData(link);
    if (linkIndex < 0 && !link.isEmpty()) { // not a Link field: show it, the checks mark it
        m_link->addItem(link, link);
        linkIndex = m_link->count() - 1;
    }
    m_link->setCurrentIndex(qMax(linkIndex, 0));
    fillTargets(link);
    int targetIndex = m_target->findData(target);
    if (targetIndex < 0 && !target.isEmpty()) {
        m_target->addItem(target, target);
        targetIndex = m_target->count() - 1;
    }
    m_target->setCurrentIndex(qMax(targetIndex, 0));
    m_updating = false;
}

QString FetchFromPicker::value() const
{
    const QString link = m_link->currentData().toString();
    const QString target = m_target->currentData().toString();
    return link.isEmpty() || target.isEmpty() ? QString() : link + QLatin1Char('.') + target;
}

void FetchFromPicker::fillTargets(const QString &linkField)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_target->clear();
    m_target->addItem(tr("(choose a field)"), QString());
    // The registry has the linked DocType with the fields extensions add to it.
    if (const core::DocType *target = m_model->registry().doctype(m_linkTargets.value(linkField))) {
        for (const core::Field &field : target->fields) {
            if (!m_model->fieldTypes().type(field.fieldtype).isTable)
                m_target->addItem(field.fieldname, field.fieldname);
        }
    }
    m_target->setEnabled(!linkField.isEmpty());
    m_updating = wasUpdating;
}

} // namespace fm::studio
