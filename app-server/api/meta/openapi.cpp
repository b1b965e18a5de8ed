// SPDX-License-Identifier: MIT
#include "api/meta/openapi.h"

#include "api/meta/documentschema.h"
#include "api/meta/openapibuilder.h"
#include "common/error.h"
#include "common/textdistance.h"
#include "http/response.h"
#include "meta/metaregistry.h"
#include "permissions/versionhistory.h"

namespace fm::server::api::meta {

using fm::core::DocType;
using namespace detail;

namespace {

const QString kString = QStringLiteral("string");

// Every code the error body can carry; the status each maps to is http::statusFor's.
const QList<fm::ErrorCode> kClientErrors = {
    fm::ErrorCode::BadRequest,         fm::ErrorCode::Unauthorized,
    fm::ErrorCode::InvalidCredentials, fm::ErrorCode::PermissionDenied,
    fm::ErrorCode::ReauthRequired,     fm::ErrorCode::NotFound,
    fm::ErrorCode::MethodNotAllowed,   fm::ErrorCode::Duplicate,
    fm::ErrorCode::VersionConflict,    fm::ErrorCode::DocumentSubmitted,
    fm::ErrorCode::InvalidState,       fm::ErrorCode::PayloadTooLarge,
    fm::ErrorCode::Validation,         fm::ErrorCode::RateLimited,
};

QJsonObject errorSchema()
{
    QJsonArray codes;
    for (const fm::ErrorCode code : kClientErrors)
        codes.append(fm::errorCodeName(code));
    codes.append(QStringLiteral("INTERNAL"));
    const QJsonObject fieldError{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{"field", "code", "message"}},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("field"), typed(kString)},
                                                   {QStringLiteral("code"), typed(kString)},
                                                   {QStringLiteral("message"), typed(kString)}}}};
    QJsonObject code = typed(kString);
    code.insert(QStringLiteral("enum"), codes);
    const QJsonObject error{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{"code", "message", "fields", "request_id"}},
        {QStringLiteral("description"),
         QStringLiteral("Details a client acts on sit beside the code: current_version "
                        "(VERSION_CONFLICT), retry_after (RATE_LIMITED), allow "
                        "(METHOD_NOT_ALLOWED).")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("code"), code},
                     {QStringLiteral("message"), typed(kString)},
                     {QStringLiteral("fields"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                  {QStringLiteral("items"), fieldError}}},
                     {QStringLiteral("request_id"), typed(kString)},
                     {QStringLiteral("current_version"), typed(QStringLiteral("integer"))},
                     {QStringLiteral("retry_after"), typed(QStringLiteral("integer"))},
                     {QStringLiteral("allow"), typed(kString)}}}};
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{"error"}},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("error"), error}}}};
}

// One shared response per error status, listing the codes that status carries.
QJsonObject errorResponses()
{
    QMap<int, QStringList> codesByStatus;
    for (const fm::ErrorCode code : kClientErrors)
        codesByStatus[http::statusFor(code)] << fm::errorCodeName(code);
    codesByStatus[500] << QStringLiteral("INTERNAL");
    QJsonObject responses;
    for (auto it = codesByStatus.cbegin(); it != codesByStatus.cend(); ++it) {
        QJsonObject response = jsonResponse(QStringLiteral("Error %1: %2.")
                                                .arg(it.key())
                                                .arg(it.value().join(QStringLiteral(", "))),
                                            schemaRef(QStringLiteral("api.Error")));
        if (it.key() == 429) {
            response.insert(QStringLiteral("headers"),
                            QJsonObject{{QStringLiteral("Retry-After"),
                                         QJsonObject{{QStringLiteral("description"),
                                                      QStringLiteral("Seconds to wait.")},
                                                     {QStringLiteral("schema"),
                                                      typed(QStringLiteral("integer"))}}}});
        }
        responses.insert(QString::number(it.key()), response);
    }
    return responses;
}

