// SPDX-License-Identifier: MIT
// The OpenAPI description of the jobs API (app-server/api/jobs/jobroutes.cpp).

#include "api/meta/openapibuilder.h"

namespace fm::server::api::meta::detail {

namespace {

QJsonObject object(const QJsonObject &properties, const QJsonArray &required = {})
{
    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties}};
    if (!required.isEmpty())
        schema.insert(QStringLiteral("required"), required);
    return schema;
}

QJsonObject nullable(const QString &type, const QString &description = {})
{
    QJsonObject schema{{QStringLiteral("type"), QJsonArray{type, QStringLiteral("null")}}};
    if (!description.isEmpty())
        schema.insert(QStringLiteral("description"), description);
    return schema;
}

Operation make(const QString &id, const QString &summary, int status, const QString &what,
               const QJsonObject &schema, const QList<int> &errors)
{
    Operation op;
    op.id = id;
    op.tag = QStringLiteral("Jobs");
    op.summary = summary;
    op.responses.insert(QString::number(status), jsonResponse(what, schema));
    op.errors = errors;
    return op;
}

void add(QJsonObject &paths, const QString &path, const QString &method, const Operation &op,
         const QJsonArray &pathParameters = {})
{
    QJsonObject item = paths.value(path).toObject();
    if (!pathParameters.isEmpty())
        item.insert(QStringLiteral("parameters"), pathParameters);
    item.insert(method, operation(method, op));
    paths.insert(path, item);
}

} // namespace

void addJobPaths(QJsonObject &paths)
{
    const QString onlyManagers =
        QStringLiteral("System Manager only. docs/guide/jobs.md explains the semantics.");
    const QJsonObject job = schemaRef(QStringLiteral("api.Job"));
    Operation list =
        make(QStringLiteral("jobs_list"), QStringLiteral("Background jobs, newest first"), 200,
             QStringLiteral("A page of jobs."), listEnvelope(job), {400, 401, 403});
    list.description = onlyManagers;
    const QJsonObject text = typed(QStringLiteral("string"));
    list.parameters = {
        queryParameter(QStringLiteral("status"), text,
                       QStringLiteral("Queued, Running, Succeeded, Failed or Cancelled.")),
        queryParameter(QStringLiteral("queue"), text, QStringLiteral("Only this queue.")),
        queryParameter(QStringLiteral("job"), text, QStringLiteral("Only this job function.")),
        queryParameter(QStringLiteral("limit"), typed(QStringLiteral("integer")),
                       QStringLiteral("Jobs per page, 1 to 500.")),
        queryParameter(QStringLiteral("offset"), typed(QStringLiteral("integer")),
                       QStringLiteral("Jobs to skip."))};
    add(paths, QStringLiteral("/api/v1/jobs"), QStringLiteral("get"), list);

    Operation enqueue =
        make(QStringLiteral("jobs_enqueue"), QStringLiteral("Enqueue a job"), 201,
             QStringLiteral("The new job."), dataEnvelope(job), {400, 401, 403, 404, 422});
    enqueue.description = onlyManagers + QStringLiteral(" 200 with the existing job when a job "
                                                        "with the same unique_key is queued or "
                                                        "running.");
    enqueue.requestSchema = schemaRef(QStringLiteral("api.JobRequest"));
    enqueue.responses.insert(
        QStringLiteral("200"),
        jsonResponse(QStringLiteral("The active job with the same unique key."),
                     dataEnvelope(job)));
    add(paths, QStringLiteral("/api/v1/jobs"), QStringLiteral("post"), enqueue);

    const QJsonArray id{pathParameter(QStringLiteral("id"), QStringLiteral("The job's id."))};
    Operation get = make(QStringLiteral("jobs_get"), QStringLiteral("One job"), 200,
                         QStringLiteral("The job."), dataEnvelope(job), {401, 403, 404});
    get.description = onlyManagers;
    add(paths, QStringLiteral("/api/v1/jobs/{id}"), QStringLiteral("get"), get, id);
    Operation cancel =
        make(QStringLiteral("jobs_cancel"), QStringLiteral("Cancel a queued or running job"), 200,
             QStringLiteral("The cancelled job."), dataEnvelope(job), {401, 403, 404, 409});
    cancel.description = onlyManagers + QStringLiteral(" A running job is told to stop at its "
                                                       "next lease renewal; 409 for a job "
                                                       "that already finished.");
    add(paths, QStringLiteral("/api/v1/jobs/{id}/cancel"), QStringLiteral("post"), cancel, id);
    Operation retry =
        make(QStringLiteral("jobs_retry"), QStringLiteral("Queue a failed or cancelled job again"),
             200, QStringLiteral("The queued job."), dataEnvelope(job), {401, 403, 404, 409});
    retry.description = onlyManagers + QStringLiteral(" It starts again from attempt 0; 409 for "
                                                      "a job that is queued, running or "
                                                      "succeeded.");
    add(paths, QStringLiteral("/api/v1/jobs/{id}/retry"), QStringLiteral("post"), retry, id);
}

