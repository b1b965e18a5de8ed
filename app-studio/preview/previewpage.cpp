// SPDX-License-Identifier: MIT
#include "preview/previewpage.h"

namespace fm::studio::preview {

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                           const QString &message, int lineNumber,
                                           const QString &sourceID)
{
    QString name = QStringLiteral("info");
    if (level == WarningMessageLevel)
        name = QStringLiteral("warning");
    else if (level == ErrorMessageLevel)
        name = QStringLiteral("error");
    const QString where =
        sourceID.isEmpty() ? QString() : sourceID + QLatin1Char(':') + QString::number(lineNumber);
    emit consoleMessage(name, message, where);
}

} // namespace fm::studio::preview
