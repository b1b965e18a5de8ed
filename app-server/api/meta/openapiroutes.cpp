// SPDX-License-Identifier: MIT
// The OpenAPI description of the routes that exist once per server, not per DocType.

#include "api/meta/openapibuilder.h"

namespace fm::server::api::meta::detail {

namespace {

QJsonObject string(const QString &description = {})
{
    return typed(QStringLiteral("string"), description);
}

QJsonObject object(const QJsonObject &properties, const QJsonArray &required = {})
{
    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties}};
    if (!required.isEmpty())
        schema.insert(QStringLiteral("required"), required);
    return schema;
}

QJsonObject arrayOf(const QJsonObject &items)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                       {QStringLiteral("items"), items}};
}

QJsonObject content(const QString &mimeType, const QJsonObject &schema)
{
    return QJsonObject{{mimeType, QJsonObject{{QStringLiteral("schema"), schema}}}};
}

// Adds `op` under `method` to the path item of `path`, with path parameters.
void add(QJsonObject &paths, const QString &path, const QString &method, const Operation &op,
         const QJsonArray &pathParameters = {})
{
    QJsonObject item = paths.value(path).toObject();
    if (!pathParameters.isEmpty())
        item.insert(QStringLiteral("parameters"), pathParameters);
    item.insert(method, operation(method, op));
    paths.insert(path, item);
}

Operation make(const QString &id, const QString &tag, const QString &summary, int status,
               const QString &what, const QJsonObject &schema, const QList<int> &errors)
{
    Operation op;
    op.id = id;
    op.tag = tag;
    op.summary = summary;
    op.responses.insert(QString::number(status), jsonResponse(what, schema));
    op.errors = errors;
    return op;
}

