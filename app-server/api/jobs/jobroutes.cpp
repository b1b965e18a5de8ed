// SPDX-License-Identifier: MIT
// Background jobs over REST (docs/guide/jobs.md), System Manager only:
//   GET  /api/v1/jobs                ?status=&queue=&job=&limit=&offset=
//   POST /api/v1/jobs                {"job","args","queue","priority","delay","run_at",
//                                     "timeout","max_retries","retry_backoff","unique_key",
//                                     "run_as","as_system"}
//   GET  /api/v1/jobs/{id}
//   POST /api/v1/jobs/{id}/cancel
//   POST /api/v1/jobs/{id}/retry
// The rules live in fm::core::JobQueue; this file only speaks HTTP. Order 65: after
// authentication (20) and CSRF (40) have run.
#include "api/documents/apiutil.h"
#include "api/documents/pagedlist.h"
#include "api/module.h"
#include "api/services.h"
#include "http/server.h"
#include "jobs/jobqueue.h"
#include "project/sitecontext.h"

#include <QJsonArray>

#include <memory>
#include <optional>

namespace fm::server::api {

namespace {

using fm::core::Job;
using fm::core::JobQueue;
using http::RequestContext;
using http::Response;

constexpr int kMaxLimit = 500;

struct JobsApi
{
    explicit JobsApi(Services &services)
        : queue(services.site.pool(), services.site.controllers())
        , defaultLimit(services.config.defaultPageLength)
    {}

    JobQueue queue;
    int defaultLimit;
};

// Jobs run code as other users and can hold anything in their arguments: only
// administrators (System Manager) see or touch them.
std::optional<Response> refused(const RequestContext &context)
{
    if (context.principal.isGuest()) {
        return errorResponse(fm::Error(fm::ErrorCode::Unauthorized,
                                       QStringLiteral("Sign in as a System Manager to use the "
                                                      "jobs API.")),
                             context);
    }
    if (!context.principal.isAdministrator()) {
        return errorResponse(fm::Error(fm::ErrorCode::PermissionDenied,
                                       QStringLiteral("Only a System Manager may see or change "
                                                      "background jobs; ask one for the role.")),
                             context);
    }
    return std::nullopt;
}

Response listJobs(JobsApi &api, RequestContext &context)
{
    if (auto no = refused(context))
        return *no;
    fm::core::JobListQuery query;
    if (context.query.hasQueryItem(QStringLiteral("status"))) {
        const QString status = context.query.queryItemValue(QStringLiteral("status"));
        query.status = fm::core::jobStatusFromName(status);
        if (!query.status) {
            return errorResponse(fm::Error(fm::ErrorCode::BadRequest,
                                           QStringLiteral("status \"%1\" is not one of Queued, "
                                                          "Running, Succeeded, Failed, Cancelled.")
                                               .arg(status)),
                                 context);
        }
    }
    query.queue = context.query.queryItemValue(QStringLiteral("queue"));
    query.job = context.query.queryItemValue(QStringLiteral("job"));
    auto page = PageRequest::from(context, api.defaultLimit, kMaxLimit);
    if (!page)
        return errorResponse(page.error(), context);
    query.limit = page->limit;
    query.offset = page->offset;
    auto jobs = api.queue.list(query);
    if (!jobs)
        return errorResponse(jobs.error(), context);
    auto total = api.queue.count(query);
    if (!total)
        return errorResponse(total.error(), context);
    QJsonArray data;
    for (const Job &job : std::as_const(*jobs))
        data.append(job.toJson());
    return pagedList(data, *total, *page);
}

// Reads the optional integer `key` of the body into `target`.
fm::Result<void> optionalInt(const QJsonObject &body, const QString &key,
                             std::optional<int> &target)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isDouble() || value.toDouble() != double(value.toInt())) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("\"%1\" must be a whole number").arg(key));
    }
    target = value.toInt();
    return {};
}

