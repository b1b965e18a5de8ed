// SPDX-License-Identifier: MIT
#include "erd/relationdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace fm::studio::erd {

RelationDialog::RelationDialog(const RelationProposal &proposal, QWidget *parent)
    : QDialog(parent)
    , m_proposal(proposal)
    , m_fieldname(new QLineEdit(proposal.fieldname, this))
    , m_label(new QLineEdit(proposal.label, this))
{
    setWindowTitle(tr("New %1 field").arg(proposal.fieldtype));
    m_fieldname->setObjectName(QStringLiteral("fieldname"));
    m_label->setObjectName(QStringLiteral("label"));
    // The loader's rule for fieldnames; a taken one is refused when the field is added.
    m_fieldname->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z][a-z0-9_]{0,63}")), m_fieldname));
    auto *form = new QFormLayout(this);
    auto *summary = new QLabel(
        proposal.fieldtype == QLatin1String("Table")
            ? tr("<b>%1</b> gets a Table field holding rows of the child DocType <b>%2</b>.")
                  .arg(proposal.source.toHtmlEscaped(), proposal.target.toHtmlEscaped())
            : tr("<b>%1</b> gets a Link field pointing at <b>%2</b>.")
                  .arg(proposal.source.toHtmlEscaped(), proposal.target.toHtmlEscaped()),
        this);
    summary->setWordWrap(true);
    form->addRow(summary);
    form->addRow(tr("&Fieldname:"), m_fieldname);
    form->addRow(tr("&Label:"), m_label);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Field"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fieldname, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
}

RelationProposal RelationDialog::proposal() const
{
    RelationProposal result = m_proposal;
    result.fieldname = m_fieldname->text().trimmed();
    result.label = m_label->text().trimmed();
    return result;
}

bool RelationDialog::ask(RelationProposal &proposal, QWidget *parent)
{
    RelationDialog dialog(proposal, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    proposal = dialog.proposal();
    return true;
}

} // namespace fm::studio::erd