void addAuthPaths(QJsonObject &paths)
{
    const QString tag = QStringLiteral("Authentication");
    const QString base = QStringLiteral("/api/v1/auth");
    Operation login = make(QStringLiteral("auth_login"), tag, QStringLiteral("Log in"), 200,
                           QStringLiteral("Signed in; also sets the fm_session cookie."),
                           schemaRef(QStringLiteral("api.LoginResult")), {400, 401, 429});
    login.description = QStringLiteral("Unknown user and wrong password give the same 401 "
                                       "INVALID_CREDENTIALS; failed logins are rate limited per "
                                       "account and per address.");
    login.requestSchema = schemaRef(QStringLiteral("api.Login"));
    login.open = true;
    add(paths, base + QStringLiteral("/login"), QStringLiteral("post"), login);
    add(paths, base + QStringLiteral("/logout"), QStringLiteral("post"),
        make(QStringLiteral("auth_logout"), tag, QStringLiteral("Log out: end this session"), 204,
             QStringLiteral("Signed out."), {}, {401}));
    add(paths, base + QStringLiteral("/me"), QStringLiteral("get"),
        make(QStringLiteral("auth_me"), tag, QStringLiteral("The signed-in user"), 200,
             QStringLiteral("Who you are."),
             dataEnvelope(schemaRef(QStringLiteral("api.CurrentUser"))), {401}));
    Operation updateMe =
        make(QStringLiteral("auth_me_update"), tag, QStringLiteral("Change your own settings"), 200,
             QStringLiteral("Who you are, changed."),
             dataEnvelope(schemaRef(QStringLiteral("api.CurrentUser"))), {400, 401});
    updateMe.description =
        QStringLiteral("Only `language` (a catalogue's code, or null for the browser's "
                       "Accept-Language): the server then answers this user in it.");
    updateMe.requestSchema =
        object({{QStringLiteral("language"), string(QStringLiteral("\"de\", \"en\" or null"))}},
               {"language"});
    add(paths, base + QStringLiteral("/me"), QStringLiteral("patch"), updateMe);
    add(paths, base + QStringLiteral("/sessions"), QStringLiteral("get"),
        make(QStringLiteral("auth_sessions"), tag, QStringLiteral("Your open sessions"), 200,
             QStringLiteral("Sessions (the list envelope, all on one page)."),
             listEnvelope(schemaRef(QStringLiteral("api.Session"))), {401}));
    add(paths, base + QStringLiteral("/sessions"), QStringLiteral("delete"),
        make(QStringLiteral("auth_sessions_revoke_all"), tag,
             QStringLiteral("End all your sessions"), 200,
             QStringLiteral("How many ended; the cookie is cleared."),
             dataEnvelope(object({{QStringLiteral("revoked"), typed(QStringLiteral("integer"))}})),
             {401}));
    add(paths, base + QStringLiteral("/sessions/{id}"), QStringLiteral("delete"),
        make(QStringLiteral("auth_sessions_revoke"), tag, QStringLiteral("End one session"), 204,
             QStringLiteral("Ended."), {}, {401, 404}),
        {pathParameter(QStringLiteral("id"), QStringLiteral("The session's id."))});

    Operation createKey =
        make(QStringLiteral("auth_api_keys_create"), tag, QStringLiteral("Create an API key"), 201,
             QStringLiteral("The key; the secret is shown this once."),
             dataEnvelope(schemaRef(QStringLiteral("api.ApiKeyCreated"))), {400, 401, 403});
    createKey.description = QStringLiteral("Needs a login in the last 10 minutes or the "
                                           "password in the body, else 403 REAUTH_REQUIRED. Use "
                                           "it as `Authorization: token <key>:<secret>`.");
    createKey.requestSchema = object(
        {{QStringLiteral("password"), string(QStringLiteral("Your password, when the login "
                                                            "is older than 10 minutes."))},
         {QStringLiteral("expires"),
          string(QStringLiteral("When the key stops working (ISO 8601, UTC by default); none: "
                                "never."))},
         {QStringLiteral("expires_in_days"),
          typed(QStringLiteral("integer"), QStringLiteral("Or: days from now (1-3650)."))}});
    add(paths, base + QStringLiteral("/api-keys"), QStringLiteral("post"), createKey);
    add(paths, base + QStringLiteral("/api-keys"), QStringLiteral("get"),
        make(QStringLiteral("auth_api_keys"), tag, QStringLiteral("Your API keys"), 200,
             QStringLiteral("Keys without their secrets, newest first (the list envelope, all "
                            "on one page)."),
             listEnvelope(object({{QStringLiteral("name"), string()},
                                  {QStringLiteral("key"), string()},
                                  {QStringLiteral("created"), string()},
                                  {QStringLiteral("expires"), string()},
                                  {QStringLiteral("expired"), typed(QStringLiteral("boolean"))}})),
             {401}));
    add(paths, base + QStringLiteral("/api-keys/{id}"), QStringLiteral("delete"),
        make(QStringLiteral("auth_api_keys_revoke"), tag, QStringLiteral("Revoke one API key"), 204,
             QStringLiteral("Revoked for good."), {}, {401, 404}),
        {pathParameter(QStringLiteral("id"), QStringLiteral("The key's name (id)."))});

    Operation password =
        make(QStringLiteral("auth_password"), tag, QStringLiteral("Change your password"), 204,
             QStringLiteral("Changed."), {}, {400, 401, 403, 422});
    password.description = QStringLiteral("Needs current_password, or a login in the last 10 "
                                          "minutes (else 403 REAUTH_REQUIRED).");
    password.requestSchema =
        object({{QStringLiteral("current_password"), string()},
                {QStringLiteral("new_password"), string()},
                {QStringLiteral("revoke_api_keys"),
                 typed(QStringLiteral("boolean"),
                       QStringLiteral("Also revoke your API keys (default true)."))}},
               {"current_password", "new_password"});
    add(paths, base + QStringLiteral("/password"), QStringLiteral("post"), password);

    Operation magic = make(
        QStringLiteral("auth_magic_link"), tag, QStringLiteral("Email a one-time login link"), 202,
        QStringLiteral("Queued when the address belongs to a user; the "
                       "answer is the same either way."),
        dataEnvelope(object({{QStringLiteral("message"), string()}})), {400, 429});
    magic.requestSchema = object({{QStringLiteral("email"), string()}}, {"email"});
    magic.open = true;
    add(paths, base + QStringLiteral("/magic-link"), QStringLiteral("post"), magic);
    Operation redeem = make(QStringLiteral("auth_magic_link_login"), tag,
                            QStringLiteral("Log in with a magic link"), 200,
                            QStringLiteral("Signed in, as with a password login."),
                            schemaRef(QStringLiteral("api.LoginResult")), {401, 429});
    redeem.description = QStringLiteral("Works once, within 15 minutes of the request.");
    redeem.open = true;
    add(paths, base + QStringLiteral("/magic-link/{token}"), QStringLiteral("get"), redeem,
        {pathParameter(QStringLiteral("token"), QStringLiteral("The token from the email."))});
}