QJsonObject jobSchemas()
{
    const QJsonObject text = typed(QStringLiteral("string"));
    const QJsonObject integer = typed(QStringLiteral("integer"));
    const QJsonObject stamp = nullable(QStringLiteral("string"));
    QJsonObject status = text;
    status.insert(QStringLiteral("enum"),
                  QJsonArray{"Queued", "Running", "Succeeded", "Failed", "Cancelled"});
    return {
        {QStringLiteral("api.Job"),
         object({{QStringLiteral("id"), text},
                 {QStringLiteral("job"), text},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("queue"), text},
                 {QStringLiteral("priority"), integer},
                 {QStringLiteral("args"), typed(QStringLiteral("object"))},
                 {QStringLiteral("run_as"), text},
                 {QStringLiteral("as_system"), typed(QStringLiteral("boolean"))},
                 {QStringLiteral("unique_key"), nullable(QStringLiteral("string"))},
                 {QStringLiteral("run_at"), stamp},
                 {QStringLiteral("timeout"), integer},
                 {QStringLiteral("max_retries"), integer},
                 {QStringLiteral("retry_backoff"), integer},
                 {QStringLiteral("attempts"), integer},
                 {QStringLiteral("worker"), nullable(QStringLiteral("string"))},
                 {QStringLiteral("lease_expires"), stamp},
                 {QStringLiteral("started_at"), stamp},
                 {QStringLiteral("finished_at"), stamp},
                 {QStringLiteral("error"), nullable(QStringLiteral("string"))},
                 {QStringLiteral("result"), QJsonObject{{QStringLiteral("description"),
                                                         QStringLiteral("What the job returned "
                                                                        "(any JSON).")}}},
                 {QStringLiteral("enqueued_by"), text},
                 {QStringLiteral("created"), text},
                 {QStringLiteral("modified"), text}},
                {"id", "job", "status", "queue", "attempts"})},
        {QStringLiteral("api.JobRequest"),
         object({{QStringLiteral("job"),
                  typed(QStringLiteral("string"), QStringLiteral("A registered job name."))},
                 {QStringLiteral("args"), typed(QStringLiteral("object"))},
                 {QStringLiteral("queue"), text},
                 {QStringLiteral("priority"), integer},
                 {QStringLiteral("delay"),
                  typed(QStringLiteral("integer"), QStringLiteral("Seconds to wait first."))},
                 {QStringLiteral("run_at"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                              {QStringLiteral("format"), QStringLiteral("date-time")}}},
                 {QStringLiteral("timeout"), integer},
                 {QStringLiteral("max_retries"), integer},
                 {QStringLiteral("retry_backoff"), integer},
                 {QStringLiteral("unique_key"), text},
                 {QStringLiteral("run_as"),
                  typed(QStringLiteral("string"),
                        QStringLiteral("The user whose permissions the job has (default: you)."))},
                 {QStringLiteral("as_system"),
                  typed(QStringLiteral("boolean"),
                        QStringLiteral("Run as the system principal (logged)."))}},
                {"job"})}};
}

} // namespace fm::server::api::meta::detail
