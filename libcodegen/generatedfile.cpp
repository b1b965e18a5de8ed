// SPDX-License-Identifier: MIT
#include "generatedfile.h"

#include "regions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace fm::codegen {

namespace {

tl::unexpected<Error> ioError(const QString &path, const QString &what, const QString &fix)
{
    return fail(ErrorCode::Io, QStringLiteral("%1: %2; %3").arg(QDir::toNativeSeparators(path), what, fix));
}

Result<void> save(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, QStringLiteral("cannot write (%1)").arg(file.errorString()),
                       QStringLiteral("check that the folder exists and is writable"));
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return ioError(path, QStringLiteral("writing failed (%1)").arg(file.errorString()),
                       QStringLiteral("check the free disk space and the permissions; the "
                                      "file was left as it was"));
    return {};
}

// The file's text, or an error when converting it would lose a byte on write-back.
Result<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(path, QStringLiteral("cannot read (%1)").arg(file.errorString()),
                       QStringLiteral("check the file's permissions"));
    const QByteArray bytes = file.readAll();
    // ConvertInitialBom keeps a byte order mark as a character, so it is written back.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return ioError(path, QStringLiteral("is not valid UTF-8"),
                       QStringLiteral("convert it to UTF-8, or move it away to generate a "
                                      "fresh one"));
    return text;
}

} // namespace

QString outcomeName(WriteOutcome outcome)
{
    switch (outcome) {
    case WriteOutcome::Created: return QStringLiteral("created");
    case WriteOutcome::Updated: return QStringLiteral("updated");
    case WriteOutcome::Unchanged: return QStringLiteral("unchanged");
    }
    return {};
}

Result<WriteOutcome> writeGenerated(const QString &path, const QString &fresh)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return ioError(info.absolutePath(), QStringLiteral("cannot create the folder"),
                           QStringLiteral("check the permissions of its parent"));
        if (Result<void> saved = save(path, fresh); !saved)
            return fail(saved.error());
        return WriteOutcome::Created;
    }
    if (!info.isFile())
        return ioError(path, QStringLiteral("exists but is not a regular file"),
                       QStringLiteral("move it away so the generated file can be written"));

    const Result<QString> existing = readText(path);
    if (!existing)
        return fail(existing.error());
    const Result<QString> merged = mergeGenerated(*existing, fresh);
    if (!merged)
        return fail(Error(merged.error()).withContext(QDir::toNativeSeparators(path)));
    if (*merged == *existing)
        return WriteOutcome::Unchanged;
    if (Result<void> saved = save(path, *merged); !saved)
        return fail(saved.error());
    return WriteOutcome::Updated;
}

} // namespace fm::codegen
