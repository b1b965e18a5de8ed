// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QHash>
#include <QPointF>
#include <QString>

namespace fm::studio::erd {

// The nodes a user placed by hand ("pinned"), kept in <project>/erd.positions: one node a
// line, "DocType Name<TAB>x<TAB>y" with whole-number scene coordinates, sorted by name,
// '#' lines are comments. Sorted lines of whole numbers make two people's moves merge in
// Git like any text (docs/adr/0191-erd-positions-file.md).
using Positions = QHash<QString, QPointF>;

QString positionsPath(const QString &projectRoot);

// A missing file is no positions. A malformed line is an error naming the line, so a
// merge conflict left in the file is reported rather than silently dropped.
Result<Positions> parsePositions(const QByteArray &text);
QByteArray formatPositions(const Positions &positions);

Result<Positions> readPositions(const QString &path);
// Writes atomically (QSaveFile); an empty set removes the file.
Result<void> writePositions(const QString &path, const Positions &positions);

} // namespace fm::studio::erd
