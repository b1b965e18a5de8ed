// SPDX-License-Identifier: MIT
#pragma once

// Runs web/validate-openapi.mjs (the npm OpenAPI 3.1 validator) on a document.
// Needs FM_NODE_BINARY and FM_SOURCE_DIR.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

// The validator's complaints; empty when `document` is a valid OpenAPI 3.1 document.
inline QString openApiProblems(const QJsonObject &document)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("openapi.json"));
    QFile out(file);
    if (!dir.isValid() || !out.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(file);
    out.write(QJsonDocument(document).toJson());
    out.close();
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral(FM_NODE_BINARY),
               {QStringLiteral(FM_SOURCE_DIR "/web/validate-openapi.mjs"), file});
    if (!node.waitForFinished(60000))
        return QStringLiteral("node did not finish: ") + node.errorString();
    const QString output = QString::fromUtf8(node.readAll());
    if (node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0)
        return output.isEmpty() ? QStringLiteral("the validator failed") : output;
    return {};
}
