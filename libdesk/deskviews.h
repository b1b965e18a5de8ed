// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "common/error.h"
#include "desktemplates.h"
#include "formvalues.h"
#include "liststate.h"

#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

#include <optional>

namespace fm::core {
class Document;
class DocumentAccess;
class MetaRegistry;
struct DocType;
} // namespace fm::core

namespace fm::desk {

// Who a page is for: the principal DocumentAccess checks, plus what the header shows.
struct Viewer
{
    fm::core::Principal principal;
    QString display;   // the full name, else the user name
    QString csrfToken; // the session's CSRF token, for the sign-out form
    QString liveToken; // the page's join token for /desk/live; empty: the page is not live
};

// What the login page shows.
struct LoginForm
{
    QString next;      // where to go after signing in (a path on this server)
    QString username;  // kept after a failed attempt
    QString csrfToken; // the login form's own token (a cookie holds its twin)
    QString error;
    QString info;
};

// A rendered page and the HTTP status it answers with.
struct Page
{
    int status = 200;
    QString html;
};

// What a form post led to: done (go to `redirect`), or a page to show again, with
// the error that stopped it (the route answers with that error's status).
struct FormOutcome
{
    QString redirect;
    Page page;
    std::optional<fm::ErrorCode> failure;
};

// The Desk's pages as HTML, built from the metadata and DocumentAccess alone: no
// HTTP type here, so the live runtime can re-render a view for a session later
// (docs/adr/0230). Every read goes through DocumentAccess, so the rules, row
// restriction and permlevels of the REST API apply to every page exactly as they do
// to the API. Safe on every worker thread.
class DeskViews final
{
public:
    // Loads the templates (:/fm/desk/templates); fails naming a broken one.
    static fm::Result<DeskViews> create(fm::core::MetaRegistry &meta,
                                        fm::core::DocumentAccess &access,
                                        const PageLimits &limits = {});

