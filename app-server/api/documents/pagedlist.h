// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "http/requestcontext.h"
#include "http/response.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fm::server::api {

// One page of a list that is not a DocType's (jobs, notifications): ?limit= and
// ?offset= read and checked the same way everywhere, and the envelope every list
// answers with (GET /api/v1/{doctype}).
struct PageRequest
{
    int limit = 20;
    int offset = 0;

    // ?limit= (1..maxLimit, `defaultLimit` when absent) and ?offset= (0 or more); a
    // BadRequest naming the parameter and its range otherwise.
    static fm::Result<PageRequest> from(const http::RequestContext &context, int defaultLimit,
                                        int maxLimit = 500);
};

// {"data", "total", "limit", "offset", "has_more"} plus `extra`'s keys, with 200.
http::Response pagedList(const QJsonArray &data, qint64 total, const PageRequest &page,
                         const QJsonObject &extra = {});

// A list that always fits one page (a user's sessions or API keys): the same envelope,
// with every row, so clients page through every list the same way.
http::Response wholeList(const QJsonArray &data);

} // namespace fm::server::api
