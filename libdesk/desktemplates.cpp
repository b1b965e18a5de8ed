// SPDX-License-Identifier: MIT
#include "desktemplates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fm::desk {

fm::Result<DeskTemplates> DeskTemplates::load(const QString &dir)
{
    DeskTemplates templates;
    const QFileInfoList files =
        QDir(dir).entryInfoList({QStringLiteral("*.mustache")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return fm::fail(fm::ErrorCode::NotFound,
                        QStringLiteral("no Desk templates (*.mustache) in %1").arg(dir));
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return fm::fail(fm::ErrorCode::Io,
                            QStringLiteral("cannot read the Desk template %1: %2")
                                .arg(info.filePath(), file.errorString()));
        std::string text = file.readAll().toStdString();
        // Parsing is the check: the parser reports an unclosed or mismatched section
        // with its line and column.
        kainjow::mustache::mustache parsed(text);
        if (!parsed.is_valid())
            return fm::fail(fm::ErrorCode::InvalidMeta,
                            QStringLiteral("%1: %2").arg(
                                info.filePath(), QString::fromStdString(parsed.error_message())));
        templates.m_texts.insert(info.completeBaseName(), std::move(text));
    }
    return templates;
}

fm::Result<QString> DeskTemplates::render(const QString &name, const Data &data) const
{
    const auto it = m_texts.constFind(name);
    if (it == m_texts.constEnd())
        return fm::fail(fm::ErrorCode::Internal,
                        QStringLiteral("there is no Desk template \"%1\"").arg(name));
    // A fresh parse per render keeps this const and safe on every worker thread; the
    // templates are a few kilobytes, so it costs microseconds.
    kainjow::mustache::mustache tmpl(*it);
    const std::string out = tmpl.render(data);
    if (!tmpl.is_valid())
        return fm::fail(fm::ErrorCode::Internal,
                        QStringLiteral("the Desk template \"%1\" failed to render: %2")
                            .arg(name, QString::fromStdString(tmpl.error_message())));
    return QString::fromStdString(out);
}

} // namespace fm::desk
