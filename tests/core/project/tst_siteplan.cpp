// SPDX-License-Identifier: MIT
// planSite/migrateSite: the plan for unsaved edits of a ProjectModel, applied or refused.
#include "meta/renames.h"
#include "project/projectmodel.h"
#include "project/siteplan.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fm::core;

class TestSitePlan : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectModel> m_model;

    Field field(const QString &name, const QString &type)
    {
        Field f;
        f.fieldname = name;
        f.fieldtype = type;
        return f;
    }
    void edit(const std::function<void(DocType &)> &change)
    {
        DocType ticket = *m_model->doctype(QStringLiteral("Ticket"));
        change(ticket);
        QVERIFY(m_model->setDocType(ticket));
        m_model->checkNow();
        QVERIFY(!hasErrors(m_model->diagnostics()));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(copyTree(QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk"), m_dir->path()));
        auto project = Project::open(m_dir->path());
        QVERIFY(project);
        QVERIFY(SiteConfig::create(*project, QStringLiteral("demo")));
        QVERIFY(project->setDefaultSite(QStringLiteral("demo")));
        auto model = ProjectModel::open(m_dir->path());
        QVERIFY(model);
        m_model = std::move(*model);
        auto created = migrateSite(m_model->project(), QString(), m_model->registry(), false);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        QVERIFY(!created->hasRefused());
    }
    void cleanup()
    {
        m_model.reset();
        m_dir.reset();
    }

    void anUpToDateSiteHasAnEmptyPlan()
    {
        auto plan = planSite(m_model->project(), QString(), m_model->registry());
        QVERIFY(plan);
        QCOMPARE(plan->site, QStringLiteral("demo"));
        QVERIFY(plan->plan.isEmpty());
    }

    void anUnsavedNewFieldIsASafeStepAndMigratesBeforeTheSave()
    {
        edit([&](DocType &t) {
            t.fields << field(QStringLiteral("due_time"), QStringLiteral("Time"));
            t.layout.last().columns.last() << QStringLiteral("due_time");
        });
        auto plan = planSite(m_model->project(), QString(), m_model->registry());
        QVERIFY(plan);
        QCOMPARE(plan->plan.steps.size(), 1);
        QCOMPARE(plan->plan.steps.first().kind, MigrationStep::Kind::AddColumn);
        QCOMPARE(plan->plan.steps.first().classification, StepClass::Safe);
        auto applied = migrateSite(m_model->project(), QString(), m_model->registry(), false);
        QVERIFY(applied);
        QCOMPARE(applied->applied.size(), 1);
        QVERIFY(planSite(m_model->project(), QString(), m_model->registry())->plan.isEmpty());
    }

    void aDroppedFieldIsDangerousAndNeverApplied()
    {
        edit([](DocType &t) {
            t.fields.removeIf([](const Field &f) { return f.fieldname == u"resolution"; });
            for (LayoutSection &section : t.layout) {
                for (QStringList &column : section.columns)
                    column.removeAll(QStringLiteral("resolution"));
            }
        });
        auto plan = planSite(m_model->project(), QString(), m_model->registry());
        QVERIFY(plan);
        QCOMPARE(plan->plan.count(StepClass::Dangerous), 1);
        QVERIFY(!plan->plan.steps.first().manualPath.isEmpty());
        auto applied = migrateSite(m_model->project(), QString(), m_model->registry(), true);
        QVERIFY(applied);
        QVERIFY(applied->hasRefused());
        QCOMPARE(planSite(m_model->project(), QString(), m_model->registry())
                     ->plan.count(StepClass::Dangerous),
                 1);
    }

    // A field renamed in memory plans as a rename (no dropped column) before the save, and
    // the save records it in the app's renames.json for everyone else's `m migrate`.
    void aPendingRenamePlansAsARenameAndIsRecordedOnSave()
    {
        QMap<QString, DocType> sources;
        for (const QString &name : m_model->allDocTypeNames())
            sources.insert(name, *m_model->doctype(name));
        auto edit = renameField(sources, QStringLiteral("Ticket"), QStringLiteral("resolution"),
                                QStringLiteral("solution"), &m_model->fieldTypes());
        QVERIFY2(edit, qPrintable(edit ? QString() : edit.error().message()));
        QVERIFY(m_model->setDocTypes(edit->changed.values()));
        m_model->addPendingRename(edit->record);
        m_model->checkNow();
        QVERIFY(!hasErrors(m_model->diagnostics()));
        auto plan = planSite(m_model->project(), QString(), m_model->registry());
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message()));
        QCOMPARE(plan->plan.count(StepClass::Dangerous), 0);
        QCOMPARE(plan->plan.steps.size(), 1);
        QCOMPARE(plan->plan.steps.first().kind, MigrationStep::Kind::RenameColumn);

        const QString log = m_dir->filePath(QStringLiteral("apps/helpdesk/renames.json"));
        QVERIFY(!QFile::exists(log)); // nothing written before the save
        QVERIFY(m_model->save(QStringLiteral("Ticket")));
        QVERIFY(m_model->pendingRenames().isEmpty());
        Diagnostics diagnostics;
        const QList<RenameRecord> recorded =
            RenameLog::read(log, QStringLiteral("helpdesk"), diagnostics);
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().to, QStringLiteral("solution"));

        // Reopened from the files, as a teammate would: the same rename, applied once.
        m_model.reset();
        auto reopened = ProjectModel::open(m_dir->path());
        QVERIFY(reopened);
        auto applied =
            migrateSite((*reopened)->project(), QString(), (*reopened)->registry(), false);
        QVERIFY(applied);
        QVERIFY(!applied->hasRefused());
        QVERIFY(
            planSite((*reopened)->project(), QString(), (*reopened)->registry())->plan.isEmpty());
    }

    void anUndoneRenameLeavesNoRecord()
    {
        RenameRecord record;
        record.kind = RenameRecord::Kind::Field;
        record.doctype = QStringLiteral("Ticket");
        record.from = QStringLiteral("resolution");
        record.to = QStringLiteral("solution");
        record.at = QDateTime::currentDateTimeUtc();
        m_model->addPendingRename(record);
        m_model->removePendingRename(record);
        QVERIFY(m_model->pendingRenames().isEmpty());
        DocType ticket = *m_model->doctype(QStringLiteral("Ticket"));
        ticket.description = QStringLiteral("edited");
        QVERIFY(m_model->setDocType(ticket));
        QVERIFY(m_model->save(QStringLiteral("Ticket")));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("apps/helpdesk/renames.json"))));
    }

    void aProjectWithoutASiteSaysHowToMakeOne()
    {
        QTemporaryDir bare;
        QVERIFY(copyTree(QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk"), bare.path()));
        auto model = ProjectModel::open(bare.path());
        QVERIFY(model);
        auto plan = planSite((*model)->project(), QString(), (*model)->registry());
        QVERIFY(!plan);
        QVERIFY2(plan.error().message().contains(QStringLiteral("m new site")),
                 qPrintable(plan.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestSitePlan)
#include "tst_siteplan.moc"
