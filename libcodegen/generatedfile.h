// SPDX-License-Identifier: MIT
#pragma once

#include "fm_codegen_export.h"

#include "common/error.h"

#include <QList>
#include <QString>

namespace fm::codegen {

// One file a generator produced; `path` is relative to the folder it is written to
// (the app folder, apps/<app>, for the scaffold).
struct GeneratedFile
{
    QString path;
    QString content;
};

enum class WriteOutcome { Created, Updated, Unchanged };

FM_CODEGEN_EXPORT QString outcomeName(WriteOutcome outcome); // "created", "updated", "unchanged"

// Writes generated text to `path`: creates the file (and its folders) when absent;
// otherwise merges the regions (mergeGenerated) into the file as it is, and
// rewrites it only when that changes something. Writes go through QSaveFile, so
// the file is either fully replaced or left as it was. A file with broken markers,
// or that is not UTF-8, is an error and stays untouched.
FM_CODEGEN_EXPORT Result<WriteOutcome> writeGenerated(const QString &path, const QString &fresh);

struct FileOutcome
{
    QString path; // as given in the GeneratedFile
    WriteOutcome outcome;
};

// writeGenerated() for several files under `root`, all or nothing as far as it can
// be: every file is read and merged first, and when any of them is refused nothing
// is written. Only a write failing half-way (disk full) leaves earlier files
// written; the error then names them.
FM_CODEGEN_EXPORT Result<QList<FileOutcome>> writeGeneratedFiles(const QString &root,
                                                                 const QList<GeneratedFile> &files);

} // namespace fm::codegen
