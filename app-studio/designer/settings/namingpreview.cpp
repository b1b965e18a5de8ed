// SPDX-License-Identifier: MIT
#include "designer/settings/namingpreview.h"

#include "data/uuid7.h"
#include "meta/namingpattern.h"

namespace fm::studio {

NamingPreview previewNames(const core::DocType &doctype, int count, QDate date)
{
    NamingPreview preview;
    switch (doctype.naming.rule) {
    case core::Naming::Rule::Uuid:
        for (int i = 0; i < count; ++i)
            preview.names << core::createUuidV7();
        break;
    case core::Naming::Rule::Series: {
        const auto pattern =
            core::NamingPattern::parse(doctype.naming.pattern, doctype.fieldnames());
        if (!pattern) {
            preview.problem = pattern.error().message();
            break;
        }
        const auto placeholder = [](const QString &fieldname) {
            return QStringLiteral("{%1}").arg(fieldname);
        };
        for (int i = 1; i <= count; ++i)
            preview.names << pattern->render(date, placeholder, i);
        break;
    }
    case core::Naming::Rule::Field:
    case core::Naming::Rule::Prompt:
        break;
    }
    return preview;
}

} // namespace fm::studio