    // /desk: the apps and modules, each DocType the viewer may read with its count,
    // and the most recently changed documents among them.
    fm::Result<Page> workspace(const Viewer &viewer) const;
    // /desk/{doctype}: `doctype` is the name or its slug; `url` the list state
    // (ListState). NotFound for an unknown DocType or a child table, PermissionDenied
    // when the viewer may not read it. A filter the API refuses renders the page with
    // the message and status 400.
    fm::Result<Page> list(const Viewer &viewer, const QString &doctype, const QUrlQuery &url) const;
    // /desk/{doctype}/{name}: the layout's sections and columns, an input per field
    // the viewer may write while the document is a draft, the others shown by type;
    // fields above the viewer's permlevels are left out. `url` may say what was just
    // done (done=saved|created|submitted|cancelled|amended). formview.cpp.
    fm::Result<Page> form(const Viewer &viewer, const QString &doctype, const QString &name,
                          const QUrlQuery &url = {}) const;
    // What an open live form holds (desklive.cpp keeps it per connection).
    struct LiveInput
    {
        FormFields fields;             // every input as a post carries it, _version included
        QSet<QString> touched;         // inputs the user changed: only they show errors
        QSet<QString> changedByOthers; // fields others' saves changed since the page's version
        int versions = 0;              // timeline entries the page shows (?versions=); 0: a page
    };
    // The form of an open page (`name` empty: a new document) with the user's input,
    // checked as a save would check it (DocumentAccess::validate), the errors of the
    // touched inputs beside them and, once the saved document moved past the page's
    // _version, a banner with what others changed and its saved values. Nothing is
    // written; the live runtime sends only the parts that differ (docs/adr/0237).
    // liveform.cpp.
    fm::Result<Page> liveForm(const Viewer &viewer, const QString &doctype, const QString &name,
                              const LiveInput &input) const;
    // /desk/{doctype}/new: an empty form with the fields' defaults.
    fm::Result<Page> newForm(const Viewer &viewer, const QString &doctype) const;
    // A form post to /desk/{doctype}/new (`name` empty) or /desk/{doctype}/{name}: save
    // (insert or update with the posted _version), save and submit, cancel, amend, or
    // a grid row action that only shows the form again. Everything is checked and
    // written by DocumentAccess; a refusal comes back as the form with the user's
    // input and the API's messages beside their fields. formactions.cpp.
    fm::Result<FormOutcome> saveForm(const Viewer &viewer, const QString &doctype,
                                     const QString &name, const FormFields &fields) const;
    // GET /desk/{doctype}/{name}/delete asks; the POST deletes (soft, as the API).
    fm::Result<Page> confirmDelete(const Viewer &viewer, const QString &doctype,
                                   const QString &name) const;
    fm::Result<FormOutcome> deleteDocument(const Viewer &viewer, const QString &doctype,
                                           const QString &name) const;
    // /desk/{doctype}/view/kanban: a column per choice of views.kanban.group_by (a
    // Select field), a card per document; a card moves through the form's save
    // (posting _next brings the browser back). NotFound without a kanban view.
    // kanbanview.cpp.
    fm::Result<Page> kanban(const Viewer &viewer, const QString &doctype) const;
    // /desk/{doctype}/view/calendar: the documents the viewer may read on the days of a
    // month or a week (`url`: mode=month|week, date=YYYY-MM-DD, today when absent) by
    // views.calendar's start, end and title fields. NotFound without a calendar view,
    // BadRequest for a mode or date it cannot show. calendarview.cpp.
    fm::Result<Page> calendar(const Viewer &viewer, const QString &doctype,
                              const QUrlQuery &url) const;
    // POST /desk/{doctype}/bulk: `action` (delete, submit, cancel) on every `names`,
    // each on its own; the list again with what worked and each row that failed.
    // A delete asks first (the confirmation posts again with confirm=1). `url` is the
    // list's state. bulkactions.cpp.
    fm::Result<FormOutcome> bulk(const Viewer &viewer, const QString &doctype, const QUrlQuery &url,
                                 const FormFields &fields) const;
    // GET /desk/api/link: documents of `doctype` (a Link field's target) the viewer may
    // read whose name or title holds `q`: {"results":[{"value","label"}]}, the API's
    // permission checks and row restriction applied. lookups.cpp.
    fm::Result<QJsonObject> linkOptions(const Viewer &viewer, const QString &doctype,
                                        const QString &q) const;
    // GET /desk/api/palette: DocTypes, documents and actions matching `q` for the
    // command palette: {"results":[{"kind","label","hint","href"}]}.
    QJsonObject palette(const Viewer &viewer, const QString &q) const;
    // /desk/login, with no viewer.
    Page login(const LoginForm &form, int status = 200) const;
    // An error page: `viewer` may be null (signed out).
    Page error(const Viewer *viewer, int status, const QString &message) const;

    // The DocType a path segment names (name or slug); NotFound for unknown ones,
    // child tables and DocTypes kept out of the API.
    fm::Result<const fm::core::DocType *> resolve(const QString &segment) const;

private:
    DeskViews(fm::core::MetaRegistry &meta, fm::core::DocumentAccess &access,
              const PageLimits &limits, DeskTemplates templates);

    struct Crumb
    {
        QString label;
        QString href; // empty: the current page
    };
    // `body` rendered with `view`'s template inside the layout.
    fm::Result<Page> page(const Viewer *viewer, const QString &view, const QString &title,
                          const QList<Crumb> &crumbs, Data body, int status = 200) const;
    // The viewer's readable fields of `type` (DocumentAccess::describe).
    QStringList readableFields(const Viewer &viewer, const fm::core::DocType &type) const;

    // The timeline of a DocType with track_changes: the newest `shown` changes the
    // viewer may see (at least a page of them). timelineview.cpp.
    static constexpr int kTimelinePage = 20;
    fm::Result<Data> timeline(const Viewer &viewer, const fm::core::DocType &type,
                              const fm::core::Document &stored, int shown) const;

    struct FormRender; // views_p.h
    fm::Result<Page> renderForm(const Viewer &viewer, const FormRender &form) const;
    FormOutcome failedForm(const Viewer &viewer, FormRender form, const fm::Error &error) const;
    struct BulkReport; // views_p.h
    fm::Result<Page> listPage(const Viewer &viewer, const QString &doctype, const QUrlQuery &url,
                              const BulkReport *report) const;

    fm::core::MetaRegistry *m_meta;
    fm::core::DocumentAccess *m_access;
    PageLimits m_limits;
    DeskTemplates m_templates;
};

} // namespace fm::desk
