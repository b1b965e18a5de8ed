// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "fm_core_export.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

namespace fm::core {

// A field's `depends_on` condition: whether the Desk shows the field, and whether its
// `required` applies (DocumentChecks, ADR 0264). The same small language is evaluated
// here (the page as rendered, the save) and by resources/desk/assets/form.js (as the
// user types); tests/desk/input/depends_on.json holds the cases both must agree on.
// docs/guide/desk.md documents it:
//   fieldname                      the field's value is truthy
//   eval:<expression>              over doc.<fieldname>, 'text' or "text", numbers,
//                                  true, false, null, == != === !== < <= > >=, && || !, ( )
// Values are null (unset or empty), a bool (Check), a number (Int, Float, Currency,
// Percent, ...) or text. Falsy: null, false, 0, "". Equality: null equals only null;
// a bool counts as 1 or 0; a number and a text compare as numbers when the text is
// one, else differ; texts compare exactly. Ordering compares two numbers or two texts
// and is false otherwise.
class FM_CORE_EXPORT DependsOn final
{
public:
    using Values = QHash<QString, QVariant>;

    // Parses `condition`; BadRequest naming the position of the first problem.
    static fm::Result<DependsOn> parse(const QString &condition);
    // Shows the field for an empty condition; an unreadable one shows it too (a field
    // is never hidden by a typo), which the caller may log.
    static bool visible(const QString &condition, const Values &doc);

    bool evaluate(const Values &doc) const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace fm::core
