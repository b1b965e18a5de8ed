// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>

namespace fm::studio {

// A searchable list of DocType names (a Link or Table target): type to filter, any part
// of the name matches. A name that is no DocType can be typed too: the checks mark it.
class DocTypeCombo final : public QComboBox
{
    Q_OBJECT

public:
    explicit DocTypeCombo(QWidget *parent = nullptr);

    void setNames(const QStringList &names);
    // Shows `name` without reporting it as chosen.
    void setTarget(const QString &name);
    QString target() const { return m_target; }

signals:
    void targetChosen(const QString &name);

private:
    void choose(const QString &name);

    QString m_target;
};

} // namespace fm::studio