QJsonObject securitySchemes()
{
    auto scheme = [](const QString &type, const QString &description) {
        return QJsonObject{{QStringLiteral("type"), type},
                           {QStringLiteral("description"), description}};
    };
    QJsonObject cookie = scheme(QStringLiteral("apiKey"),
                                QStringLiteral("The session cookie POST /api/v1/auth/login sets. "
                                               "Unsafe methods also need the X-CSRF-Token header "
                                               "(csrf) with the login's csrf_token."));
    cookie.insert(QStringLiteral("in"), QStringLiteral("cookie"));
    cookie.insert(QStringLiteral("name"), QStringLiteral("fm_session"));
    QJsonObject csrf = scheme(QStringLiteral("apiKey"),
                              QStringLiteral("The csrf_token of the login, required beside the "
                                             "session cookie on POST, PUT and DELETE."));
    csrf.insert(QStringLiteral("in"), QStringLiteral("header"));
    csrf.insert(QStringLiteral("name"), QStringLiteral("X-CSRF-Token"));
    QJsonObject bearer = scheme(QStringLiteral("http"),
                                QStringLiteral("The token POST /api/v1/auth/login returns."));
    bearer.insert(QStringLiteral("scheme"), QStringLiteral("bearer"));
    QJsonObject apiKey = scheme(QStringLiteral("apiKey"),
                                QStringLiteral("An API key: `Authorization: token <key>:<secret>` "
                                               "(POST /api/v1/auth/api-keys shows the secret "
                                               "once)."));
    apiKey.insert(QStringLiteral("in"), QStringLiteral("header"));
    apiKey.insert(QStringLiteral("name"), QStringLiteral("Authorization"));
    QJsonObject basic = scheme(QStringLiteral("http"),
                               QStringLiteral("User name (or email) and password, for scripts."));
    basic.insert(QStringLiteral("scheme"), QStringLiteral("basic"));
    return QJsonObject{{QStringLiteral("session"), cookie},
                       {QStringLiteral("csrf"), csrf},
                       {QStringLiteral("bearer"), bearer},
                       {QStringLiteral("apiKey"), apiKey},
                       {QStringLiteral("basic"), basic}};
}

QJsonObject listParameters()
{
    QJsonObject limit = typed(QStringLiteral("integer"));
    limit.insert(QStringLiteral("minimum"), 1);
    limit.insert(QStringLiteral("default"), 20);
    QJsonObject offset = typed(QStringLiteral("integer"));
    offset.insert(QStringLiteral("minimum"), 0);
    offset.insert(QStringLiteral("default"), 0);
    QJsonObject count = typed(kString);
    count.insert(
        QStringLiteral("enum"),
        QJsonArray{QStringLiteral("capped"), QStringLiteral("exact"), QStringLiteral("none")});
    count.insert(QStringLiteral("default"), QStringLiteral("capped"));
    return QJsonObject{
        {QStringLiteral("filters"),
         queryParameter(QStringLiteral("filters"), typed(kString),
                        QStringLiteral("JSON array of [field, operator, value] triples, all of "
                                       "which must hold: "
                                       "[[\"status\",\"=\",\"Open\"],[\"total\",\">\",100]]. "
                                       "Operators: = != < <= > >= like, not like, in, not in, "
                                       "between, is set, is not set."))},
        {QStringLiteral("fields"),
         queryParameter(QStringLiteral("fields"), typed(kString),
                        QStringLiteral("JSON array of the fields to return: [\"name\",\"status\"]. "
                                       "Default: all the fields you may read."))},
        {QStringLiteral("order_by"),
         queryParameter(QStringLiteral("order_by"), typed(kString),
                        QStringLiteral("A field and an optional direction: `modified desc`. "
                                       "Default: the DocType's sort field."))},
        {QStringLiteral("limit"),
         queryParameter(QStringLiteral("limit"), limit,
                        QStringLiteral("Rows per page; above the server's maximum (500 unless "
                                       "configured) it is clamped, and the body says so."))},
        {QStringLiteral("offset"),
         queryParameter(QStringLiteral("offset"), offset, QStringLiteral("Rows to skip."))},
        {QStringLiteral("count"),
         queryParameter(QStringLiteral("count"), count,
                        QStringLiteral("How `total` is found: `capped` counts up to the "
                                       "server's list_count_cap (10000 unless configured) and "
                                       "answers total_exact false (more than `total` match) "
                                       "above it; `exact` counts every match; `none` only "
                                       "what the page proves."))}};
}

