// SPDX-License-Identifier: MIT
#pragma once

// A generated project of N DocTypes for scale tests and benchmarks: one app with ten
// modules, each DocType with eight fields, two Links to other DocTypes (2N edges) and,
// for every tenth one, a child DocType it holds in a Table field. The files are written
// by libcore's writer, so they load without a single diagnostic.

#include "meta/doctypejson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace generated {

inline QString doctypeName(int i)
{
    return QStringLiteral("Entity %1").arg(i, 4, 10, QLatin1Char('0'));
}

inline bool isChild(int i)
{
    return i % 10 == 9;
}

inline fm::core::Field field(const QString &name, const QString &type,
                             const QString &options = QString())
{
    fm::core::Field f;
    f.fieldname = name;
    f.fieldtype = type;
    f.options = options;
    return f;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline fm::core::DocType doctype(int i, int count)
{
    // Link targets are never child DocTypes.
    auto target = [count](int k) {
        int t = k % count;
        return isChild(t) ? (t + 1) % count : t;
    };
    fm::core::DocType d;
    d.name = doctypeName(i);
    d.module = QStringLiteral("Module %1").arg(i % 10);
    d.isChild = isChild(i);
    d.fields << field(QStringLiteral("title"), QStringLiteral("Data"))
             << field(QStringLiteral("status"), QStringLiteral("Select"),
                      QStringLiteral("Open\nDone"))
             << field(QStringLiteral("amount"), QStringLiteral("Currency"))
             << field(QStringLiteral("due_on"), QStringLiteral("Date"))
             << field(QStringLiteral("notes"), QStringLiteral("Text"))
             << field(QStringLiteral("active"), QStringLiteral("Check"))
             << field(QStringLiteral("owner_entity"), QStringLiteral("Link"),
                      doctypeName(target(i * 7 + 1)))
             << field(QStringLiteral("related_entity"), QStringLiteral("Link"),
                      doctypeName(target(i * 13 + 5)));
    if (!d.isChild && i + 1 < count && isChild(i + 1))
        d.fields << field(QStringLiteral("lines"), QStringLiteral("Table"), doctypeName(i + 1));
    d.fields.first().required = true;
    d.fields.first().inListView = true;
    if (!d.isChild) {
        fm::core::PermissionRule rule;
        rule.role = QStringLiteral("System Manager");
        rule.actions = fm::core::allActions();
        d.permissions << rule;
    }
    return d;
}

// Writes the project into `root` (m.json, apps/gen); false when a file cannot be written.
inline bool writeProject(const QString &root, int count)
{
    const QJsonObject config{{QStringLiteral("name"), QStringLiteral("generated-%1").arg(count)},
                             {QStringLiteral("apps"), QJsonArray{QStringLiteral("gen")}}};
    QJsonArray modules;
    for (int m = 0; m < 10; ++m)
        modules << QStringLiteral("Module %1").arg(m);
    const QJsonObject app{{QStringLiteral("name"), QStringLiteral("gen")},
                          {QStringLiteral("title"), QStringLiteral("Generated")},
                          {QStringLiteral("version"), QStringLiteral("0.1.0")},
                          {QStringLiteral("modules"), modules}};
    if (!writeFile(QDir(root).filePath(QStringLiteral("m.json")), QJsonDocument(config).toJson()) ||
        !writeFile(QDir(root).filePath(QStringLiteral("apps/gen/app.json")),
                   QJsonDocument(app).toJson()))
        return false;
    for (int i = 0; i < count; ++i) {
        const fm::core::DocType d = doctype(i, count);
        const QString slug = d.tableName();
        if (!writeFile(
                QDir(root).filePath(QStringLiteral("apps/gen/doctypes/%1/%1.json").arg(slug)),
                fm::core::toJsonText(d)))
            return false;
    }
    return true;
}

} // namespace generated
