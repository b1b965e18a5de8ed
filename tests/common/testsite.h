// SPDX-License-Identifier: MIT
#pragma once

// A real site in a temporary folder, on SQLite or, under FM_TEST_DB=postgresql, on a
// fresh database of a throwaway PostgreSQL cluster (testdatabase.h): apps loaded with
// MetaRegistry::loadApps (the built-in core app first), the schema created by the
// Migrator as `m migrate` does, controller plugins loaded, and a DocumentService on top.
// Shared by the test suites (tests/common is on every test's include path).

#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "db/connectionpool.h"
#include "db/migrator.h"
#include "meta/metaregistry.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSite
{
public:
    // The app most unit tests use: tests/core/data/input/apps/testapp.
    static QString testApp()
    {
        return QStringLiteral(FM_SOURCE_DIR "/tests/core/data/input/apps/testapp");
    }

    bool open(const QStringList &appDirs = {testApp()}, const QStringList &plugins = {})
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("cannot create a temporary folder"));
        if (!meta.loadApps(appDirs, diagnostics)) {
            for (const auto &d : diagnostics)
                qWarning().noquote() << d.toString();
            return fail(QStringLiteral("the apps do not load: ") + appDirs.join(u' '));
        }
        const fm::core::DatabaseConfig config = testdb::config(m_dir.path());
        auto opened = fm::core::ConnectionPool::open(config);
        if (!opened)
            return fail(opened.error().toText());
        pool = std::move(*opened);

        QList<fm::core::DocType> doctypes;
        for (const QString &name : meta.doctypeNames())
            doctypes << *meta.doctype(name);
        fm::core::Migrator migrator(*pool, meta.fieldTypes());
        auto plan = migrator.plan(doctypes, meta.renames());
        if (!plan)
            return fail(plan.error().toText());
        auto report = migrator.apply(*plan, false);
        if (!report)
            return fail(report.error().toText());
        if (report->hasRefused())
            return fail(report->refusalError().toText());
        migrationPlan = *plan;

        for (const QString &plugin : plugins) {
            if (auto loaded = controllers.loadPlugin(plugin); !loaded)
                return fail(loaded.error().toText());
        }
        service = std::make_unique<fm::core::DocumentService>(*pool, meta, controllers);
        return true;
    }

    QString path() const { return m_dir.path(); }

    fm::core::Diagnostics diagnostics;
    fm::core::MetaRegistry meta;
    fm::core::ControllerRegistry controllers;
    fm::core::MigrationPlan migrationPlan;
    std::unique_ptr<fm::core::ConnectionPool> pool;
    std::unique_ptr<fm::core::DocumentService> service;

private:
    bool fail(const QString &why)
    {
        qWarning().noquote() << "TestSite:" << why;
        return false;
    }
    QTemporaryDir m_dir;
};

// Shorthand for building documents in tests: doc("Customer", {{"customer_name", "Acme"}}).
inline fm::core::Document doc(const QString &doctype, const QVariantMap &values)
{
    fm::core::Document d(doctype);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        d.setValue(it.key(), it.value());
    return d;
}
