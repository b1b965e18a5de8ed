// SPDX-License-Identifier: MIT
#include "model/editorselection.h"

namespace fm::studio {

void EditorSelection::selectField(const QString &fieldname)
{
    if (fieldname == m_field)
        return;
    m_field = fieldname;
    emit fieldSelected(fieldname);
}

} // namespace fm::studio
