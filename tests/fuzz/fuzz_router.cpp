// SPDX-License-Identifier: MIT
// The router's path decoding and the request's cookie and form parsing, with the server's
// own route shapes. Invariants: no crash; a match fills one parameter per {param}.
// Input: method NUL path NUL cookie header NUL form body.
#include "fuzzsupport.h"

#include "http/router.h"

using namespace fm::server::http;

namespace {

const Router &router()
{
    static const Router routes = [] {
        Router router;
        const Handler none = [](RequestContext &) {
            return Response();
        };
        for (const char *pattern :
             {"/api/v1/{doctype}", "/api/v1/{doctype}/{name}", "/api/v1/{doctype}/{name}/{action}",
              "/api/v1/rpc/fn/{name}", "/api/v1/auth/login", "/api/v1/meta/{doctype}", "/desk",
              "/desk/{doctype}", "/desk/{doctype}/{name}", "/health", "/"}) {
            router.add("GET", QString::fromLatin1(pattern), none);
            router.add("POST", QString::fromLatin1(pattern), none);
        }
        return router;
    }();
    return routes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArrayList input = fuzz::parts(data, size, 4);
    const Router::Match match = router().match(input[0], input[1]);
    if (match.handler && match.params.size() != match.pattern.count(QLatin1Char('{')))
        fuzz::fail("a match with the wrong number of parameters", input[1]);

    RequestContext request;
    request.headers = {{"Cookie", input[2]}, {"Content-Type", "application/x-www-form-urlencoded"}};
    request.body = input[3];
    (void)request.cookie("fm_session");
    (void)request.form().queryItems(QUrl::FullyDecoded);
    return 0;
}
