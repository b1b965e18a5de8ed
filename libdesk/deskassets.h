// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace fm::desk {

// The Desk's static files (resources/desk/assets, compiled in as :/fm/desk/assets),
// each served under a name holding a hash of its content, "desk.<hash>.css", so
// browsers may keep them for a year: a changed file is a new URL.
class DeskAssets final
{
public:
    static inline const QString kPrefix = QStringLiteral("/desk/assets/");

    struct Asset
    {
        QByteArray body;
        QByteArray mimeType;
    };

    // Built once, on first use; read-only after that, so safe from every thread.
    static const DeskAssets &instance();

    // "/desk/assets/desk.1a2b3c4d5e6f.css" for "desk.css"; empty when there is no such file.
    QString url(const QString &file) const { return m_urls.value(file); }
    // The file a hashed name ("desk.1a2b3c4d5e6f.css") stands for; nullptr when none.
    const Asset *find(const QString &hashedName) const;

private:
    DeskAssets();

    QHash<QString, QString> m_urls;
    QHash<QString, Asset> m_assets;
};

} // namespace fm::desk
