// SPDX-License-Identifier: MIT
#pragma once

// A real SQLite site in a temporary folder with the core app and the test app
// (input/apps/testapp) loaded and their tables created.

#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "db/connectionpool.h"
#include "db/schemamapper.h"
#include "db/sql.h"
#include "meta/metaregistry.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSite
{
public:
    bool open()
    {
        if (!m_dir.isValid())
            return fail("cannot create a temporary folder");
        fm::core::Diagnostics diagnostics;
        if (!meta.loadApps({QStringLiteral(FM_TEST_DATA_DIR "/input/apps/testapp")}, diagnostics)) {
            for (const auto &d : diagnostics)
                qWarning().noquote() << d.toString();
            return fail("test app does not load");
        }
        fm::core::DatabaseConfig config;
        config.path = m_dir.filePath(QStringLiteral("site.sqlite"));
        auto opened = fm::core::ConnectionPool::open(config);
        if (!opened)
            return fail(opened.error().message());
        pool = std::move(*opened);
        auto db = pool->connection();
        if (!db)
            return fail(db.error().message());
        for (const QString &name : meta.doctypeNames()) {
            const auto spec =
                fm::core::SchemaMapper::tableFor(*meta.doctype(name), meta.fieldTypes());
            for (const QString &sql : pool->dialect().createTable(spec)) {
                auto ok = fm::core::execSql(*db, pool->dialect(), sql);
                if (!ok)
                    return fail(ok.error().message());
            }
        }
        service = std::make_unique<fm::core::DocumentService>(*pool, meta, controllers);
        return true;
    }

    QString path() const { return m_dir.path(); }

    fm::core::MetaRegistry meta;
    fm::core::ControllerRegistry controllers;
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