void addRpcAndSharePaths(QJsonObject &paths)
{
    const QString rpc = QStringLiteral("RPC");
    Operation method = make(QStringLiteral("rpc_doctype_method"), rpc,
                            QStringLiteral("Call a whitelisted controller method"), 200,
                            QStringLiteral("What the method returned."), dataEnvelope({}),
                            {400, 401, 403, 404, 422});
    method.requestSchema =
        object({{QStringLiteral("name"), string(QStringLiteral("The document to call it on."))},
                {QStringLiteral("args"), typed(QStringLiteral("object"))}});
    add(paths, QStringLiteral("/api/v1/rpc/{doctype}/{method}"), QStringLiteral("post"), method,
        {pathParameter(QStringLiteral("doctype"), QStringLiteral("DocType name or slug.")),
         pathParameter(QStringLiteral("method"), QStringLiteral("The method's name."))});
    Operation function = make(
        QStringLiteral("rpc_function"), rpc, QStringLiteral("Call a registered function"), 200,
        QStringLiteral("What the function returned."), dataEnvelope({}), {400, 401, 403, 404, 422});
    function.requestSchema = object({{QStringLiteral("args"), typed(QStringLiteral("object"))}});
    add(paths, QStringLiteral("/api/v1/rpc/fn/{name}"), QStringLiteral("post"), function,
        {pathParameter(QStringLiteral("name"), QStringLiteral("Dotted name: app.module.fn."))});

    const QString share = QStringLiteral("Sharing");
    Operation create =
        make(QStringLiteral("share_create"), share, QStringLiteral("Share a document with a user"),
             201, QStringLiteral("The share."),
             dataEnvelope(schemaRef(QStringLiteral("api.Share"))), {400, 401, 403, 404, 422});
    create.requestSchema = schemaRef(QStringLiteral("api.ShareRequest"));
    create.description = QStringLiteral("201 for a new share, 200 when it updates the user's "
                                        "existing share of the document.");
    create.responses.insert(QStringLiteral("200"),
                            jsonResponse(QStringLiteral("The updated share."),
                                         dataEnvelope(schemaRef(QStringLiteral("api.Share")))));
    add(paths, QStringLiteral("/api/v1/share"), QStringLiteral("post"), create);
    add(paths, QStringLiteral("/api/v1/share/{id}"), QStringLiteral("delete"),
        make(QStringLiteral("share_delete"), share, QStringLiteral("Remove a share"), 204,
             QStringLiteral("Removed."), {}, {401, 403, 404}),
        {pathParameter(QStringLiteral("id"), QStringLiteral("The share's id."))});
}

