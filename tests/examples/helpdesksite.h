// SPDX-License-Identifier: MIT
#pragma once

// A real SQLite site in a temporary folder serving the demo project examples/helpdesk:
// its app loaded with MetaRegistry::loadApps, the schema created by the Migrator (as
// `m migrate` does) and the app's controller plugin loaded.

#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "db/connectionpool.h"
#include "db/migrator.h"
#include "meta/metaregistry.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

class HelpdeskSite
{
public:
    static QString appDir() { return QStringLiteral(FM_HELPDESK_DIR "/apps/helpdesk"); }

    bool open()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("cannot create a temporary folder"));
        if (!meta.loadApps({appDir()}, diagnostics)) {
            for (const auto &d : diagnostics)
                qWarning().noquote() << d.toString();
            return fail(QStringLiteral("the helpdesk app does not load"));
        }
        fm::core::DatabaseConfig config;
        config.path = m_dir.filePath(QStringLiteral("site.sqlite"));
        auto opened = fm::core::ConnectionPool::open(config);
        if (!opened)
            return fail(opened.error().toText());
        pool = std::move(*opened);

        QList<fm::core::DocType> doctypes;
        for (const QString &name : meta.doctypeNames())
            doctypes << *meta.doctype(name);
        fm::core::Migrator migrator(*pool, meta.fieldTypes());
        auto plan = migrator.plan(doctypes);
        if (!plan)
            return fail(plan.error().toText());
        auto report = migrator.apply(*plan, false);
        if (!report)
            return fail(report.error().toText());
        if (report->hasRefused())
            return fail(report->refusalError().toText());
        migrationPlan = *plan;

        if (auto loaded = controllers.loadPlugin(QStringLiteral(FM_HELPDESK_PLUGIN)); !loaded)
            return fail(loaded.error().toText());
        service = std::make_unique<fm::core::DocumentService>(*pool, meta, controllers);
        return true;
    }

    fm::core::Diagnostics diagnostics;
    fm::core::MetaRegistry meta;
    fm::core::ControllerRegistry controllers;
    fm::core::MigrationPlan migrationPlan;
    std::unique_ptr<fm::core::ConnectionPool> pool;
    std::unique_ptr<fm::core::DocumentService> service;

private:
    bool fail(const QString &why)
    {
        qWarning().noquote() << "HelpdeskSite:" << why;
        return false;
    }
    QTemporaryDir m_dir;
};

// doc("Customer", {{"customer_name", "Acme"}})
inline fm::core::Document doc(const QString &doctype, const QVariantMap &values)
{
    fm::core::Document d(doctype);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        d.setValue(it.key(), it.value());
    return d;
}
