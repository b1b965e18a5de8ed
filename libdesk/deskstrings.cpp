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
    {"language", QT_TRANSLATE_NOOP("Desk", "Language")},
    {"language_browser", QT_TRANSLATE_NOOP("Desk", "As the browser")},
    {"language_set", QT_TRANSLATE_NOOP("Desk", "Change")},
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
    {"empty", QT_TRANSLATE_NOOP("Desk", "Empty")},
    {"back", QT_TRANSLATE_NOOP("Desk", "Back to the workspace")},
    {"save", QT_TRANSLATE_NOOP("Desk", "Save")},
    {"save_submit", QT_TRANSLATE_NOOP("Desk", "Save and submit")},
    {"cancel_doc", QT_TRANSLATE_NOOP("Desk", "Cancel document")},
    {"amend", QT_TRANSLATE_NOOP("Desk", "Amend")},
    {"delete", QT_TRANSLATE_NOOP("Desk", "Delete")},
    {"conflict_hint", QT_TRANSLATE_NOOP("Desk", "Saving again replaces those values with "
                                                "yours.")},
    {"open_saved", QT_TRANSLATE_NOOP("Desk", "Or open the saved version and drop your changes.")},
    {"remote_hint", QT_TRANSLATE_NOOP("Desk", "Your input is kept. Saving now shows the conflict "
                                              "first, so nothing is replaced unseen.")},
    {"draft_restored", QT_TRANSLATE_NOOP("Desk", "Your unsaved input on this page was restored.")},
    {"row_actions", QT_TRANSLATE_NOOP("Desk", "Row actions")},
    {"with_selected", QT_TRANSLATE_NOOP("Desk", "With the selected documents")},
    {"apply_selected", QT_TRANSLATE_NOOP("Desk", "Run on selected")},
    {"selected", QT_TRANSLATE_NOOP("Desk", "Selected")},
    {"kanban", QT_TRANSLATE_NOOP("Desk", "Kanban")},
    {"as_list", QT_TRANSLATE_NOOP("Desk", "List")},
    {"move", QT_TRANSLATE_NOOP("Desk", "Move")},
    {"kanban_hint", QT_TRANSLATE_NOOP("Desk", "Drag a card to another column, or choose its "
                                              "column and press Move.")},
    {"calendar", QT_TRANSLATE_NOOP("Desk", "Calendar")},
    {"calendar_nav", QT_TRANSLATE_NOOP("Desk", "Calendar period")},
    {"calendar_hint", QT_TRANSLATE_NOOP("Desk", "Drag an entry to another day, or use its ‹ and "
                                                "› buttons to move it by a day.")},
    {"calendar_empty", QT_TRANSLATE_NOOP("Desk", "Nothing on the calendar in this period.")},
    {"today", QT_TRANSLATE_NOOP("Desk", "Today")},
    {"month", QT_TRANSLATE_NOOP("Desk", "Month")},
    {"week", QT_TRANSLATE_NOOP("Desk", "Week")},
    {"palette", QT_TRANSLATE_NOOP("Desk", "Jump to")},
    {"palette_open", QT_TRANSLATE_NOOP("Desk", "Jump to… (Ctrl+K)")},
    {"palette_hint", QT_TRANSLATE_NOOP("Desk", "A DocType, a document or an action; arrow "
                                               "keys choose, Enter opens, Escape closes.")},
    {"palette_none", QT_TRANSLATE_NOOP("Desk", "Nothing matches.")},
    {"timeline", QT_TRANSLATE_NOOP("Desk", "Timeline")},
    {"timeline_empty", QT_TRANSLATE_NOOP("Desk", "No changes saved yet.")},
    {"older", QT_TRANSLATE_NOOP("Desk", "Show older changes")},
    {"changed_to", QT_TRANSLATE_NOOP("Desk", "changed to")},
    {"live_lost", QT_TRANSLATE_NOOP("Desk", "Connection lost: reconnecting. The page shows "
                                            "what it showed before.")},
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
