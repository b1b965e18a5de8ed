// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QRectF>

class QGraphicsScene;

namespace fm::studio::erd {

class ErdScene;

// The diagram as a file: what is shown (filter and focus apply), at full detail, without
// the selection. PNG is capped at kMaxPngPixels (scaled down beyond); SVG is vector.
inline constexpr qint64 kMaxPngPixels = 64'000'000;

Result<void> exportPng(ErdScene *scene, const QString &path, qreal scale = 1.0);
Result<void> exportSvg(ErdScene *scene, const QString &path);

} // namespace fm::studio::erd
