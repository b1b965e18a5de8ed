// SPDX-License-Identifier: MIT
#pragma once

#include "designer/problemindex.h"
#include "model/editorcontext.h"

#include <QHash>
#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace fm::core {
struct DocType;
}

namespace fm::studio {

// A DocType's own settings: label, description, module, the flags (child, submittable,
// single, track changes, API), naming with a live preview of the next names, title and
// search fields, sort order. Each change is one undo step; problems the checks found at a
// setting are shown under it.
class SettingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPanel(const EditorContext &context, QWidget *parent = nullptr);

    QString refusal() const; // why the last edit was refused; empty when it was not
    QString problemText(const QString &key) const;
    QString previewText() const;

private:
    void row(QFormLayout *form, const QString &key, const QString &label, QWidget *editor);
    void refresh();
    void refreshNaming(const core::DocType &doctype);
    void refreshProblems();
    void commit(const QString &key, const QJsonValue &value, bool typing = false);
    void commitNaming(bool typing);
    void commitSort();
    void commitSearchFields();

    EditorContext m_context;
    ProblemIndex m_problems;
    QHash<QString, QLabel *> m_problemLabels; // setting key -> its marker
    QLineEdit *m_label;
    QPlainTextEdit *m_description;
    QComboBox *m_module;
    QHash<QString, QCheckBox *> m_flags;
    QComboBox *m_namingRule;
    QLineEdit *m_namingPattern;
    QComboBox *m_namingField;
    QLabel *m_preview;
    QComboBox *m_title;
    QListWidget *m_search;
    QComboBox *m_sortField;
    QComboBox *m_sortOrder;
    QLabel *m_refusal;
    bool m_updating = false;
};

} // namespace fm::studio
