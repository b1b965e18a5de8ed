// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"
#include "meta/fieldtyperegistry.h"

#include <QByteArray>

#include <optional>

namespace fm::core {

// The text of a DocType file in the canonical form of toJsonText() (docs/adr/0150), for
// `m format` and the Studio's save. Nothing is lost: the file must load without errors
// (warnings are kept as they are), and the canonical text must load back into an equal
// DocType. Otherwise nullopt, and `diagnostics` says why.
FM_CORE_EXPORT std::optional<QByteArray> canonicalDocTypeText(const QByteArray &json,
                                                              const QString &fileName,
                                                              const FieldTypeRegistry &types,
                                                              Diagnostics &diagnostics);

} // namespace fm::core
