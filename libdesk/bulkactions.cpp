// SPDX-License-Identifier: MIT
// Bulk actions of the list view: delete, submit or cancel the selected documents,
// each through DocumentAccess on its own, so one refusal (a linked document, a missing
// permission, a document in the wrong state) is reported for its row and the others
// still happen, as in Frappe's bulk actions.
#include "deskstrings.h"
#include "deskviews.h"
#include "fieldview.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "views_p.h"

#include <QCoreApplication>
#include <QUrl>

namespace fm::desk {

namespace {

// More than a page of the largest list is no selection a person made.
constexpr int kMaxSelected = 500;

QString counted(const char *text, int n)
{
    return QCoreApplication::translate("Desk", text, nullptr, n);
}

} // namespace

fm::Result<FormOutcome> DeskViews::bulk(const Viewer &viewer, const QString &doctype,
                                        const QUrlQuery &url, const FormFields &fields) const
{
    auto resolved = resolve(doctype);
    if (!resolved)
        return fm::fail(resolved.error());
    const fm::core::DocType &type = **resolved;
    QString action;
    bool confirmed = false;
    QStringList names;
    for (const auto &[key, value] : fields) {
        if (key == u"action")
            action = value;
        else if (key == u"confirm")
            confirmed = value == u"1";
        else if (key == u"names" && !value.isEmpty() && !names.contains(value))
            names << value;
    }
    BulkReport report;
    FormOutcome outcome;
    const auto listAgain = [&]() -> fm::Result<FormOutcome> {
        auto page = listPage(viewer, type.name, url, &report);
        if (!page)
            return fm::fail(page.error());
        outcome.page = *page;
        return outcome;
    };
    if (action != u"delete" && action != u"submit" && action != u"cancel") {
        report.failures.append(
            {QString(), Desk::tr("Choose what to do with the selected documents: "
                                 "delete, submit or cancel.")});
        outcome.failure = fm::ErrorCode::BadRequest;
        return listAgain();
    }
    if (names.isEmpty() || names.size() > kMaxSelected) {
        report.failures.append(
            {QString(),
             names.isEmpty()
                 ? Desk::tr("Select the documents first, with the boxes in the first column.")
                 : Desk::tr("Select at most %1 documents at once.").arg(kMaxSelected)});
        outcome.failure = fm::ErrorCode::BadRequest;
        return listAgain();
    }
    const QString query = url.toString(QUrl::FullyEncoded);
    const QString listPath = deskPath(type) + (query.isEmpty() ? QString() : u'?' + query);
    if (action == u"delete" && !confirmed) {
        // Deleting many documents is asked for once more, without JavaScript too.
        const QString label = type.label.isEmpty() ? type.name : type.label;
        Data list = emptyList();
        for (const QString &name : std::as_const(names)) {
            Data item;
            item.set("name", utf8(name));
            item.set("title", false);
            list.push_back(item);
        }
        Data body;
        body.set("heading", utf8(counted("Delete %n document(s)?", int(names.size()))));
        body.set("message",
                 utf8(Desk::tr("They disappear from lists and can no longer be linked to.")));
        body.set("action", utf8(deskPath(type) + QStringLiteral("/bulk") +
                                (query.isEmpty() ? QString() : u'?' + query)));
        body.set("csrf", utf8(viewer.csrfToken));
        body.set("names", list);
        body.set("bulk", true);
        body.set("confirm_label", utf8(counted("Delete %n document(s)", int(names.size()))));
        body.set("back_href", utf8(listPath));
        body.set("back_label", utf8(Desk::tr("Keep them")));
        auto page = this->page(&viewer, QStringLiteral("delete"), Desk::tr("Delete documents"),
                               {{Desk::tr("Workspace"), QStringLiteral("/desk")},
                                {label, listPath},
                                {Desk::tr("Delete"), {}}},
                               body);
        if (!page)
            return fm::fail(page.error());
        outcome.page = *page;
        return outcome;
    }

    const fm::core::Principal &who = viewer.principal;
    int done = 0;
    std::optional<fm::ErrorCode> firstFailure;
    for (const QString &name : std::as_const(names)) {
        fm::Result<void> result;
        if (action == u"delete") {
            result = m_access->remove(who, type.name, name, fm::core::DeleteMode::Soft);
        } else {
            auto changed = action == u"submit" ? m_access->submit(who, type.name, name)
                                               : m_access->cancel(who, type.name, name);
            if (!changed)
                result = fm::fail(changed.error());
        }
        if (result) {
            ++done;
        } else {
            if (!firstFailure)
                firstFailure = result.error().code();
            report.failures.append({name, result.error().message()});
        }
    }
    if (done > 0) {
        report.done << (action == u"delete"   ? counted("%n document(s) deleted.", done)
                        : action == u"submit" ? counted("%n document(s) submitted.", done)
                                              : counted("%n document(s) cancelled.", done));
    }
    if (done == 0)
        outcome.failure = firstFailure;
    return listAgain();
}

} // namespace fm::desk
