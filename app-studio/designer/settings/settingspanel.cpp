// SPDX-License-Identifier: MIT
#include "designer/settings/settingspanel.h"

#include "designer/applyedit.h"
#include "designer/settings/namingpreview.h"
#include "meta/doctypeedits.h"
#include "project/projectmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace fm::studio {

namespace {

const QStringList kStandardColumns{QStringLiteral("modified"), QStringLiteral("creation"),
                                   QStringLiteral("name"), QStringLiteral("owner")};

// Fills a combo with `items` (text = data), plus `none` first when given, and selects
// `current` (added when missing, so a wrong value stays visible for its marker).
void fill(QComboBox *combo, const QStringList &items, const QString &current,
          const QString &none = QString())
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!none.isEmpty())
        combo->addItem(none, QString());
    for (const QString &item : items)
        combo->addItem(item, item);
    if (combo->findData(current) < 0)
        combo->addItem(current, current);
    combo->setCurrentIndex(combo->findData(current));
}

} // namespace

SettingsPanel::SettingsPanel(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_label(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_module(new QComboBox(this))
    , m_namingRule(new QComboBox(this))
    , m_namingPattern(new QLineEdit(this))
    , m_namingField(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_title(new QComboBox(this))
    , m_search(new QListWidget(this))
    , m_sortField(new QComboBox(this))
    , m_sortOrder(new QComboBox(this))
    , m_refusal(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPanel"));
    m_description->setMaximumHeight(70);
    m_description->setTabChangesFocus(true);
    m_namingRule->setObjectName(QStringLiteral("namingRule"));
    m_namingRule->addItem(tr("Random (UUID)"), QStringLiteral("uuid"));
    m_namingRule->addItem(tr("Series (e.g. TKT-00001)"), QStringLiteral("series"));
    m_namingRule->addItem(tr("Value of a field"), QStringLiteral("field"));
    m_namingRule->addItem(tr("Typed by the user"), QStringLiteral("prompt"));
    m_namingPattern->setObjectName(QStringLiteral("namingPattern"));
    m_namingPattern->setPlaceholderText(QStringLiteral("INV-.YYYY.-.#####"));
    m_namingPattern->setToolTip(tr("Parts separated by '.': YYYY, YY, MM, DD, one run of '#' "
                                   "for the counter, text with {fieldname} placeholders"));
    m_namingField->setObjectName(QStringLiteral("namingField"));
    m_preview->setObjectName(QStringLiteral("namingPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_search->setMaximumHeight(110);
    m_sortField->setObjectName(QStringLiteral("sortField"));
    m_sortOrder->setObjectName(QStringLiteral("sortOrder"));
    m_sortOrder->addItem(tr("descending"), QStringLiteral("desc"));
    m_sortOrder->addItem(tr("ascending"), QStringLiteral("asc"));
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_refusal->hide();

    auto *general = new QGroupBox(tr("DocType"), this);
    auto *generalForm = new QFormLayout(general);
    row(generalForm, QStringLiteral("label"), tr("Label"), m_label);
    row(generalForm, QStringLiteral("module"), tr("Module"), m_module);
    row(generalForm, QStringLiteral("description"), tr("Description"), m_description);
    const QList<std::pair<QString, QString>> flags{
        {QStringLiteral("is_child"), tr("Child table: its records are rows of another DocType")},
        {QStringLiteral("is_submittable"), tr("Submittable: draft, submitted, cancelled")},
        {QStringLiteral("is_single"), tr("Single: one record only (settings)")},
        {QStringLiteral("track_changes"), tr("Track changes: keep a version history")},
        {QStringLiteral("api_resource"), tr("REST API resource")},
    };
    for (const auto &[key, text] : flags) {
        auto *box = new QCheckBox(text, this);
        m_flags.insert(key, box);
        row(generalForm, key, QString(), box);
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) { commit(key, on); });
    }

    auto *naming = new QGroupBox(tr("Naming"), this);
    auto *namingForm = new QFormLayout(naming);
    row(namingForm, QStringLiteral("naming"), tr("Rule"), m_namingRule);
    namingForm->addRow(tr("Pattern"), m_namingPattern);
    namingForm->addRow(tr("Field"), m_namingField);
    namingForm->addRow(tr("Next names"), m_preview);

    auto *search = new QGroupBox(tr("Title, search and sort"), this);
    auto *searchForm = new QFormLayout(search);
    row(searchForm, QStringLiteral("title_field"), tr("Title field"), m_title);
    row(searchForm, QStringLiteral("search_fields"), tr("Search fields"), m_search);
    auto *sort = new QWidget(this);
    auto *sortLayout = new QHBoxLayout(sort);
    sortLayout->setContentsMargins(0, 0, 0, 0);
    sortLayout->addWidget(m_sortField, 1);
    sortLayout->addWidget(m_sortOrder);
    row(searchForm, QStringLiteral("sort"), tr("Sort by"), sort);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_refusal);
    layout->addWidget(general);
    layout->addWidget(naming);
    layout->addWidget(search);
    layout->addStretch();

    connect(m_label, &QLineEdit::textEdited, this,
            [this](const QString &text) { commit(QStringLiteral("label"), text, true); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { commit(QStringLiteral("description"), m_description->toPlainText(), true); });
    connect(m_module, &QComboBox::activated, this,
            [this] { commit(QStringLiteral("module"), m_module->currentData().toString()); });
    connect(m_namingRule, &QComboBox::activated, this, [this] { commitNaming(false); });
    connect(m_namingField, &QComboBox::activated, this, [this] { commitNaming(false); });
    connect(m_namingPattern, &QLineEdit::textEdited, this, [this] { commitNaming(true); });
    connect(m_title, &QComboBox::activated, this,
            [this] { commit(QStringLiteral("title_field"), m_title->currentData().toString()); });
    connect(m_search, &QListWidget::itemChanged, this, &SettingsPanel::commitSearchFields);
    connect(m_sortField, &QComboBox::activated, this, &SettingsPanel::commitSort);
    connect(m_sortOrder, &QComboBox::activated, this, &SettingsPanel::commitSort);
    connect(m_context.model, &core::ProjectModel::doctypeChanged, this,
            [this](const QString &name) {
                if (name == m_context.doctype)
                    refresh();
            });
    connect(m_context.model, &core::ProjectModel::diagnosticsChanged, this,
            &SettingsPanel::refreshProblems);
    setEnabled(m_context.model->isEditable(m_context.doctype));
    refresh();
}

void SettingsPanel::row(QFormLayout *form, const QString &key, const QString &label,
                        QWidget *editor)
{
    auto *problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("problem_") + key);
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    problem->hide();
    if (editor->objectName().isEmpty())
        editor->setObjectName(QStringLiteral("setting_") + key);
    m_problemLabels.insert(key, problem);
    if (label.isEmpty())
        form->addRow(editor);
    else
        form->addRow(label, editor);
    // A row of its own under the editor: a word-wrapped label gets its height there.
    form->addRow(QString(), problem);
}

QString SettingsPanel::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

QString SettingsPanel::problemText(const QString &key) const
{
    const QLabel *label = m_problemLabels.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

QString SettingsPanel::previewText() const
{
    return m_preview->text();
}

void SettingsPanel::refresh()
{
    const core::DocType *doctype = m_context.model->doctype(m_context.doctype);
    if (!doctype)
        return;
    m_updating = true;
    if (m_label->text() != doctype->label)
        m_label->setText(doctype->label);
    m_label->setPlaceholderText(doctype->name);
    if (m_description->toPlainText() != doctype->description)
        m_description->setPlainText(doctype->description);
    QStringList modules;
    for (const core::AppInfo &app : m_context.model->apps()) {
        if (m_context.model->doctypeNames(app.name).contains(m_context.doctype))
            modules = app.modules;
    }
    fill(m_module, modules, doctype->module, tr("(none)"));
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        const QSignalBlocker blocker(*it);
        (*it)->setChecked(core::docTypeSetting(*doctype, it.key()).toBool());
    }
    const QStringList fields = doctype->fieldnames();
    fill(m_title, fields, doctype->titleField, tr("(none)"));
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        QStringList ordered = doctype->searchFields; // chosen ones first, in their order
        for (const QString &name : fields) {
            if (!ordered.contains(name))
                ordered << name;
        }
        for (const QString &name : ordered) {
            auto *item = new QListWidgetItem(name, m_search);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(doctype->searchFields.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
    }
    fill(m_sortField, kStandardColumns + fields, doctype->sortField);
    {
        const QSignalBlocker blocker(m_sortOrder);
        m_sortOrder->setCurrentIndex(doctype->sortDescending ? 0 : 1);
    }
    refreshNaming(*doctype);
    m_updating = false;
    refreshProblems();
}

void SettingsPanel::refreshNaming(const core::DocType &doctype)
{
    const QSignalBlocker rule(m_namingRule);
    const QString ruleName = core::docTypeSetting(doctype, QStringLiteral("naming"))
                                 .toString()
                                 .section(QLatin1Char(':'), 0, 0);
    m_namingRule->setCurrentIndex(m_namingRule->findData(ruleName));
    const bool series = doctype.naming.rule == core::Naming::Rule::Series;
    const bool byField = doctype.naming.rule == core::Naming::Rule::Field;
    m_namingPattern->setEnabled(series);
    if (series && m_namingPattern->text() != doctype.naming.pattern)
        m_namingPattern->setText(doctype.naming.pattern);
    m_namingField->setEnabled(byField);
    fill(m_namingField, doctype.fieldnames(), byField ? doctype.naming.field : QString(),
         tr("(choose a field)"));

    const NamingPreview preview = previewNames(doctype, 3);
    if (!preview.problem.isEmpty())
        m_preview->setText(tr("No names: %1").arg(preview.problem));
    else if (byField)
        m_preview->setText(
            tr("The value of \"%1\" in each new document").arg(doctype.naming.field));
    else if (doctype.naming.rule == core::Naming::Rule::Prompt)
        m_preview->setText(tr("Typed by the user for each new document"));
    else
        m_preview->setText(preview.names.join(QStringLiteral(", ")) + QStringLiteral(", …"));
}

void SettingsPanel::refreshProblems()
{
    m_problems.rebuild(*m_context.model, m_context.doctype);
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString text = ProblemIndex::describe(m_problems.under(QLatin1Char('/') + it.key()));
        (*it)->setText(text);
        (*it)->setVisible(!text.isEmpty());
    }
}

void SettingsPanel::commit(const QString &key, const QJsonValue &value, bool typing)
{
    if (m_updating)
        return;
    const Result<bool> pushed = applyEdit(
        m_context, tr("Set %1 of %2").arg(key, m_context.doctype),
        [&](const core::DocType &d) { return core::setDocTypeSetting(d, key, value); },
        typing ? mergeKey(m_context, QString(), key) : QString());
    m_refusal->setVisible(!pushed);
    if (!pushed) {
        m_refusal->setText(pushed.error().message());
        refresh(); // back to what the DocType holds
    }
}

void SettingsPanel::commitNaming(bool typing)
{
    const core::DocType *doctype = m_context.model->doctype(m_context.doctype);
    if (!doctype || m_updating)
        return;
    const QString rule = m_namingRule->currentData().toString();
    QString naming = rule;
    if (rule == QLatin1String("series")) {
        QString pattern = m_namingPattern->text();
        if (doctype->naming.rule != core::Naming::Rule::Series && pattern.isEmpty())
            pattern = doctype->tableName().left(3).toUpper() + QStringLiteral("-.#####");
        naming += QLatin1Char(':') + pattern;
    } else if (rule == QLatin1String("field")) {
        QString field = m_namingField->currentData().toString();
        if (field.isEmpty()) // switching to "by field": start with the title field
            field = doctype->titleField.isEmpty() ? doctype->fieldnames().value(0)
                                                  : doctype->titleField;
        naming += QLatin1Char(':') + field;
        typing = false;
    }
    commit(QStringLiteral("naming"), naming, typing);
}

void SettingsPanel::commitSort()
{
    commit(QStringLiteral("sort"), m_sortField->currentData().toString() + QLatin1Char(' ') +
                                       m_sortOrder->currentData().toString());
}

void SettingsPanel::commitSearchFields()
{
    QJsonArray names;
    for (int i = 0; i < m_search->count(); ++i) {
        if (m_search->item(i)->checkState() == Qt::Checked)
            names << m_search->item(i)->text();
    }
    commit(QStringLiteral("search_fields"), names);
}

} // namespace fm::studio