void addMetaAndOpsPaths(QJsonObject &paths, bool dev)
{
    const QString meta = QStringLiteral("Metadata");
    add(paths, QStringLiteral("/api/meta/{doctype}"), QStringLiteral("get"),
        make(QStringLiteral("meta_doctype"), meta,
             QStringLiteral("A DocType, its JSON Schema and what you may do with it"), 200,
             QStringLiteral("The DocType."),
             dataEnvelope(schemaRef(QStringLiteral("api.DocTypeMeta"))), {401, 403, 404}),
        {pathParameter(QStringLiteral("doctype"),
                       QStringLiteral("The DocType's name, URL-encoded, or its snake_case "
                                      "slug."))});
    Operation openapi =
        make(QStringLiteral("meta_openapi"), meta, QStringLiteral("This OpenAPI document"), 200,
             QStringLiteral("OpenAPI 3.1, with the DocTypes you may read."),
             typed(QStringLiteral("object")), {});
    openapi.open = true;
    add(paths, QStringLiteral("/api/openapi.json"), QStringLiteral("get"), openapi);
    Operation docs;
    docs.id = QStringLiteral("meta_docs");
    docs.tag = meta;
    docs.summary = QStringLiteral("The API documentation page");
    docs.responses.insert(
        QStringLiteral("200"),
        QJsonObject{{QStringLiteral("description"), QStringLiteral("HTML.")},
                    {QStringLiteral("content"), content(QStringLiteral("text/html"), string())}});
    docs.open = true;
    add(paths, QStringLiteral("/api/docs"), QStringLiteral("get"), docs);
    Operation asset = docs;
    asset.id = QStringLiteral("meta_docs_asset");
    asset.summary = QStringLiteral("A script, stylesheet or image of the documentation page");
    asset.responses.insert(QStringLiteral("200"),
                           QJsonObject{{QStringLiteral("description"),
                                        QStringLiteral("The file, with its content type.")}});
    asset.errors = {404};
    add(paths, QStringLiteral("/api/docs/assets/{file}"), QStringLiteral("get"), asset,
        {pathParameter(QStringLiteral("file"), QStringLiteral("The file's name."))});

    const QString ops = QStringLiteral("Operations");
    const QJsonObject status = object({{QStringLiteral("status"), string()}});
    for (const auto &[path, summary] :
         {std::pair{"/health", "Liveness: the database answers"},
          std::pair{"/ready", "Readiness: the schema is up to date"}}) {
        Operation op = make(QStringLiteral("ops_") + QLatin1String(path + 1), ops,
                            QLatin1String(summary), 200, QStringLiteral("Up."), status, {});
        op.responses.insert(QStringLiteral("503"),
                            jsonResponse(QStringLiteral("Not (yet) able to serve."), status));
        op.open = true;
        add(paths, QLatin1String(path), QStringLiteral("get"), op);
    }
    Operation metrics;
    metrics.id = QStringLiteral("ops_metrics");
    metrics.tag = ops;
    metrics.summary = QStringLiteral("Prometheus metrics");
    metrics.responses.insert(
        QStringLiteral("200"),
        QJsonObject{
            {QStringLiteral("description"), QStringLiteral("Prometheus text format 0.0.4.")},
            {QStringLiteral("content"), content(QStringLiteral("text/plain"), string())}});
    metrics.open = true;
    add(paths, QStringLiteral("/metrics"), QStringLiteral("get"), metrics);
    if (dev) {
        Operation mailbox =
            make(QStringLiteral("dev_mailbox"), QStringLiteral("Development"),
                 QStringLiteral("Emails the server queued (m start --dev only)"), 200,
                 QStringLiteral("Newest first."),
                 dataEnvelope(arrayOf(typed(QStringLiteral("object")))), {400, 403});
        add(paths, QStringLiteral("/api/v1/dev/mailbox"), QStringLiteral("get"), mailbox);
        // The development sign-in (app-server/api/auth/devsigninroutes.h, docs/adr/0205).
        Operation trade = make(
            QStringLiteral("dev_sign_in_token"), QStringLiteral("Development"),
            QStringLiteral("Trade the server's development secret for a one-time sign-in "
                           "(m start --dev, from this machine only)"),
            201, QStringLiteral("A token that signs the developer in once, within 60 s."),
            dataEnvelope(object({{QStringLiteral("token"), string()},
                                 {QStringLiteral("user"), string()},
                                 {QStringLiteral("expires_in"), typed(QStringLiteral("integer"))},
                                 {QStringLiteral("url"), string()}})),
            {400, 401, 403, 429});
        trade.requestSchema =
            object({{QStringLiteral("secret"),
                     string(QStringLiteral("The value of FM_DEV_SIGNIN_SECRET the server started "
                                           "with."))}},
                   {"secret"});
        trade.open = true;
        add(paths, QStringLiteral("/api/v1/dev/sign-in"), QStringLiteral("post"), trade);
        Operation redeem = make(QStringLiteral("dev_sign_in"), QStringLiteral("Development"),
                                QStringLiteral("Sign in with a development token"), 303,
                                QStringLiteral("Signed in: the session cookie is set and "
                                               "Location is `next`."),
                                {}, {400, 401, 403, 429});
        redeem.open = true;
        redeem.parameters = {
            queryParameter(QStringLiteral("token"), string(),
                           QStringLiteral("The token from POST /api/v1/dev/sign-in.")),
            queryParameter(QStringLiteral("next"), string(),
                           QStringLiteral("A path on this server to go to (default /)."))};
        add(paths, QStringLiteral("/api/v1/dev/sign-in"), QStringLiteral("get"), redeem);
    }
}

} // namespace

