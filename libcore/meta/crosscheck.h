// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"
#include "meta/doctype.h"
#include "meta/fieldtyperegistry.h"

#include <QMap>

namespace fm::core {

// The DocType name a Link may point at to hold the name of a DocType itself
// (the registry is its table); DynamicLink fields rely on it.
inline constexpr QStringView kVirtualDocTypeTarget = u"DocType";

enum class CrossCheckScope {
    All,             // also the checks within one DocType (for DocTypes built in memory)
    BetweenDocTypes, // only what needs other DocTypes; the loader did the rest
};

// Checks that need several DocTypes: Link/Table/TableMultiSelect targets exist and
// have the right kind, fetch_from reaches a field of the Link's target; with
// CrossCheckScope::All also that fetch_from starts with a Link field and DynamicLink
// options name a Link to "DocType". One diagnostic per problem, in name order.
Diagnostics crossCheckDocTypes(const QMap<QString, DocType> &doctypes,
                               const FieldTypeRegistry &types, CrossCheckScope scope);

} // namespace fm::core
