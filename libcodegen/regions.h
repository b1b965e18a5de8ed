// SPDX-License-Identifier: MIT
#pragma once

#include "fm_codegen_export.h"

#include "common/error.h"

#include <QList>
#include <QString>

namespace fm::codegen {

// Generated regions: the parts of a generated file that regeneration may rewrite.
// Each is delimited by a begin and an end marker line, a comment holding
// "fm:generated:begin <id>" / "fm:generated:end <id>":
//   C++     // fm:generated:begin fields
//   CMake   # fm:generated:begin doctypes
//   HTML    <!-- fm:generated:begin fields -->   (Markdown pages)
// Marker lines may be indented. Ids are [A-Za-z0-9_.-]+ and unique in a file;
// regions never nest.

enum class CommentStyle { Cpp, Hash, Html };

// The marker lines, without indentation or line end.
FM_CODEGEN_EXPORT QString beginMarker(CommentStyle style, const QString &id);
FM_CODEGEN_EXPORT QString endMarker(CommentStyle style, const QString &id);

struct Region
{
    QString id;
    qsizetype contentBegin = 0; // first character after the begin marker's line end
    qsizetype contentEnd = 0;   // first character of the end marker's line
    int beginLine = 0;          // 1-based line of the begin marker
};

// The regions of a text in order. Broken markers (begin without end, end without
// begin, a duplicated id, a region inside another, a marker without id) are a
// BadRequest error naming the line and how to repair it.
FM_CODEGEN_EXPORT Result<QList<Region>> findRegions(const QString &text);

// `existing` with the content of every region that `fresh` also has replaced by
// fresh's content; every character outside those regions, and regions fresh lacks,
// stay exactly as they were. Replaced content takes the line ending of the region's
// begin marker, so a CRLF file stays CRLF. Regions only in `fresh` are not added.
FM_CODEGEN_EXPORT Result<QString> mergeGenerated(const QString &existing, const QString &fresh);

} // namespace fm::codegen
