// SPDX-License-Identifier: MIT
// The permissions grid: actions toggled by clicks, rules added for known and new roles,
// removed, levels changed, refusals shown, each one undo step.
#include "designer/permissions/permissionsmodel.h"
#include "designer/permissions/permissionspanel.h"
#include "designerfixture.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>

using namespace fm::studio;
using fm::core::PermissionAction;

class TestDesignerPermissions : public QObject
{
    Q_OBJECT

private:
    DesignerFixture m_fx;
    std::unique_ptr<PermissionsPanel> m_panel;

    PermissionsModel *model() const { return m_panel->permissionsModel(); }
    QPushButton *button(const QString &text) const
    {
        for (QPushButton *b : m_panel->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }
    // Clicks the check box of a grid cell, as a user does.
    void clickCheck(int row, int column)
    {
        QTableView *grid = m_panel->grid();
        const QRect cell = grid->visualRect(model()->index(row, column));
        const int indicator = grid->style()->pixelMetric(QStyle::PM_IndicatorWidth);
        const int margin = grid->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1;
        const QPoint at(cell.left() + margin + indicator / 2, cell.center().y());
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, at);
    }

private slots:
    void init()
    {
        QVERIFY(m_fx.open());
        m_panel = std::make_unique<PermissionsPanel>(m_fx.context());
        m_panel->resize(1000, 400);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup()
    {
        m_panel.reset();
        m_fx.close();
    }

    void gridShowsTheRules()
    {
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(model()->columnCount(), 3 + 9);
        QCOMPARE(model()->headerData(PermissionsModel::actionColumn(PermissionAction::Amend),
                                     Qt::Horizontal),
                 QVariant(QStringLiteral("Amend")));
        const QModelIndex agentWrite =
            model()->index(1, PermissionsModel::actionColumn(PermissionAction::Write));
        QCOMPARE(agentWrite.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        const QModelIndex agentDelete =
            model()->index(1, PermissionsModel::actionColumn(PermissionAction::Delete));
        QCOMPARE(agentDelete.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void clickingTogglesAnAction()
    {
        const int deleteColumn = PermissionsModel::actionColumn(PermissionAction::Delete);
        clickCheck(1, deleteColumn);
        QVERIFY(m_fx.doctype().permissions.at(1).allows(PermissionAction::Delete));
        QCOMPARE(m_fx.stack->undoText(), QStringLiteral("Allow delete to Support Agent"));
        clickCheck(1, deleteColumn);
        QVERIFY(!m_fx.doctype().permissions.at(1).allows(PermissionAction::Delete));
        QCOMPARE(m_fx.stack->undoText(), QStringLiteral("Withdraw delete from Support Agent"));
        clickCheck(0, PermissionsModel::IfOwner);
        QVERIFY(m_fx.doctype().permissions.at(0).ifOwner);
        QCOMPARE(m_fx.stack->count(), 3);
        m_fx.stack->undo();
        m_fx.stack->undo();
        m_fx.stack->undo();
        QVERIFY(!m_fx.model->isDirty(QStringLiteral("Ticket")));
    }

    void submitNeedsASubmittableDocType()
    {
        const QModelIndex submit =
            model()->index(0, PermissionsModel::actionColumn(PermissionAction::Submit));
        QVERIFY(!(model()->flags(submit) & Qt::ItemIsEnabled));
        clickCheck(0, submit.column());
        QVERIFY(!m_fx.doctype().permissions.at(0).allows(PermissionAction::Submit));
        QVERIFY(m_fx.model->setDocType([&] {
            fm::core::DocType d = m_fx.doctype();
            d.isSubmittable = true;
            return d;
        }()));
        QVERIFY(model()->flags(submit) & Qt::ItemIsUserCheckable);
        clickCheck(0, submit.column());
        QVERIFY(m_fx.doctype().permissions.at(0).allows(PermissionAction::Submit));
    }

    void addRulesForKnownAndNewRoles()
    {
        const QStringList roles = model()->knownRoles();
        QVERIFY(roles.contains(QStringLiteral("Support Agent")));
        QVERIFY(roles.contains(QStringLiteral("Guest")));
        QVERIFY(roles.contains(QStringLiteral("Administrator")));
        QComboBox *picker = m_panel->rolePicker();
        picker->setCurrentText(QString());
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("Auditor"));
        button(QStringLiteral("Add rule"))->click();
        QCOMPARE(m_fx.doctype().permissions.size(), 3);
        QCOMPARE(m_fx.doctype().permissions.last().role, QStringLiteral("Auditor"));
        QCOMPARE(m_fx.doctype().permissions.last().actions, {PermissionAction::Read});
        QCOMPARE(m_fx.stack->undoText(), QStringLiteral("Add permission rule for Auditor"));
        QVERIFY(model()->knownRoles().contains(QStringLiteral("Auditor")));

        // The same role and level again is refused, and said so.
        button(QStringLiteral("Add rule"))->click();
        QCOMPARE(m_fx.doctype().permissions.size(), 3);
        QVERIFY(m_panel->refusal().contains("already has a rule for \"Auditor\" at level 0"));
        // An empty role too.
        picker->setCurrentText(QString());
        button(QStringLiteral("Add rule"))->click();
        QVERIFY(m_panel->refusal().contains("needs a role"));
        QCOMPARE(m_fx.stack->count(), 1);

        // At level 1 it is another rule.
        QVERIFY(model()->setData(model()->index(2, PermissionsModel::Level), 1));
        QCOMPARE(m_fx.doctype().permissions.last().permlevel, 1);
        QVERIFY(model()->setData(model()->index(2, PermissionsModel::Role), "Support Agent"));
        QCOMPARE(m_fx.doctype().permissions.last().role, QStringLiteral("Support Agent"));
        QVERIFY(!model()->setData(model()->index(2, PermissionsModel::Level), 0));
        QVERIFY(m_panel->refusal().contains("already has a rule for \"Support Agent\" at level 0"));
        QCOMPARE(m_fx.stack->count(), 3);
    }

    void removeARule()
    {
        const QByteArray before = m_fx.text();
        auto *remove = button(QStringLiteral("Remove rule"));
        m_panel->grid()->setCurrentIndex(model()->index(0, 0));
        QVERIFY(remove->isEnabled());
        remove->click();
        QCOMPARE(m_fx.doctype().permissions.size(), 1);
        QCOMPARE(m_fx.stack->undoText(),
                 QStringLiteral("Remove permission rule for System Manager"));
        QVERIFY(!remove->isEnabled()); // nothing selected after the change
        m_fx.stack->undo();
        QCOMPARE(m_fx.text(), before);
        QCOMPARE(model()->rowCount(), 2);
    }

    void coreDocTypesAreReadOnly()
    {
        DesignerFixture core;
        QVERIFY(core.open(QStringLiteral("User")));
        PermissionsModel user(core.context());
        QVERIFY(user.rowCount() > 0);
        const QModelIndex cell =
            user.index(0, PermissionsModel::actionColumn(PermissionAction::Amend));
        QVERIFY(!(user.flags(cell) & Qt::ItemIsUserCheckable));
        QVERIFY(!user.setData(cell, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(core.stack->count(), 0);
    }
};

QTEST_MAIN(TestDesignerPermissions)
#include "tst_designer_permissions.moc"
