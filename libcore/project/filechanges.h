// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fm::core {

// Several file changes made all together or not at all: every change is checked before
// the first one is made, and when one fails half-way (a full disk) the changes made so
// far are undone. Folder moves run first; paths of writes and removals are given as
// they are after the moves, paths of expectations as they are before them.
class FM_CORE_EXPORT FileChanges final
{
public:
    void moveFolder(const QString &from, const QString &to);
    void write(const QString &path, const QByteArray &bytes); // creates or replaces
    void remove(const QString &path);
    // Refuses the whole change unless `path` holds exactly `bytes` (an undo must not
    // throw away what was written since the change it undoes).
    void expect(const QString &path, const QByteArray &bytes);

    bool isEmpty() const { return m_moves.isEmpty() && m_writes.isEmpty() && m_removals.isEmpty(); }
    // Whether the change writes, removes or moves `path` (a path as it is now).
    bool touches(const QString &path) const;

    // Whether every change can be made; changes nothing.
    Result<void> check() const;
    // check(), then the changes; on a failure, undoes what it did and says what failed.
    // Returns the changes that put the files back as they were (moves reversed, written
    // files restored or removed, removed files written back), each written file expected
    // to hold what this change wrote: an undo step (docs/adr/0185).
    Result<FileChanges> apply() const;

private:
    struct Move
    {
        QString from;
        QString to;
    };
    struct Write
    {
        QString path;
        QByteArray bytes;
    };
    // Where `path` (as after the moves) is before them.
    QString beforeMoves(const QString &path) const;
    FileChanges inverse(const QList<Write> &replaced, const QStringList &created) const;
    void undo(const QList<Move> &moved, const QList<Write> &replaced,
              const QStringList &created) const;

    QList<Move> m_moves;
    QList<Write> m_writes;
    QStringList m_removals;
    QList<Write> m_expected;
};

} // namespace fm::core
