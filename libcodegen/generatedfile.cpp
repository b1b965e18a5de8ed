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
    return fail(ErrorCode::Io,
                QStringLiteral("%1: %2; %3").arg(QDir::toNativeSeparators(path), what, fix));
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

// What writing one file will do, decided before anything is written.
struct PlannedWrite
{
    QString path;
    QString text;
    WriteOutcome outcome;
};

Result<PlannedWrite> planWrite(const QString &path, const QString &fresh)
{
    const QFileInfo info(path);
    if (!info.exists())
        return PlannedWrite{path, fresh, WriteOutcome::Created};
    if (!info.isFile())
        return ioError(path, QStringLiteral("exists but is not a regular file"),
                       QStringLiteral("move it away so the generated file can be written"));
    const Result<QString> existing = readText(path);
    if (!existing)
        return fail(existing.error());
    const Result<QString> merged = mergeGenerated(*existing, fresh);
    if (!merged)
        return fail(Error(merged.error()).withContext(QDir::toNativeSeparators(path)));
    return PlannedWrite{path, *merged,
                        *merged == *existing ? WriteOutcome::Unchanged : WriteOutcome::Updated};
}

Result<void> applyWrite(const PlannedWrite &write)
{
    if (write.outcome == WriteOutcome::Unchanged)
        return {};
    const QString folder = QFileInfo(write.path).absolutePath();
    if (!QDir().mkpath(folder))
        return ioError(folder, QStringLiteral("cannot create the folder"),
                       QStringLiteral("check the permissions of its parent"));
    QSaveFile file(write.path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(write.path, QStringLiteral("cannot write (%1)").arg(file.errorString()),
                       QStringLiteral("check that the folder is writable"));
    const QByteArray bytes = write.text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return ioError(write.path, QStringLiteral("writing failed (%1)").arg(file.errorString()),
                       QStringLiteral("check the free disk space and the permissions; the "
                                      "file was left as it was"));
    return {};
}

} // namespace

QString outcomeName(WriteOutcome outcome)
{
    switch (outcome) {
    case WriteOutcome::Created:
        return QStringLiteral("created");
    case WriteOutcome::Updated:
        return QStringLiteral("updated");
    case WriteOutcome::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

Result<WriteOutcome> writeGenerated(const QString &path, const QString &fresh)
{
    const Result<PlannedWrite> planned = planWrite(path, fresh);
    if (!planned)
        return fail(planned.error());
    if (Result<void> written = applyWrite(*planned); !written)
        return fail(written.error());
    return planned->outcome;
}

Result<QList<FileOutcome>> writeGeneratedFiles(const QString &root,
                                               const QList<GeneratedFile> &files)
{
    QList<PlannedWrite> plans;
    for (const GeneratedFile &file : files) {
        Result<PlannedWrite> planned = planWrite(QDir(root).filePath(file.path), file.content);
        if (!planned)
            return fail(planned.error());
        plans << *planned;
    }
    QList<FileOutcome> outcomes;
    QStringList written;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        if (Result<void> ok = applyWrite(plans.at(i)); !ok) {
            Error error = ok.error();
            if (!written.isEmpty())
                error.withContext(QStringLiteral("already written: %1; then")
                                      .arg(written.join(QStringLiteral(", "))));
            return fail(error);
        }
        if (plans.at(i).outcome != WriteOutcome::Unchanged)
            written << files.at(i).path;
        outcomes.append({files.at(i).path, plans.at(i).outcome});
    }
    return outcomes;
}

} // namespace fm::codegen
