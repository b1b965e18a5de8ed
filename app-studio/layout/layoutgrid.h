// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListView;
class QVBoxLayout;

namespace fm::studio {

class LayoutModel;

// Sections x columns as a grid: each section a frame with its label, "collapsible" and
// buttons to move, add a column and remove it; each column a list view over the
// LayoutModel (root = the column) that fields are dragged into, out of and within.
// Rebuilt when the number of sections or columns changes, refreshed otherwise.
class LayoutGrid final : public QWidget
{
    Q_OBJECT

public:
    explicit LayoutGrid(LayoutModel *model, QWidget *parent = nullptr);

    qsizetype sectionCount() const { return m_sections.size(); }
    QListView *columnView(qsizetype section, qsizetype column) const;
    QLineEdit *sectionLabelEdit(qsizetype section) const;
    QCheckBox *collapsibleBox(qsizetype section) const;

signals:
    void editRefused(const QString &message);

private:
    struct SectionWidgets
    {
        QPointer<QWidget> frame;
        QPointer<QLineEdit> label;
        QPointer<QCheckBox> collapsible;
        QList<QPointer<QListView>> columns;
    };

    void modelReset();
    void rebuild();
    void refresh();
    QWidget *buildSection(qsizetype section);
    QWidget *buildColumn(qsizetype section, qsizetype column, SectionWidgets &widgets);
    void showSelection(const QString &fieldname);
    void report(const Result<void> &result);

    LayoutModel *m_model;
    QVBoxLayout *m_layout;
    QList<SectionWidgets> m_sections;
    QList<qsizetype> m_shape; // columns per section, as built
};

} // namespace fm::studio