QJsonArray listParameterRefs()
{
    QJsonArray refs;
    for (const char *name : {"filters", "fields", "order_by", "limit", "offset", "count"})
        refs.append(ref(QStringLiteral("#/components/parameters/") + QLatin1String(name)));
    return refs;
}

// The CRUD routes of one DocType under its slug.
void addDocTypePaths(const DocType &doctype, QJsonObject &paths)
{
    const QString slug = fm::snakeCase(doctype.name);
    const QString base = QStringLiteral("/api/v1/") + slug;
    const QJsonObject schema = schemaRef(schemaKey(doctype.name));
    const QJsonObject one = dataEnvelope(schema);
    const QJsonObject nameParameter =
        pathParameter(QStringLiteral("name"), QStringLiteral("The document's name, URL-encoded."));
    auto op = [&](const QString &verb, const QString &summary) {
        Operation o;
        o.id = verb + QLatin1Char('_') + slug;
        o.tag = doctype.name;
        o.summary = summary.arg(doctype.name);
        return o;
    };

    Operation list = op(QStringLiteral("list"), QStringLiteral("List %1 documents"));
    list.parameters = listParameterRefs();
    list.responses.insert(
        QStringLiteral("200"),
        jsonResponse(QStringLiteral("One page of documents."), listEnvelope(schema)));
    list.errors = {400, 401, 403};
    Operation create = op(QStringLiteral("create"), QStringLiteral("Create a %1"));
    create.description = QStringLiteral("Child rows travel as arrays under their Table field.");
    create.requestSchema = schema;
    QJsonObject created = jsonResponse(QStringLiteral("Created."), one);
    created.insert(QStringLiteral("headers"),
                   QJsonObject{{QStringLiteral("Location"),
                                QJsonObject{{QStringLiteral("description"),
                                             QStringLiteral("The new document's URL.")},
                                            {QStringLiteral("schema"), typed(kString)}}}});
    create.responses.insert(QStringLiteral("201"), created);
    create.errors = {400, 401, 403, 409, 413, 422};
    paths.insert(base,
                 QJsonObject{{QStringLiteral("get"), operation(QStringLiteral("get"), list)},
                             {QStringLiteral("post"), operation(QStringLiteral("post"), create)}});

    Operation get = op(QStringLiteral("get"), QStringLiteral("Get a %1"));
    get.responses.insert(QStringLiteral("200"),
                         jsonResponse(QStringLiteral("The document, children in order."), one));
    get.errors = {401, 403, 404};
    Operation update = op(QStringLiteral("update"), QStringLiteral("Update a %1"));
    update.description = QStringLiteral("Merges the given fields. With _version in the body (or "
                                        "If-Match), a stale version gives 409 VERSION_CONFLICT "
                                        "with current_version.");
    update.parameters.append(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("If-Match")},
                    {QStringLiteral("in"), QStringLiteral("header")},
                    {QStringLiteral("description"), QStringLiteral("The _version you last read.")},
                    {QStringLiteral("schema"), typed(kString)}});
    update.requestSchema = schema;
    update.responses.insert(QStringLiteral("200"), jsonResponse(QStringLiteral("Saved."), one));
    update.errors = {400, 401, 403, 404, 409, 413, 422};
    Operation patch = update;
    patch.id = QStringLiteral("patch_") + slug;
    patch.summary = QStringLiteral("Update a %1 (same as PUT)").arg(doctype.name);
    Operation remove = op(QStringLiteral("delete"), QStringLiteral("Delete a %1"));
    QJsonObject flag = typed(QStringLiteral("integer"));
    flag.insert(QStringLiteral("enum"), QJsonArray{0, 1});
    remove.description = QStringLiteral("Soft delete; ?hard=1 removes the row.");
    remove.parameters.append(queryParameter(QStringLiteral("hard"), flag,
                                            QStringLiteral("1 removes the row for good.")));
    remove.responses.insert(QStringLiteral("204"), jsonResponse(QStringLiteral("Deleted."), {}));
    remove.errors = {401, 403, 404, 409};
    QJsonObject item{{QStringLiteral("parameters"), QJsonArray{nameParameter}},
                     {QStringLiteral("get"), operation(QStringLiteral("get"), get)},
                     {QStringLiteral("put"), operation(QStringLiteral("put"), update)},
                     {QStringLiteral("patch"), operation(QStringLiteral("patch"), patch)},
                     {QStringLiteral("delete"), operation(QStringLiteral("delete"), remove)}};
    paths.insert(base + QStringLiteral("/{name}"), item);

    Operation shares = op(QStringLiteral("shares"), QStringLiteral("Who a %1 is shared with"));
    shares.responses.insert(
        QStringLiteral("200"),
        jsonResponse(QStringLiteral("The document's shares."),
                     dataEnvelope(QJsonObject{
                         {QStringLiteral("type"), QStringLiteral("array")},
                         {QStringLiteral("items"), schemaRef(QStringLiteral("api.Share"))}})));
    shares.errors = {401, 403, 404};
    paths.insert(base + QStringLiteral("/{name}/shares"),
                 QJsonObject{{QStringLiteral("parameters"), QJsonArray{nameParameter}},
                             {QStringLiteral("get"), operation(QStringLiteral("get"), shares)}});
    Operation versions =
        op(QStringLiteral("versions"), QStringLiteral("The saved changes of a %1, newest first"));
    versions.description = QStringLiteral(
        "Each save of a DocType with track_changes: who, when, and each changed field's old "
        "and new value. Fields above your permlevels are left out, and so is a save that "
        "changed only such fields. Empty for a DocType that does not track changes.");
    QJsonObject pageLimit = typed(QStringLiteral("integer"));
    pageLimit.insert(QStringLiteral("minimum"), 1);
    pageLimit.insert(QStringLiteral("maximum"), fm::core::VersionHistory::kMaxLimit);
    pageLimit.insert(QStringLiteral("default"), 20);
    QJsonObject pageOffset = typed(QStringLiteral("integer"));
    pageOffset.insert(QStringLiteral("minimum"), 0);
    versions.parameters = QJsonArray{
        queryParameter(QStringLiteral("limit"), pageLimit, QStringLiteral("Entries per page.")),
        queryParameter(QStringLiteral("offset"), pageOffset,
                       QStringLiteral("Entries (that you may see) to skip."))};
    const QJsonObject change{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("old"), QJsonObject{}},
                                                   {QStringLiteral("new"), QJsonObject{}}}}};
    const QJsonObject entry{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("name"), typed(kString)},
                     {QStringLiteral("user"), typed(kString)},
                     {QStringLiteral("time"), typed(kString)},
                     {QStringLiteral("type"), typed(kString)},
                     {QStringLiteral("changes"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                  {QStringLiteral("additionalProperties"), change}}}}}};
    versions.responses.insert(
        QStringLiteral("200"),
        jsonResponse(
            QStringLiteral("One page of the document's changes."),
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("object")},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("data"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                          {QStringLiteral("items"), entry}}},
                             {QStringLiteral("limit"), typed(QStringLiteral("integer"))},
                             {QStringLiteral("offset"), typed(QStringLiteral("integer"))},
                             {QStringLiteral("has_more"), typed(QStringLiteral("boolean"))}}}}));
    versions.errors = {400, 401, 403, 404};
    paths.insert(base + QStringLiteral("/{name}/versions"),
                 QJsonObject{{QStringLiteral("parameters"), QJsonArray{nameParameter}},
                             {QStringLiteral("get"), operation(QStringLiteral("get"), versions)}});
    if (!doctype.isSubmittable)
        return;
    const struct
    {
        const char *action;
        const char *summary;
        const char *status;
    } actions[] = {{"submit", "Submit a %1", "200"},
                   {"cancel", "Cancel a submitted %1", "200"},
                   {"amend", "Amend a cancelled %1: a new draft copy", "201"}};
    for (const auto &action : actions) {
        Operation o = op(QLatin1String(action.action), QLatin1String(action.summary));
        o.responses.insert(QLatin1String(action.status),
                           jsonResponse(QStringLiteral("The document after the action."), one));
        o.errors = {401, 403, 404, 409, 422};
        paths.insert(base + QStringLiteral("/{name}/") + QLatin1String(action.action),
                     QJsonObject{{QStringLiteral("parameters"), QJsonArray{nameParameter}},
                                 {QStringLiteral("post"), operation(QStringLiteral("post"), o)}});
    }
}

} // namespace

