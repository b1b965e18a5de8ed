// SPDX-License-Identifier: MIT
#include "testsite.h"

using namespace fm::core;
using fm::FieldError;

class TestControllerPlugin : public QObject
{
    Q_OBJECT
private slots:
    void loadsAndRunsPluginController()
    {
        TestSite site;
        QVERIFY(site.open());
        auto loaded = site.controllers.loadPlugin(QStringLiteral(FM_TEST_PLUGIN));
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toText()));
        QCOMPARE(site.controllers.loadedPlugins(), QStringList{"testapp"});
        QVERIFY(site.controllers.controller("Customer"));

        auto blocked = site.service->insert(doc("Customer", {{"customer_name", "Blocked"}}));
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().code(), fm::ErrorCode::Validation);
        QCOMPARE(blocked.error().fields().value(0).code, QStringLiteral("blocked"));
        QVERIFY(site.service->insert(doc("Customer", {{"customer_name", "Acme"}})));
    }
};

QTEST_GUILESS_MAIN(TestControllerPlugin)
#include "tst_controllerplugin.moc"