QJsonObject dataEnvelope(const QJsonObject &schema)
{
    return object({{QStringLiteral("data"), schema}}, {"data"});
}

QJsonObject listEnvelope(const QJsonObject &rowSchema)
{
    const QJsonObject integer = typed(QStringLiteral("integer"));
    return object({{QStringLiteral("data"), arrayOf(rowSchema)},
                   {QStringLiteral("total"), integer},
                   {QStringLiteral("total_exact"),
                    typed(QStringLiteral("boolean"),
                          QStringLiteral("Document lists: false when more than `total` rows "
                                         "match (the count stopped at the server's cap, or was "
                                         "not asked for); ask with count=exact for the exact "
                                         "number."))},
                   {QStringLiteral("limit"), integer},
                   {QStringLiteral("offset"), integer},
                   {QStringLiteral("has_more"), typed(QStringLiteral("boolean"))},
                   {QStringLiteral("notice"),
                    string(QStringLiteral("Present when the limit asked for was over the "
                                          "server's maximum and was lowered."))}},
                  {"data", "total", "limit", "offset", "has_more"});
}

QJsonObject jsonResponse(const QString &description, const QJsonObject &schema)
{
    QJsonObject response{{QStringLiteral("description"), description}};
    if (!schema.isEmpty())
        response.insert(QStringLiteral("content"),
                        content(QStringLiteral("application/json"), schema));
    return response;
}

QJsonObject pathParameter(const QString &name, const QString &description)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("in"), QStringLiteral("path")},
                       {QStringLiteral("required"), true},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("schema"), string()}};
}

QJsonObject queryParameter(const QString &name, const QJsonObject &schema,
                           const QString &description)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("in"), QStringLiteral("query")},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("schema"), schema}};
}

QJsonObject operation(const QString &method, const Operation &op)
{
    QJsonObject out{{QStringLiteral("operationId"), op.id},
                    {QStringLiteral("tags"), QJsonArray{op.tag}},
                    {QStringLiteral("summary"), op.summary}};
    if (!op.description.isEmpty())
        out.insert(QStringLiteral("description"), op.description);
    if (!op.parameters.isEmpty())
        out.insert(QStringLiteral("parameters"), op.parameters);
    if (!op.requestSchema.isEmpty()) {
        out.insert(QStringLiteral("requestBody"),
                   QJsonObject{{QStringLiteral("required"), true},
                               {QStringLiteral("content"),
                                content(QStringLiteral("application/json"), op.requestSchema)}});
    }
    QJsonObject responses = op.responses;
    QList<int> errors = op.errors;
    errors << 500;
    for (const int status : errors) {
        responses.insert(QString::number(status),
                         ref(QStringLiteral("#/components/responses/%1").arg(status)));
    }
    out.insert(QStringLiteral("responses"), responses);
    if (op.open) {
        out.insert(QStringLiteral("security"), QJsonArray{QJsonObject{}});
    } else if (method != QLatin1String("get")) {
        // A cookie alone does not authorize a write: the CSRF header must come with it.
        out.insert(QStringLiteral("security"),
                   QJsonArray{QJsonObject{{QStringLiteral("session"), QJsonArray{}},
                                          {QStringLiteral("csrf"), QJsonArray{}}},
                              QJsonObject{{QStringLiteral("bearer"), QJsonArray{}}},
                              QJsonObject{{QStringLiteral("apiKey"), QJsonArray{}}},
                              QJsonObject{{QStringLiteral("basic"), QJsonArray{}}}});
    }
    return out;
}

