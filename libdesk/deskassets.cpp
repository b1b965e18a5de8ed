// SPDX-License-Identifier: MIT
#include "deskassets.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace fm::desk {

namespace {

QByteArray mimeTypeOf(const QString &suffix)
{
    if (suffix == u"css")
        return "text/css; charset=utf-8";
    if (suffix == u"js")
        return "text/javascript; charset=utf-8";
    if (suffix == u"svg")
        return "image/svg+xml";
    if (suffix == u"png")
        return "image/png";
    return "application/octet-stream";
}

} // namespace

const DeskAssets &DeskAssets::instance()
{
    static const DeskAssets assets;
    return assets;
}

DeskAssets::DeskAssets()
{
    QDirIterator it(QStringLiteral(":/fm/desk/assets"), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray body = file.readAll();
        const QFileInfo info(path);
        // 12 hex digits (48 bits) tell versions apart; the name stays readable.
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(12));
        const QString hashed = info.completeBaseName() + u'.' + hash + u'.' + info.suffix();
        m_urls.insert(info.fileName(), kPrefix + hashed);
        m_assets.insert(hashed, Asset{body, mimeTypeOf(info.suffix())});
    }
}

const DeskAssets::Asset *DeskAssets::find(const QString &hashedName) const
{
    const auto it = m_assets.constFind(hashedName);
    return it == m_assets.constEnd() ? nullptr : &it.value();
}

} // namespace fm::desk
