// SPDX-License-Identifier: MIT
// Starts Swagger UI on /api/openapi.json. Same origin, so the session cookie of a
// signed-in user travels with "Try it out"; unsafe methods also need the CSRF token
// (the X-CSRF-Token header, see the cookie security scheme).
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#api-docs",
    deepLinking: true,
    withCredentials: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