namespace {

// The Desk's pages (app-server/api/desk, docs/guide/desk.md): HTML for browsers, not
// an API; listed so the route check sees every served route described.
void addDeskPaths(QJsonObject &paths)
{
    const QString tag = QStringLiteral("Desk");
    const QJsonObject page{
        {QStringLiteral("description"), QStringLiteral("An HTML page.")},
        {QStringLiteral("content"), content(QStringLiteral("text/html"), string())}};
    const QJsonObject seeOther{
        {QStringLiteral("description"), QStringLiteral("Redirect (Location) to the next page.")}};
    const auto desk = [&](const QString &id, const QString &summary, bool open,
                          const QJsonObject &answer, const QString &status) {
        Operation op;
        op.id = QStringLiteral("desk_") + id;
        op.tag = tag;
        op.summary = summary;
        op.responses.insert(status, answer);
        op.open = open;
        return op;
    };
    add(paths, QStringLiteral("/"), QStringLiteral("get"),
        desk(QStringLiteral("root"), QStringLiteral("Leads to the Desk"), true, seeOther,
             QStringLiteral("302")));
    add(paths, QStringLiteral("/desk"), QStringLiteral("get"),
        desk(QStringLiteral("workspace"),
             QStringLiteral("The workspace (signed out: redirect to the login)"), true, page,
             QStringLiteral("200")));
    add(paths, QStringLiteral("/desk/login"), QStringLiteral("get"),
        desk(QStringLiteral("login_page"), QStringLiteral("The login page"), true, page,
             QStringLiteral("200")));
    add(paths, QStringLiteral("/desk/login"), QStringLiteral("post"),
        desk(QStringLiteral("login"), QStringLiteral("Sign in with the login form"), true, seeOther,
             QStringLiteral("303")));
    add(paths, QStringLiteral("/desk/login/link"), QStringLiteral("post"),
        desk(QStringLiteral("login_link"), QStringLiteral("Ask for a sign-in link by mail"), true,
             page, QStringLiteral("200")));
    add(paths, QStringLiteral("/desk/logout"), QStringLiteral("post"),
        desk(QStringLiteral("logout"), QStringLiteral("Sign out (form field csrf_token)"), false,
             seeOther, QStringLiteral("303")));
    add(paths, QStringLiteral("/desk/language"), QStringLiteral("post"),
        desk(QStringLiteral("language"),
             QStringLiteral("Choose your language (form fields language, csrf_token)"), false,
             seeOther, QStringLiteral("303")));
    Operation asset =
        desk(QStringLiteral("asset"),
             QStringLiteral("A stylesheet or script of the Desk, by hashed name"), true,
             QJsonObject{
                 {QStringLiteral("description"), QStringLiteral("The file, cached for a year.")}},
             QStringLiteral("200"));
    asset.errors = {404};
    add(paths, QStringLiteral("/desk/assets/{file}"), QStringLiteral("get"), asset,
        {pathParameter(QStringLiteral("file"), QStringLiteral("The file's hashed name."))});
    const QJsonObject doctype = pathParameter(
        QStringLiteral("doctype"), QStringLiteral("The DocType's name or snake_case slug."));
    add(paths, QStringLiteral("/desk/{doctype}"), QStringLiteral("get"),
        desk(QStringLiteral("list"),
             QStringLiteral("A DocType's list (q, f.<field>, op.<field>, sort, dir, page, limit)"),
             true, page, QStringLiteral("200")),
        {doctype});
    add(paths, QStringLiteral("/desk/{doctype}/{name}"), QStringLiteral("get"),
        desk(QStringLiteral("form"), QStringLiteral("A document's form, read-only"), true, page,
             QStringLiteral("200")),
        {doctype, pathParameter(QStringLiteral("name"), QStringLiteral("The document's name."))});
    const QJsonObject name =
        pathParameter(QStringLiteral("name"), QStringLiteral("The document's name."));
    const QJsonObject json{{QStringLiteral("description"), QStringLiteral("JSON choices.")}};
    add(paths, QStringLiteral("/desk/api/link"), QStringLiteral("get"),
        desk(QStringLiteral("link_choices"),
             QStringLiteral("Link suggestions the user may read (doctype, q)"), false, json,
             QStringLiteral("200")));
    add(paths, QStringLiteral("/desk/api/palette"), QStringLiteral("get"),
        desk(QStringLiteral("palette"), QStringLiteral("The command palette's matches (q)"), false,
             json, QStringLiteral("200")));
    add(paths, QStringLiteral("/desk/{doctype}/new"), QStringLiteral("get"),
        desk(QStringLiteral("new_form"), QStringLiteral("An empty form for a new document"), false,
             page, QStringLiteral("200")),
        {doctype});
    add(paths, QStringLiteral("/desk/{doctype}/new"), QStringLiteral("post"),
        desk(QStringLiteral("create"),
             QStringLiteral("Create from the form post (csrf_token, _version)"), false, seeOther,
             QStringLiteral("303")),
        {doctype});
    add(paths, QStringLiteral("/desk/{doctype}/view/kanban"), QStringLiteral("get"),
        desk(QStringLiteral("kanban"), QStringLiteral("The DocType's kanban board"), false, page,
             QStringLiteral("200")),
        {doctype});
    add(paths, QStringLiteral("/desk/{doctype}/view/calendar"), QStringLiteral("get"),
        desk(QStringLiteral("calendar"),
             QStringLiteral("The DocType's calendar (mode=month|week, date=YYYY-MM-DD)"), false,
             page, QStringLiteral("200")),
        {doctype});
    add(paths, QStringLiteral("/desk/{doctype}/bulk"), QStringLiteral("post"),
        desk(QStringLiteral("bulk"),
             QStringLiteral("Delete, submit or cancel the selected documents (csrf_token)"), false,
             page, QStringLiteral("200")),
        {doctype});
    add(paths, QStringLiteral("/desk/{doctype}/{name}/delete"), QStringLiteral("get"),
        desk(QStringLiteral("delete_page"), QStringLiteral("Asks before deleting a document"),
             false, page, QStringLiteral("200")),
        {doctype, name});
    add(paths, QStringLiteral("/desk/{doctype}/{name}/delete"), QStringLiteral("post"),
        desk(QStringLiteral("delete"), QStringLiteral("Delete the document (csrf_token)"), false,
             seeOther, QStringLiteral("303")),
        {doctype, name});
}

} // namespace

