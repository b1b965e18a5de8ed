// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace fm::codegen::detail {

// Fills a raw-string template: every @name@ is replaced by vars["name"] in one pass,
// so values that happen to contain @...@ are never expanded again. An unknown name
// is a generator bug: it asserts and leaves the token in place.
QString fillTemplate(QStringView text, const QHash<QString, QString> &vars);

// The line every generated file starts with, without the comment characters: what
// generated it from what, and which parts regeneration rewrites.
QString provenance(const QString &source, bool hasRegions = true);

// @namespaceOpen@ and @namespaceClose@: the lines around code in `nameSpace`, or
// nothing when it is empty (code in the global namespace).
QHash<QString, QString> namespaceVars(const QString &nameSpace);

} // namespace fm::codegen::detail