QJsonObject openApiDocument(const fm::core::MetaRegistry &registry,
                            const QList<const DocType *> &doctypes, const OpenApiOptions &options)
{
    QJsonObject paths = fixedPaths(options.dev);
    QJsonObject schemas = fixedSchemas();
    for (const QJsonObject &more : {jobSchemas(), notificationSchemas()}) {
        for (auto it = more.begin(); it != more.end(); ++it)
            schemas.insert(it.key(), it.value());
    }
    schemas.insert(QStringLiteral("api.Error"), errorSchema());
    QJsonArray tags;
    for (const DocType *doctype : doctypes) {
        if (!doctype->apiResource || doctype->isChild)
            continue;
        addDocTypePaths(*doctype, paths);
        const QString refBase = QStringLiteral("#/components/schemas/");
        schemas.insert(schemaKey(doctype->name), documentSchema(registry, *doctype, refBase));
        for (const QString &child : childDocTypes(registry, *doctype)) {
            if (const DocType *childType = registry.doctype(child))
                schemas.insert(schemaKey(child), documentSchema(registry, *childType, refBase));
        }
        QJsonObject tag{{QStringLiteral("name"), doctype->name}};
        if (!doctype->description.isEmpty())
            tag.insert(QStringLiteral("description"), doctype->description);
        tags.append(tag);
    }
    QJsonObject parameters = listParameters();
    QJsonObject document{
        {QStringLiteral("openapi"), QStringLiteral("3.1.0")},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("title"), options.title},
                     {QStringLiteral("version"), options.version},
                     {QStringLiteral("description"),
                      QStringLiteral("The REST API of a Framework M site: documents of every "
                                     "DocType, RPC, authentication, sharing, metadata and "
                                     "operations. docs/reference/rest-api.md explains it.")}}},
        {QStringLiteral("servers"),
         QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("/")}}}},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"),
         QJsonObject{{QStringLiteral("schemas"), schemas},
                     {QStringLiteral("responses"), errorResponses()},
                     {QStringLiteral("parameters"), parameters},
                     {QStringLiteral("securitySchemes"), securitySchemes()}}},
        {QStringLiteral("security"),
         QJsonArray{QJsonObject{{QStringLiteral("session"), QJsonArray{}}},
                    QJsonObject{{QStringLiteral("bearer"), QJsonArray{}}},
                    QJsonObject{{QStringLiteral("apiKey"), QJsonArray{}}},
                    QJsonObject{{QStringLiteral("basic"), QJsonArray{}}}}}};
    if (!options.routes.isEmpty())
        document.insert(QStringLiteral("x-fm-routes"), QJsonArray::fromStringList(options.routes));
    return document;
}

} // namespace fm::server::api::meta
