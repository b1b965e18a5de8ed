// SPDX-License-Identifier: MIT
#pragma once

#include <QWebEnginePage>

namespace fm::studio::preview {

// The preview's page: its console messages come out as a signal for the log console.
class PreviewPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    using QWebEnginePage::QWebEnginePage;

signals:
    // level "info", "warning" or "error"; `where` is "source:line" when known.
    void consoleMessage(const QString &level, const QString &message, const QString &where);

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;
};

} // namespace fm::studio::preview
