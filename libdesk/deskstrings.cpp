// SPDX-License-Identifier: MIT
#include "deskstrings.h"

namespace fm::desk {

namespace {

struct Text
{
    const char *key;
    const char *text;
};

constexpr Text kTexts[] = {
    {"desk", QT_TRANSLATE_NOOP("Desk", "Desk")},
    {"skip", QT_TRANSLATE_NOOP("Desk", "Skip to content")},
    {"breadcrumbs", QT_TRANSLATE_NOOP("Desk", "Where you are")},
    {"sign_out", QT_TRANSLATE_NOOP("Desk", "Sign out")},
    {"sign_in", QT_TRANSLATE_NOOP("Desk", "Sign in")},
    {"sign_in_title", QT_TRANSLATE_NOOP("Desk", "Sign in to the Desk")},
    {"user", QT_TRANSLATE_NOOP("Desk", "User name or e-mail")},
    {"password", QT_TRANSLATE_NOOP("Desk", "Password")},
    {"link_title", QT_TRANSLATE_NOOP("Desk", "Or get a sign-in link")},
    {"link_hint", QT_TRANSLATE_NOOP("Desk", "We mail a link that signs you in once, within "
                                            "15 minutes.")},
    {"email", QT_TRANSLATE_NOOP("Desk", "E-mail address")},
    {"send_link", QT_TRANSLATE_NOOP("Desk", "Send the link")},
    {"workspace", QT_TRANSLATE_NOOP("Desk", "Workspace")},
    {"nothing_readable", QT_TRANSLATE_NOOP("Desk", "There is nothing here you may read yet. "
                                                   "Ask an administrator for a role.")},
    {"recent", QT_TRANSLATE_NOOP("Desk", "Recently changed")},
    {"no_recent", QT_TRANSLATE_NOOP("Desk", "No documents yet.")},
    {"filters", QT_TRANSLATE_NOOP("Desk", "Filters")},
    {"apply", QT_TRANSLATE_NOOP("Desk", "Apply")},
    {"clear", QT_TRANSLATE_NOOP("Desk", "Clear")},
    {"no_rows", QT_TRANSLATE_NOOP("Desk", "No documents match.")},
    {"pages", QT_TRANSLATE_NOOP("Desk", "Pages")},
    {"first", QT_TRANSLATE_NOOP("Desk", "First")},
    {"previous", QT_TRANSLATE_NOOP("Desk", "Previous")},
    {"next", QT_TRANSLATE_NOOP("Desk", "Next")},
    {"last", QT_TRANSLATE_NOOP("Desk", "Last")},
    {"read_only", QT_TRANSLATE_NOOP("Desk", "Read-only view: editing arrives with the live Desk.")},
    {"empty", QT_TRANSLATE_NOOP("Desk", "Empty")},
    {"back", QT_TRANSLATE_NOOP("Desk", "Back to the workspace")},
};

} // namespace

Data uiStrings()
{
    Data strings;
    for (const Text &text : kTexts)
        strings.set(text.key, utf8(Desk::tr(text.text)));
    return strings;
}

} // namespace fm::desk
