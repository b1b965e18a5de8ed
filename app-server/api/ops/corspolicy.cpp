// SPDX-License-Identifier: MIT
#include "api/ops/corspolicy.h"

#include <QUrl>

namespace fm::server::api {

namespace {

// Everything the REST API and the auth chain read from a browser request. Listing
// them (rather than echoing Access-Control-Request-Headers) keeps the preflight
// answer the same for every caller, so it caches well and says what the API takes.
constexpr char kAllowedMethods[] = "GET, HEAD, POST, PUT, DELETE, OPTIONS";
constexpr char kAllowedHeaders[] = "Authorization, Content-Type, X-CSRF-Token, X-Request-Id, "
                                   "If-Match, Accept, Accept-Language, Content-Language";
// Response headers a page's script may read besides the safelisted ones.
constexpr char kExposedHeaders[] = "X-Request-Id, Location, Retry-After";

void setHeader(http::Response &response, const QByteArray &name, const QByteArray &value)
{
    for (auto &header : response.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    response.headers.append({name, value});
}

// Adds `name` to the Vary header once (hooks may decorate the same response twice).
void addVary(http::Response &response, const QByteArray &name)
{
    for (auto &header : response.headers) {
        if (header.first.compare("Vary", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &present : header.second.split(',')) {
            if (present.trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return;
        }
        header.second += ", " + name;
        return;
    }
    response.headers.append({"Vary", name});
}

} // namespace

CorsPolicy::CorsPolicy(const QStringList &origins, QStringList *problems)
{
    for (const QString &entry : origins) {
        if (entry.trimmed() == QLatin1String("*")) {
            m_anyOrigin = true;
            continue;
        }
        auto origin = normalizeOrigin(entry);
        if (origin)
            m_origins.insert(*origin);
        else if (problems)
            problems->append(origin.error().message());
    }
}

fm::Result<QByteArray> CorsPolicy::normalizeOrigin(const QString &entry)
{
    const QUrl url(entry.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool isOrigin = url.isValid() &&
                          (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
                          !url.host().isEmpty() && url.userInfo().isEmpty() &&
                          (url.path().isEmpty() || url.path() == QLatin1String("/")) &&
                          !url.hasQuery() && !url.hasFragment();
    if (!isOrigin) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("cors_origins entry \"%1\" is not an origin; write it as "
                                       "scheme://host[:port], e.g. \"https://app.example.com\", "
                                       "or \"*\" for any origin")
                            .arg(entry));
    }
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(url.host());
    // Browsers leave the scheme's default port out of the Origin header.
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        origin.setPort(url.port());
    return origin.toString(QUrl::FullyEncoded).toLatin1();
}

bool CorsPolicy::allows(const QByteArray &origin) const
{
    if (origin.isEmpty())
        return false;
    return m_anyOrigin || m_origins.contains(origin);
}

std::optional<http::Response> CorsPolicy::answerPreflight(const http::RequestContext &context) const
{
    if (context.method != "OPTIONS")
        return std::nullopt;
    const QByteArray origin = context.header("Origin");
    if (origin.isEmpty() || context.header("Access-Control-Request-Method").isEmpty())
        return std::nullopt;
    if (!allows(origin)) {
        const QString how = isClosed() ? QStringLiteral("this server allows no cross-origin calls")
                                       : QStringLiteral("the origin is not in the allowed list");
        return http::error(
            fm::Error(fm::ErrorCode::PermissionDenied,
                      QStringLiteral("Cross-origin requests from %1 are refused: %2. Add the "
                                     "origin to \"cors_origins\" in the \"server\" object of "
                                     "the site's site.json and restart the server.")
                          .arg(QString::fromLatin1(origin), how)),
            context.requestId);
    }
    http::Response response;
    response.status = 204;
    response.mimeType.clear();
    response.headers = {{"Access-Control-Allow-Methods", kAllowedMethods},
                        {"Access-Control-Allow-Headers", kAllowedHeaders},
                        {"Access-Control-Max-Age", QByteArray::number(kMaxAgeSeconds)}};
    addVary(response, "Access-Control-Request-Method");
    addVary(response, "Access-Control-Request-Headers");
    decorate(context, response);
    return response;
}

void CorsPolicy::decorate(const http::RequestContext &context, http::Response &response) const
{
    if (isClosed())
        return;
    // With a list, the answer differs per Origin: caches must key on it. With "*"
    // alone every origin gets the same answer.
    if (!m_anyOrigin)
        addVary(response, "Origin");
    const QByteArray origin = context.header("Origin");
    if (!allows(origin))
        return;
    if (m_anyOrigin) {
        // Credentials (cookies) are never allowed with "*": the spec forbids the pair,
        // and a cookie session open to any site would defeat CSRF protection.
        setHeader(response, "Access-Control-Allow-Origin", "*");
    } else {
        setHeader(response, "Access-Control-Allow-Origin", origin);
        setHeader(response, "Access-Control-Allow-Credentials", "true");
    }
    setHeader(response, "Access-Control-Expose-Headers", kExposedHeaders);
}

} // namespace fm::server::api
