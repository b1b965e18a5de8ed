// SPDX-License-Identifier: MIT
#pragma once

// Runs the npm validators in web/ on documents: OpenAPI 3.1 (validate-openapi.mjs) and
// JSON Schema 2020-12 (validate-document.mjs).
// Needs FM_NODE_BINARY and FM_SOURCE_DIR.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

// Runs web/<script> with the JSON `objects` written to temporary files as its
// arguments; what it printed when it exits non-zero, else empty.
inline QString nodeProblems(const QString &script, const QList<QJsonObject> &objects)
{
    QTemporaryDir dir;
    QStringList arguments{QStringLiteral(FM_SOURCE_DIR "/web/") + script};
    for (const QJsonObject &object : objects) {
        const QString file = dir.filePath(QStringLiteral("%1.json").arg(arguments.size()));
        QFile out(file);
        if (!dir.isValid() || !out.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(file);
        out.write(QJsonDocument(object).toJson());
        arguments << file;
    }
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral(FM_NODE_BINARY), arguments);
    if (!node.waitForFinished(60000))
        return QStringLiteral("node did not finish: ") + node.errorString();
    const QString output = QString::fromUtf8(node.readAll());
    if (node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0)
        return output.isEmpty() ? QStringLiteral("the validator failed") : output;
    return {};
}

// The validator's complaints; empty when `document` is a valid OpenAPI 3.1 document.
inline QString openApiProblems(const QJsonObject &document)
{
    return nodeProblems(QStringLiteral("validate-openapi.mjs"), {document});
}

// ajv's complaints (JSON Schema 2020-12); empty when `document` matches `schema`.
inline QString schemaProblems(const QJsonObject &schema, const QJsonObject &document)
{
    return nodeProblems(QStringLiteral("validate-document.mjs"), {schema, document});
}
