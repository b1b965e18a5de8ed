// SPDX-License-Identifier: MIT
#pragma once

#include "erdgraph/erdedits.h"

#include <QDialog>

class QLineEdit;

namespace fm::studio::erd {

// Asked when a relation is drawn: the fieldname and label of the new Link or Table field,
// proposed from the target's name.
class RelationDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RelationDialog(const RelationProposal &proposal, QWidget *parent = nullptr);

    RelationProposal proposal() const;

    // Shows the dialog; false when cancelled, else `proposal` holds the user's choice.
    static bool ask(RelationProposal &proposal, QWidget *parent = nullptr);

private:
    RelationProposal m_proposal;
    QLineEdit *m_fieldname;
    QLineEdit *m_label;
};

} // namespace fm::studio::erd
