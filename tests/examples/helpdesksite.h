// SPDX-License-Identifier: MIT
#pragma once

// The demo project examples/helpdesk as a test site: its app and controller plugin.

#include "testsite.h"

class HelpdeskSite : public TestSite
{
public:
    static QString appDir() { return QStringLiteral(FM_HELPDESK_DIR "/apps/helpdesk"); }

    bool open() { return TestSite::open({appDir()}, {QStringLiteral(FM_HELPDESK_PLUGIN)}); }
};