fm::Result<fm::core::JobRequest> requestFrom(const QJsonObject &body, const RequestContext &context)
{
    fm::core::JobRequest request;
    const QJsonValue job = body.value(QStringLiteral("job"));
    if (!job.isString() || job.toString().isEmpty()) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("\"job\" is missing or not a string: name a registered "
                                       "job, e.g. {\"job\": \"app.module.job\", \"args\": {}}"));
    }
    request.job = job.toString();
    const QJsonValue args = body.value(QStringLiteral("args"));
    if (!args.isUndefined() && !args.isNull() && !args.isObject()) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("\"args\" must be a JSON object of the job's arguments"));
    }
    request.args = args.toObject();
    for (const auto &[key, target] :
         {std::pair{"queue", &request.queue}, std::pair{"unique_key", &request.uniqueKey},
          std::pair{"run_as", &request.runAs}}) {
        const QJsonValue value = body.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull() && !value.isString()) {
            return fm::fail(fm::ErrorCode::BadRequest,
                            QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key)));
        }
        *target = value.toString();
    }
    std::optional<int> priority;
    std::optional<int> delay;
    for (const auto &[key, target] : {std::pair{"priority", &priority}, std::pair{"delay", &delay},
                                      std::pair{"timeout", &request.timeoutSeconds},
                                      std::pair{"max_retries", &request.maxRetries},
                                      std::pair{"retry_backoff", &request.retryBackoffSeconds}}) {
        if (auto ok = optionalInt(body, QLatin1String(key), *target); !ok)
            return fm::fail(ok.error());
    }
    request.priority = priority.value_or(0);
    if (delay)
        request.runAt = QDateTime::currentDateTimeUtc().addSecs(*delay);
    const QJsonValue runAt = body.value(QStringLiteral("run_at"));
    if (runAt.isString()) {
        request.runAt = QDateTime::fromString(runAt.toString(), Qt::ISODateWithMs);
        if (!request.runAt.isValid()) {
            return fm::fail(fm::ErrorCode::BadRequest,
                            QStringLiteral("\"run_at\" must be an ISO 8601 date and time, e.g. "
                                           "2026-12-07T08:00:00Z"));
        }
    }
    const QJsonValue asSystem = body.value(QStringLiteral("as_system"));
    if (!asSystem.isUndefined() && !asSystem.isNull() && !asSystem.isBool())
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("\"as_system\" must be true or false"));
    request.asSystem = asSystem.toBool();
    request.user = context.principal.user;
    return request;
}

Response enqueue(JobsApi &api, RequestContext &context)
{
    if (auto no = refused(context))
        return *no;
    auto body = jsonBody(context);
    if (!body)
        return errorResponse(body.error(), context);
    auto request = requestFrom(*body, context);
    if (!request)
        return errorResponse(request.error(), context);
    auto enqueued = api.queue.enqueue(*request);
    if (!enqueued)
        return errorResponse(enqueued.error(), context);
    // 200 with the existing job when its unique key was still active.
    return dataResponse(enqueued->created ? 201 : 200, enqueued->job.toJson());
}

Response getJob(JobsApi &api, RequestContext &context)
{
    if (auto no = refused(context))
        return *no;
    auto job = api.queue.get(context.param(QStringLiteral("id")));
    if (!job)
        return errorResponse(job.error(), context);
    return dataResponse(200, job->toJson());
}

Response cancelJob(JobsApi &api, RequestContext &context)
{
    if (auto no = refused(context))
        return *no;
    auto job = api.queue.cancel(context.param(QStringLiteral("id")), context.principal.user);
    if (!job)
        return errorResponse(job.error(), context);
    return dataResponse(200, job->toJson());
}

Response retryJob(JobsApi &api, RequestContext &context)
{
    if (auto no = refused(context))
        return *no;
    auto job = api.queue.retry(context.param(QStringLiteral("id")), context.principal.user);
    if (!job)
        return errorResponse(job.error(), context);
    return dataResponse(200, job->toJson());
}

void install(http::Server &server, Services &services)
{
    auto api = std::make_shared<JobsApi>(services);
    server.get(QStringLiteral("/api/v1/jobs"),
               [api](RequestContext &context) { return listJobs(*api, context); });
    server.route("POST", QStringLiteral("/api/v1/jobs"),
                 [api](RequestContext &context) { return enqueue(*api, context); });
    server.get(QStringLiteral("/api/v1/jobs/{id}"),
               [api](RequestContext &context) { return getJob(*api, context); });
    server.route("POST", QStringLiteral("/api/v1/jobs/{id}/cancel"),
                 [api](RequestContext &context) { return cancelJob(*api, context); });
    server.route("POST", QStringLiteral("/api/v1/jobs/{id}/retry"),
                 [api](RequestContext &context) { return retryJob(*api, context); });
}

} // namespace

FM_API_MODULE(jobs, 65, install);

} // namespace fm::server::api
