// SPDX-License-Identifier: MIT
// The Settings tab: DocType settings, naming with its live preview, title/search/sort,
// indexes and views, each change one undo step and refusals shown.
#include "designer/settings/indexespanel.h"
#include "designer/settings/namingpreview.h"
#include "designer/settings/settingspanel.h"
#include "designer/settings/viewspanel.h"
#include "designerfixture.h"
#include "meta/doctypeedits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>

using namespace fm::studio;

class TestDesignerSettings : public QObject
{
    Q_OBJECT

private:
    DesignerFixture m_fx;
    std::unique_ptr<SettingsPanel> m_panel;

    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_panel->findChild<T *>(name);
        if (!widget)
            qWarning() << "no" << name;
        return widget;
    }
    static void choose(QComboBox *combo, const QString &data)
    {
        combo->setCurrentIndex(combo->findData(data));
        QVERIFY(combo->currentIndex() >= 0);
        emit combo->activated(combo->currentIndex());
    }

private slots:
    void init()
    {
        QVERIFY(m_fx.open());
        m_panel = std::make_unique<SettingsPanel>(m_fx.context());
        m_panel->show();
    }
    void cleanup()
    {
        m_panel.reset();
        m_fx.close();
    }

    void previewNames_data()
    {
        QTest::addColumn<QString>("naming");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("problem");
        QTest::newRow("counter") << "series:TKT-.#####"
                                 << QStringList{"TKT-00001", "TKT-00002", "TKT-00003"} << "";
        QTest::newRow("date") << "series:INV-.YYYY.-.MM.-.###"
                              << QStringList{"INV-2026-03-001", "INV-2026-03-002",
                                             "INV-2026-03-003"}
                              << "";
        QTest::newRow("placeholder")
            << "series:{status}-.##" << QStringList{"{status}-01", "{status}-02", "{status}-03"}
            << "";
        QTest::newRow("no counter") << "series:TKT-.YYYY" << QStringList() << "counter";
        QTest::newRow("unknown placeholder") << "series:{nope}-.##" << QStringList() << "nope";
        QTest::newRow("prompt") << "prompt" << QStringList() << "";
    }
    void previewNames()
    {
        QFETCH(QString, naming);
        QFETCH(QStringList, names);
        QFETCH(QString, problem);
        auto doctype = fm::core::setDocTypeSetting(m_fx.doctype(), "naming", naming);
        QVERIFY(doctype);
        const NamingPreview preview = fm::studio::previewNames(*doctype, 3, QDate(2026, 3, 14));
        QCOMPARE(preview.names, names);
        QVERIFY2(problem.isEmpty() ? preview.problem.isEmpty() : preview.problem.contains(problem),
                 qPrintable(preview.problem));
    }

    void namingPreviewFollowsTheRule()
    {
        QCOMPARE(m_panel->previewText(), QStringLiteral("TKT-00001, TKT-00002, TKT-00003, …"));
        auto *pattern = child<QLineEdit>(QStringLiteral("namingPattern"));
        pattern->selectAll();
        QTest::keyClicks(pattern, QStringLiteral("INV-.YYYY.-.####"));
        const QString year = QString::number(QDate::currentDate().year());
        QCOMPARE(m_fx.doctype().naming.pattern, QStringLiteral("INV-.YYYY.-.####"));
        QCOMPARE(m_panel->previewText(),
                 QStringLiteral("INV-%1-0001, INV-%1-0002, INV-%1-0003, …").arg(year));
        QCOMPARE(m_fx.stack->count(), 1); // the whole pattern typed is one step
        QCOMPARE(m_fx.stack->undoText(), QStringLiteral("Set naming of Ticket"));

        // A pattern without a counter names nothing: said in the preview and, after a
        // check, at the setting with the loader's hint.
        pattern->selectAll();
        QTest::keyClicks(pattern, QStringLiteral("INV"));
        QVERIFY(m_panel->previewText().startsWith("No names:"));
        m_fx.model->checkNow();
        QVERIFY2(
            m_panel->problemText(QStringLiteral("naming")).contains("hint: date parts are YYYY"),
            qPrintable(m_panel->problemText(QStringLiteral("naming"))));

        choose(child<QComboBox>(QStringLiteral("namingRule")), QStringLiteral("field"));
        QCOMPARE(m_fx.doctype().naming.rule, fm::core::Naming::Rule::Field);
        QCOMPARE(m_fx.doctype().naming.field, QStringLiteral("subject")); // the title field
        QVERIFY(m_panel->previewText().contains("\"subject\""));
        choose(child<QComboBox>(QStringLiteral("namingRule")), QStringLiteral("uuid"));
        QCOMPARE(m_panel->previewText().count(QLatin1Char('-')), 3 * 4);
        m_fx.stack->undo();
        m_fx.stack->undo();
        QCOMPARE(m_fx.doctype().naming.pattern, QStringLiteral("INV"));
    }

    void conflictingFlagsAreRefused()
    {
        auto *submittable = child<QCheckBox>(QStringLiteral("setting_is_submittable"));
        auto *isChild = child<QCheckBox>(QStringLiteral("setting_is_child"));
        submittable->click();
        QVERIFY(m_fx.doctype().isSubmittable);
        isChild->click();
        QVERIFY(!m_fx.doctype().isChild);
        QVERIFY(!isChild->isChecked()); // back to what the DocType holds
        QVERIFY(m_panel->refusal().contains("clear \"is_submittable\" first"));
        QCOMPARE(m_fx.stack->count(), 1);
        submittable->click();
        isChild->click();
        QVERIFY(m_fx.doctype().isChild);
        QVERIFY(m_panel->refusal().isEmpty());
    }

    void titleSearchAndSort()
    {
        choose(child<QComboBox>(QStringLiteral("setting_title_field")),
               QStringLiteral("customer_name"));
        QCOMPARE(m_fx.doctype().titleField, QStringLiteral("customer_name"));
        auto *search = child<QListWidget>(QStringLiteral("setting_search_fields"));
        const QList<QListWidgetItem *> priority = search->findItems("priority", Qt::MatchExactly);
        QCOMPARE(priority.size(), 1);
        priority.first()->setCheckState(Qt::Checked);
        QCOMPARE(m_fx.doctype().searchFields,
                 (QStringList{"subject", "customer", "status", "priority"}));
        choose(child<QComboBox>(QStringLiteral("sortField")), QStringLiteral("opened_on"));
        choose(child<QComboBox>(QStringLiteral("sortOrder")), QStringLiteral("asc"));
        QCOMPARE(m_fx.doctype().sortField, QStringLiteral("opened_on"));
        QVERIFY(!m_fx.doctype().sortDescending);
        QCOMPARE(m_fx.stack->count(), 4);
        auto *label = child<QLineEdit>(QStringLiteral("setting_label"));
        QTest::keyClicks(label, QStringLiteral("Support Ticket"));
        QCOMPARE(m_fx.doctype().label, QStringLiteral("Support Ticket"));
        QCOMPARE(m_fx.stack->count(), 5);
        auto *module = child<QComboBox>(QStringLiteral("setting_module"));
        QVERIFY(module->findData(QStringLiteral("Support")) >= 0);
    }

    void indexesEditor()
    {
        IndexesPanel panel(m_fx.context());
        IndexesModel *model = panel.indexesModel();
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(model->addIndex({QStringLiteral("priority")}));
        QCOMPARE(m_fx.doctype().indexes.last().fields, QStringList{"priority"});
        QCOMPARE(m_fx.stack->undoText(), QStringLiteral("Add index on priority"));
        QVERIFY(model->setData(model->index(2, IndexesModel::Fields), "priority, opened_on"));
        QCOMPARE(m_fx.doctype().indexes.last().fields, (QStringList{"priority", "opened_on"}));
        QVERIFY(
            model->setData(model->index(2, IndexesModel::Unique), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(m_fx.doctype().indexes.last().unique);
        // Refused: an unknown column, the same columns twice.
        QVERIFY(!model->setData(model->index(2, IndexesModel::Fields), "priorty"));
        QVERIFY(panel.refusal().contains("did you mean \"priority\"?"));
        QVERIFY(!model->addIndex({QStringLiteral("status"), QStringLiteral("modified")}));
        QVERIFY(panel.refusal().contains("already has an index on status, modified"));
        QVERIFY(model->removeIndex(0));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(m_fx.stack->count(), 4);
    }

    void viewsEditor()
    {
        ViewsPanel panel(m_fx.context());
        auto *kanban = panel.kanbanGroupBy();
        QVERIFY(kanban->findData(QStringLiteral("priority")) >= 0);
        QCOMPARE(kanban->findData(QStringLiteral("subject")), -1); // Data cannot group
        choose(kanban, QStringLiteral("priority"));
        QCOMPARE(m_fx.doctype().views.kanbanGroupBy, QStringLiteral("priority"));
        QCOMPARE(m_fx.stack->undoText(), QStringLiteral("Set kanban group_by of Ticket"));

        QListWidget *columns = panel.listColumns();
        QCOMPARE(columns->item(0)->text(), QStringLiteral("subject"));
        columns->findItems("opened_on", Qt::MatchExactly).first()->setCheckState(Qt::Checked);
        QCOMPARE(m_fx.doctype().views.listColumns,
                 (QStringList{"subject", "customer_name", "status", "priority", "opened_on"}));

        // Dragged to the top (the list's own move), "opened_on" leads the columns.
        const int from = columns->row(columns->findItems("opened_on", Qt::MatchExactly).first());
        QVERIFY(columns->model()->moveRow(QModelIndex(), from, QModelIndex(), 0));
        QCOMPARE(m_fx.doctype().views.listColumns.first(), QStringLiteral("opened_on"));
        QCOMPARE(m_fx.stack->count(), 3);

        // No calendar: its end and title go with its start.
        choose(panel.calendarStart(), QString());
        QVERIFY(m_fx.doctype().views.calendarStart.isEmpty());
        QVERIFY(m_fx.doctype().views.calendarEnd.isEmpty());
        QCOMPARE(m_fx.stack->count(), 4);
        m_fx.stack->undo();
        QCOMPARE(m_fx.doctype().views.calendarEnd, QStringLiteral("due_on"));
    }
};

QTEST_MAIN(TestDesignerSettings)
#include "tst_designer_settings.moc"
