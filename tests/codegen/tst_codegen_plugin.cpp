// SPDX-License-Identifier: MIT
// Loads the generated plugin of the golden app (reference/shop) the way the server
// does and runs a hook of each registered controller across the plugin boundary.
#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "db/connectionpool.h"
#include "meta/doctypeloader.h"
#include "meta/metaregistry.h"

#include <QTemporaryDir>
#include <QTest>

class TestCodegenPlugin final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pluginLoaded();
    void controllers_data();
    void controllers();

private:
    QTemporaryDir m_dir;
    fm::core::MetaRegistry m_meta;
    fm::core::ControllerRegistry m_registry;
    std::unique_ptr<fm::core::ConnectionPool> m_pool;
    std::unique_ptr<fm::core::DocumentService> m_service;
};

void TestCodegenPlugin::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const fm::core::DocTypeLoader loader(m_meta.fieldTypes());
    for (const char *file : {"sales_order.json", "sales_order_item.json"}) {
        fm::core::Diagnostics diagnostics;
        const auto doctype = loader.loadFile(
            QStringLiteral(FM_TEST_DATA_DIR "/input/") + QLatin1StringView(file), diagnostics);
        QVERIFY2(doctype && !fm::core::hasErrors(diagnostics), file);
        QVERIFY(m_meta.addDocType(*doctype));
    }
    fm::core::DatabaseConfig config;
    config.path = m_dir.filePath(QStringLiteral("site.sqlite"));
    auto pool = fm::core::ConnectionPool::open(config);
    QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().toText()));
    m_pool = std::move(*pool);
    m_service = std::make_unique<fm::core::DocumentService>(*m_pool, m_meta, m_registry);

    const fm::Result<void> loaded = m_registry.loadPlugin(QStringLiteral(SHOP_PLUGIN));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toText()));
}

void TestCodegenPlugin::pluginLoaded()
{
    QCOMPARE(m_registry.loadedPlugins(), QStringList{QStringLiteral("shop")});
}

void TestCodegenPlugin::controllers_data()
{
    QTest::addColumn<QString>("doctype");
    QTest::addColumn<bool>("registered");
    QTest::newRow("Sales Order") << "Sales Order" << true;
    QTest::newRow("Sales Order Item") << "Sales Order Item" << true;
    QTest::newRow("a Link target the app does not define") << "Customer" << false;
}

void TestCodegenPlugin::controllers()
{
    QFETCH(QString, doctype);
    QFETCH(bool, registered);
    fm::core::DocumentController *controller = m_registry.controller(doctype);
    QCOMPARE(controller != nullptr, registered);
    if (!controller)
        return;
    fm::core::HookContext ctx{*m_service, *m_meta.doctype(doctype),
                              fm::core::DocumentService::kAdministrator, nullptr};
    fm::core::Document doc(doctype);
    const fm::Result<void> validated = controller->validate(ctx, doc);
    QVERIFY2(validated, qPrintable(validated ? QString() : validated.error().toText()));
    QVERIFY(controller->afterDelete(ctx, doc));
}

QTEST_GUILESS_MAIN(TestCodegenPlugin)
#include "tst_codegen_plugin.moc"
