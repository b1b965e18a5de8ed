// SPDX-License-Identifier: MIT
#include "deskviews.h"
#include "fieldview.h"

#include "deskassets.h"
#include "deskstrings.h"
#include "i18n/translations.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"

#include <QJsonArray>

namespace fm::desk {

fm::Result<DeskViews> DeskViews::create(fm::core::MetaRegistry &meta,
                                        fm::core::DocumentAccess &access, const PageLimits &limits)
{
    auto templates = DeskTemplates::load();
    if (!templates)
        return fm::fail(templates.error());
    return DeskViews(meta, access, limits, std::move(*templates));
}

DeskViews::DeskViews(fm::core::MetaRegistry &meta, fm::core::DocumentAccess &access,
                     const PageLimits &limits, DeskTemplates templates)
    : m_meta(&meta)
    , m_access(&access)
    , m_limits(limits)
    , m_templates(std::move(templates))
{}

fm::Result<const fm::core::DocType *> DeskViews::resolve(const QString &segment) const
{
    const fm::core::DocType *type = m_meta->findDocType(deskSegmentValue(segment));
    if (!type || type->isChild || !type->apiResource)
        return fm::fail(
            fm::ErrorCode::NotFound,
            Desk::tr("There is no DocType \"%1\" in the Desk; pick one in the workspace.")
                .arg(segment));
    return type;
}

QStringList DeskViews::readableFields(const Viewer &viewer, const fm::core::DocType &type) const
{
    QStringList fields;
    const QJsonArray readable = m_access->describe(viewer.principal, type.name)
                                    .value(QStringLiteral("readable_fields"))
                                    .toArray();
    for (const QJsonValue &field : readable)
        fields << field.toString();
    return fields;
}

fm::Result<Page> DeskViews::page(const Viewer *viewer, const QString &view, const QString &title,
                                 const QList<Crumb> &crumbs, Data body, int status) const
{
    const Data strings = uiStrings();
    body.set("t", strings);
    auto html = m_templates.render(view, body);
    if (!html)
        return fm::fail(html.error());
    Data frame;
    frame.set("t", strings);
    frame.set("lang", utf8(fm::core::ThreadLanguage::current()));
    frame.set("title", utf8(title));
    frame.set("view", utf8(view));
    frame.set("body", utf8(*html));
    Data assets;
    assets.set("css", utf8(DeskAssets::instance().url(QStringLiteral("desk.css"))));
    assets.set("js", utf8(DeskAssets::instance().url(QStringLiteral("desk.js"))));
    assets.set("form", utf8(DeskAssets::instance().url(QStringLiteral("form.js"))));
    assets.set("palette", utf8(DeskAssets::instance().url(QStringLiteral("palette.js"))));
    assets.set("morphdom", utf8(DeskAssets::instance().url(QStringLiteral("morphdom.js"))));
    assets.set("live", utf8(DeskAssets::instance().url(QStringLiteral("live.js"))));
    assets.set("kanban", utf8(DeskAssets::instance().url(QStringLiteral("kanban.js"))));
    assets.set("calendar", utf8(DeskAssets::instance().url(QStringLiteral("calendar.js"))));
    frame.set("assets", assets);
    if (viewer) {
        Data who;
        who.set("user", utf8(viewer->principal.user));
        who.set("display",
                utf8(viewer->display.isEmpty() ? viewer->principal.user : viewer->display));
        who.set("csrf", utf8(viewer->csrfToken));
        // The language menu: the user's own choice selected, else "as the browser".
        Data languages = emptyList();
        for (const QString &code : fm::core::Translations::available()) {
            Data language;
            language.set("code", utf8(code));
            language.set("name", utf8(fm::core::Translations::nativeName(code)));
            language.set("selected", code == viewer->principal.language);
            languages.push_back(language);
        }
        who.set("languages", languages);
        who.set("live_token",
                viewer->liveToken.isEmpty() ? Data(false) : Data(utf8(viewer->liveToken)));
        Data trail = emptyList();
        for (const Crumb &crumb : crumbs) {
            Data item;
            item.set("label", utf8(crumb.label));
            item.set("href", utf8(crumb.href));
            item.set("current", crumb.href.isEmpty());
            trail.push_back(item);
        }
        who.set("crumbs", trail);
        frame.set("viewer", who);
    } else {
        frame.set("viewer", false);
    }
    auto out = m_templates.render(QStringLiteral("layout"), frame);
    if (!out)
        return fm::fail(out.error());
    return Page{status, *out};
}

Page DeskViews::login(const LoginForm &form, int status) const
{
    Data body;
    body.set("next", utf8(form.next));
    body.set("username", utf8(form.username));
    body.set("csrf", utf8(form.csrfToken));
    body.set("error", form.error.isEmpty() ? Data(false) : Data(utf8(form.error)));
    body.set("info", form.info.isEmpty() ? Data(false) : Data(utf8(form.info)));
    auto rendered = page(nullptr, QStringLiteral("login"), Desk::tr("Sign in"), {}, body, status);
    // The templates were checked at load; a failure here is a bug, shown plainly.
    return rendered ? *rendered : Page{500, rendered.error().message().toHtmlEscaped()};
}

Page DeskViews::error(const Viewer *viewer, int status, const QString &message) const
{
    Data body;
    QString heading = Desk::tr("Something went wrong");
    if (status == 404)
        heading = Desk::tr("Not found");
    else if (status == 403)
        heading = Desk::tr("Not allowed");
    else if (status == 400)
        heading = Desk::tr("This request cannot be shown");
    else if (status == 429)
        heading = Desk::tr("Too many attempts");
    body.set("heading", utf8(heading));
    body.set("message", utf8(message));
    auto rendered =
        page(viewer, QStringLiteral("error"), heading,
             {{Desk::tr("Workspace"), QStringLiteral("/desk")}, {heading, {}}}, body, status);
    return rendered ? *rendered : Page{500, rendered.error().message().toHtmlEscaped()};
}

} // namespace fm::desk
