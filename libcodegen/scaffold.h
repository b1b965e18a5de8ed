// SPDX-License-Identifier: MIT
#pragma once

#include "fm_codegen_export.h"
#include "generatedfile.h"

#include "meta/doctype.h"
#include "meta/metaregistry.h"

#include <QList>
#include <QString>

namespace fm::codegen {

// The files of one DocType: under doctypes/<snake>/ the controller (.h/.cpp) and its
// test, and its Markdown reference page as docs/<snake>.md.
FM_CODEGEN_EXPORT QList<GeneratedFile> docTypeFiles(const fm::core::DocType &doctype);

// The app-level files: CMakeLists.txt and the controller plugin (.h/.cpp)
// registering the controllers of `doctypes`.
FM_CODEGEN_EXPORT QList<GeneratedFile> appFiles(const QString &app,
                                                const QList<fm::core::DocType> &doctypes);

// What `m new doctype` and `m generate` write for `doctypes` of `app` (paths relative
// to `appDir`): their docTypeFiles and the app's appFiles, whose plugin registers
// `doctypes` and every other DocType of the app in `meta` with a controller header in
// `appDir`, so generating one DocType never drops another's registration.
FM_CODEGEN_EXPORT QList<GeneratedFile> scaffoldFiles(const fm::core::MetaRegistry &meta,
                                                     const QString &app, const QString &appDir,
                                                     const QList<fm::core::DocType> &doctypes);

} // namespace fm::codegen
