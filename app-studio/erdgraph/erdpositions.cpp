// SPDX-License-Identifier: MIT
#include "erdgraph/erdpositions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace fm::studio::erd {

namespace {
struct ErdpositionsTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::studio::Erd)
};

const QByteArray kHeader = "# ERD node positions placed by hand (m-studio): "
                           "DocType<TAB>x<TAB>y, sorted. Safe to edit or delete.\n";
} // namespace

QString positionsPath(const QString &projectRoot)
{
    return QDir(projectRoot).filePath(QStringLiteral("erd.positions"));
}

Result<Positions> parsePositions(const QByteArray &text)
{
    Positions positions;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = lines.at(i).split('\t');
        bool xOk = false;
        bool yOk = false;
        const double x = parts.size() == 3 ? parts.at(1).trimmed().toDouble(&xOk) : 0;
        const double y = parts.size() == 3 ? parts.at(2).trimmed().toDouble(&yOk) : 0;
        const QString name = QString::fromUtf8(parts.value(0)).trimmed();
        if (parts.size() != 3 || !xOk || !yOk || name.isEmpty() || !std::isfinite(x) ||
            !std::isfinite(y)) {
            return fail(
                ErrorCode::BadRequest,
                ErdpositionsTr::tr("erd.positions line %1 is not \"DocType<TAB>x<TAB>y\": fix the "
                                   "line (a merge conflict?) or delete it")
                    .arg(i + 1));
        }
        positions.insert(name, QPointF(x, y));
    }
    return positions;
}

QByteArray formatPositions(const Positions &positions)
{
    QStringList names = positions.keys();
    std::sort(names.begin(), names.end());
    QByteArray text = kHeader;
    for (const QString &name : std::as_const(names)) {
        const QPointF p = positions.value(name);
        text += name.toUtf8() + '\t' + QByteArray::number(qRound64(p.x())) + '\t' +
                QByteArray::number(qRound64(p.y())) + '\n';
    }
    return text;
}

Result<Positions> readPositions(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Positions();
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    ErdpositionsTr::tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    return parsePositions(file.readAll());
}

Result<void> writePositions(const QString &path, const Positions &positions)
{
    if (positions.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return fail(ErrorCode::Io, ErdpositionsTr::tr("cannot remove %1").arg(path));
        return {};
    }
    QSaveFile file(path);
    const QByteArray text = formatPositions(positions);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        return fail(ErrorCode::Io,
                    ErdpositionsTr::tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace fm::studio::erd