QJsonObject fixedPaths(bool dev)
{
    QJsonObject paths;
    addAuthPaths(paths);
    addRpcAndSharePaths(paths);
    addMetaAndOpsPaths(paths, dev);
    addJobPaths(paths);
    addStreamPaths(paths);
    addNotificationPaths(paths);
    addDeskPaths(paths);
    return paths;
}

QJsonObject fixedSchemas()
{
    const QJsonObject dateTime{{QStringLiteral("type"), QStringLiteral("string")},
                               {QStringLiteral("format"), QStringLiteral("date-time")}};
    const QJsonObject roles = arrayOf(string());
    const QJsonObject user = object({{QStringLiteral("user"), string()},
                                     {QStringLiteral("full_name"), string()},
                                     {QStringLiteral("roles"), roles}},
                                    {"user", "roles"});
    const QJsonObject nullableStamp{{QStringLiteral("type"), QJsonArray{"string", "null"}},
                                    {QStringLiteral("format"), QStringLiteral("date-time")}};
    QJsonObject permissions =
        object({{QStringLiteral("read"), typed(QStringLiteral("boolean"))},
                {QStringLiteral("write"), typed(QStringLiteral("boolean"))},
                {QStringLiteral("create"), typed(QStringLiteral("boolean"))},
                {QStringLiteral("delete"), typed(QStringLiteral("boolean"))},
                {QStringLiteral("submit"), typed(QStringLiteral("boolean"))},
                {QStringLiteral("cancel"), typed(QStringLiteral("boolean"))},
                {QStringLiteral("amend"), typed(QStringLiteral("boolean"))},
                {QStringLiteral("select"),
                 typed(QStringLiteral("boolean"),
                       QStringLiteral("May pick documents in a Link without reading them."))},
                {QStringLiteral("share"), typed(QStringLiteral("boolean"))},
                {QStringLiteral("if_owner"),
                 arrayOf(string(QStringLiteral("An action granted only on your own documents.")))},
                {QStringLiteral("readable_fields"), roles},
                {QStringLiteral("writable_fields"), roles}});
    return QJsonObject{
        {QStringLiteral("api.Login"),
         object({{QStringLiteral("email"), string(QStringLiteral("Email or user name."))},
                 {QStringLiteral("username"),
                  string(QStringLiteral("Instead of email: the user name."))},
                 {QStringLiteral("password"), string()}},
                {"password"})},
        {QStringLiteral("api.LoginResult"),
         object({{QStringLiteral("data"), user},
                 {QStringLiteral("token"), string(QStringLiteral("Bearer token."))},
                 {QStringLiteral("csrf_token"),
                  string(QStringLiteral("Send as X-CSRF-Token with the cookie."))},
                 {QStringLiteral("expires"), dateTime}},
                {"data", "token", "csrf_token", "expires"})},
        {QStringLiteral("api.CurrentUser"),
         object({{QStringLiteral("user"), string()},
                 {QStringLiteral("full_name"), string()},
                 {QStringLiteral("email"), string()},
                 {QStringLiteral("roles"), roles},
                 {QStringLiteral("method"),
                  string(QStringLiteral("How this request signed in: session, bearer, "
                                        "api_key, basic, ..."))},
                 {QStringLiteral("session"), typed(QStringLiteral("string"))},
                 {QStringLiteral("language"),
                  string(QStringLiteral("The user's own language (\"de\"); null: the "
                                        "client's Accept-Language decides."))},
                 {QStringLiteral("authenticated_at"), nullableStamp}},
                {"user", "roles", "method"})},
        {QStringLiteral("api.Session"),
         object({{QStringLiteral("id"), string()},
                 {QStringLiteral("current"), typed(QStringLiteral("boolean"))},
                 {QStringLiteral("kind"), string()},
                 {QStringLiteral("ip"), string()},
                 {QStringLiteral("user_agent"), string()},
                 {QStringLiteral("created"), nullableStamp},
                 {QStringLiteral("last_seen"), nullableStamp},
                 {QStringLiteral("expires"), nullableStamp},
                 {QStringLiteral("authenticated_at"), nullableStamp}},
                {"id", "current"})},
        {QStringLiteral("api.ApiKeyCreated"),
         object({{QStringLiteral("name"), string(QStringLiteral("The API Key document."))},
                 {QStringLiteral("user"), string()},
                 {QStringLiteral("key"), string()},
                 {QStringLiteral("secret"), string(QStringLiteral("Shown only this once."))},
                 {QStringLiteral("expires"), nullableStamp}},
                {"key", "secret"})},
        {QStringLiteral("api.ShareRequest"),
         object({{QStringLiteral("doctype"), string()},
                 {QStringLiteral("name"), string()},
                 {QStringLiteral("user"), string()},
                 {QStringLiteral("read"), typed(QStringLiteral("boolean"))},
                 {QStringLiteral("write"), typed(QStringLiteral("boolean"))},
                 {QStringLiteral("share"), typed(QStringLiteral("boolean"))}},
                {"doctype", "name", "user"})},
        {QStringLiteral("api.Share"),
         object({{QStringLiteral("name"), string(QStringLiteral("The share's id."))},
                 {QStringLiteral("share_doctype"), string()},
                 {QStringLiteral("share_name"), string()},
                 {QStringLiteral("user"), string()},
                 {QStringLiteral("read"), typed(QStringLiteral("boolean"))},
                 {QStringLiteral("write"), typed(QStringLiteral("boolean"))},
                 {QStringLiteral("share"), typed(QStringLiteral("boolean"))}})},
        {QStringLiteral("api.Permissions"), permissions},
        {QStringLiteral("api.DocTypeMeta"),
         object({{QStringLiteral("doctype"),
                  typed(QStringLiteral("object"),
                        QStringLiteral("The DocType in its JSON file format "
                                       "(docs/reference/doctype-format.md)."))},
                 {QStringLiteral("schema"),
                  typed(QStringLiteral("object"),
                        QStringLiteral("JSON Schema (2020-12) of its documents."))},
                 {QStringLiteral("permissions"), schemaRef(QStringLiteral("api.Permissions"))}},
                {"doctype", "schema", "permissions"})},
    };
}

} // namespace fm::server::api::meta::detail
