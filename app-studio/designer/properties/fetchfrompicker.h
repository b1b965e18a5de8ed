// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;

namespace fm::core {
class ProjectModel;
struct DocType;
} // namespace fm::core

namespace fm::studio {

// fetch_from picked in two steps: one of the DocType's Link fields, then a field of the
// DocType it links to; reported as "link_field.target_field" (empty: fetch nothing).
class FetchFromPicker final : public QWidget
{
    Q_OBJECT

public:
    FetchFromPicker(core::ProjectModel *model, QWidget *parent = nullptr);

    // Lists the Link fields of `doctype` (but `fieldname`'s own) and shows `fetchFrom`
    // without reporting a change.
    void setValue(const core::DocType &doctype, const QString &fieldname, const QString &fetchFrom);
    QString value() const;
    QComboBox *linkCombo() const { return m_link; }
    QComboBox *targetCombo() const { return m_target; }

signals:
    void fetchFromChanged(const QString &fetchFrom);

private:
    void fillTargets(const QString &linkField);

    core::ProjectModel *m_model;
    QComboBox *m_link;
    QComboBox *m_target;
    QHash<QString, QString> m_linkTargets; // link fieldname -> DocType it links to
    bool m_updating = false;
};

} // namespace fm::studio
