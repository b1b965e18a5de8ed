// SPDX-License-Identifier: MIT
#include "events/eventoutbox.h"

#include "common/jsontext.h"
#include "data/fieldvalidator.h"
#include "db/commitsignal.h"
#include "db/connectionpool.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace fm::core {

namespace {

struct EventoutboxTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::EventOutbox)
};

} // namespace

namespace {

// Column order of the outbox; after() reads them back in this order.
const QStringList &outboxColumns()
{
    static const QStringList columns{
        QStringLiteral("seq"),     QStringLiteral("id"),        QStringLiteral("type"),
        QStringLiteral("doctype"), QStringLiteral("docname"),   QStringLiteral("user"),
        QStringLiteral("version"), QStringLiteral("docstatus"), QStringLiteral("time"),
        QStringLiteral("changes"), QStringLiteral("request_id")};
    return columns;
}

QString quotedList(const Dialect &dialect, const QStringList &columns)
{
    QStringList quoted;
    quoted.reserve(columns.size());
    for (const QString &c : columns)
        quoted << dialect.quote(c);
    return quoted.join(QStringLiteral(", "));
}

// A missing table means the site predates events or was never migrated.
Error missingTable(const Error &error)
{
    if (!error.details().contains(QStringLiteral("missing_table")))
        return error;
    return Error(ErrorCode::Database,
                 EventoutboxTr::tr("the event outbox is missing (%1); run `m migrate` to create it")
                     .arg(error.message()));
}

QString nowText()
{
    return FieldValidator::canonicalDatetime(QDateTime::currentDateTimeUtc());
}

} // namespace

QString EventOutbox::table()
{
    return QStringLiteral("_fm_event_outbox");
}

QString EventOutbox::cursorTable()
{
    return QStringLiteral("_fm_event_cursor");
}

QString EventOutbox::channel()
{
    return QStringLiteral("fm_events");
}

QList<TableSpec> EventOutbox::tableSpecs()
{
    // `seq` is SQLite's rowid: appending costs one B-tree insert and no extra index.
    TableSpec outbox{table(),
                     {{QStringLiteral("seq"), StorageType::Integer, true, {}},
                      {QStringLiteral("id"), StorageType::Text, true, {}},
                      {QStringLiteral("type"), StorageType::Text, true, {}},
                      {QStringLiteral("doctype"), StorageType::Text, true, {}},
                      {QStringLiteral("docname"), StorageType::Text, true, {}},
                      {QStringLiteral("user"), StorageType::Text, false, {}},
                      {QStringLiteral("version"), StorageType::Integer, false, {}},
                      {QStringLiteral("docstatus"), StorageType::Integer, false, {}},
                      {QStringLiteral("time"), StorageType::Datetime, true, {}},
                      {QStringLiteral("changes"), StorageType::Json, false, {}},
                      {QStringLiteral("request_id"), StorageType::Text, false, {}}},
                     {},
                     {}};
    TableSpec cursor{cursorTable(),
                     {{QStringLiteral("consumer"), StorageType::Text, true, {}},
                      {QStringLiteral("position"), StorageType::Integer, true, {}},
                      {QStringLiteral("updated_at"), StorageType::Datetime, true, {}}},
                     {},
                     {}};
    return {outbox, cursor};
}

EventOutbox::EventOutbox(ConnectionPool &pool)
    : m_pool(pool)
{
    const Dialect &dialect = pool.dialect();
    const QString outbox = dialect.quote(table());
    const QString cursor = dialect.quote(cursorTable());
    const QString seq = dialect.quote(QStringLiteral("seq"));
    const QString consumer = dialect.quote(QStringLiteral("consumer"));
    const QString position = dialect.quote(QStringLiteral("position"));
    const QString updated = dialect.quote(QStringLiteral("updated_at"));
    const QStringList written = outboxColumns().mid(1);
    m_sql.append = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
                       .arg(outbox, quotedList(dialect, written),
                            QStringList(written.size(), QStringLiteral("?")).join(u','), seq);
    m_sql.beforeAppend = commitsignal::appendSql(dialect, channel());
    m_sql.after = QStringLiteral("SELECT %1 FROM %2 WHERE %3 > ? ORDER BY %3 LIMIT ?")
                      .arg(quotedList(dialect, outboxColumns()), outbox, seq);
    m_sql.last = QStringLiteral("SELECT COALESCE(MAX(%1), 0) FROM %2").arg(seq, outbox);
    m_sql.position =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(position, cursor, consumer);
    m_sql.setPosition = QStringLiteral("INSERT INTO %1 (%2, %3, %4) VALUES (?, ?, ?) ON CONFLICT "
                                       "(%2) DO UPDATE SET %3 = excluded.%3, %4 = excluded.%4")
                            .arg(cursor, consumer, position, updated);
    // A consumer not seen since `before` no longer holds events back.
    m_sql.prune =
        QStringLiteral("DELETE FROM %1 WHERE %2 < (SELECT MAX(%2) FROM %1) AND %3 < ? "
                       "AND %2 <= COALESCE((SELECT MIN(%4) FROM %5 WHERE %6 >= ?), %2)")
            .arg(outbox, seq, dialect.quote(QStringLiteral("time")), position, cursor, updated);
}

namespace {

// The changes as QJsonDocument(event.changesToJson()).toJson(Compact) prints them,
// written straight from the list (common/jsontext.h): building the object tree only to
// print it was a quarter of a bulk insert's time. A list that is not sorted by field
// name with each field once (documentChanges() always is) goes the long way.
QByteArray changesText(const Event &event)
{
    const QList<FieldChange> &changes = event.changes;
    for (qsizetype i = 1; i < changes.size(); ++i) {
        if (!(changes.at(i - 1).field < changes.at(i).field))
            return QJsonDocument(event.changesToJson()).toJson(QJsonDocument::Compact);
    }
    QByteArray out;
    out.reserve(16 + 48 * changes.size());
    out += '{';
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const FieldChange &change = changes.at(i);
        if (i > 0)
            out += ',';
        fm::json::appendString(out, change.field);
        out += ":{";
        // Keys in order ("new" < "old"); an Undefined value has no key.
        bool first = true;
        if (!change.newValue.isUndefined()) {
            out += "\"new\":";
            fm::json::appendValue(out, change.newValue);
            first = false;
        }
        if (!change.oldValue.isUndefined()) {
            out += first ? "\"old\":" : ",\"old\":";
            fm::json::appendValue(out, change.oldValue);
        }
        out += '}';
    }
    out += '}';
    return out;
}

} // namespace

Result<void> EventOutbox::append(Event &event)
{
    // Several writers at once (PostgreSQL): take sequences in commit order, and tell the
    // other servers when this transaction commits.
    if (!m_sql.beforeAppend.isEmpty()) {
        auto signal = m_pool.statement(m_sql.beforeAppend);
        if (!signal)
            return fail(signal.error());
        if (auto ok = (*signal)->exec({}); !ok)
            return fail(ok.error());
        (*signal)->finish();
    }
    auto statement = m_pool.statement(m_sql.append);
    if (!statement)
        return fail(missingTable(statement.error()));
    const QByteArray changes = changesText(event);
    const QVariantList values{event.id,
                              eventTypeName(event.type),
                              event.doctype,
                              event.name,
                              event.user,
                              event.version,
                              event.docstatus,
                              event.time,
                              QString::fromUtf8(changes),
                              event.requestId.isEmpty() ? QVariant() : event.requestId};
    if (auto ok = (*statement)->exec(values); !ok)
        return fail(missingTable(ok.error()));
    if (!(*statement)->next())
        return fail(ErrorCode::Database,
                    EventoutboxTr::tr("the event outbox returned no sequence"));
    event.sequence = (*statement)->value(0).toLongLong();
    (*statement)->finish();
    return {};
}

Result<QList<Event>> EventOutbox::after(qint64 sequence, int limit)
{
    auto statement = m_pool.statement(m_sql.after);
    if (!statement)
        return fail(missingTable(statement.error()));
    if (auto ok = (*statement)->exec({sequence, qint64(limit)}); !ok)
        return fail(missingTable(ok.error()));
    QList<Event> events;
    while ((*statement)->next()) {
        Statement &row = **statement;
        Event event;
        event.sequence = row.value(0).toLongLong();
        event.id = row.value(1).toString();
        event.type = eventTypeFromName(row.value(2).toString()).value_or(EventType::Update);
        event.doctype = row.value(3).toString();
        event.name = row.value(4).toString();
        event.user = row.value(5).toString();
        event.version = row.value(6).toLongLong();
        event.docstatus = row.value(7).toInt();
        event.time = row.value(8).toString();
        event.changes = Event::changesFromJson(
            QJsonDocument::fromJson(row.value(9).toString().toUtf8()).object());
        event.requestId = row.value(10).toString();
        events << std::move(event);
    }
    (*statement)->finish();
    return events;
}

Result<qint64> EventOutbox::lastSequence()
{
    auto statement = m_pool.statement(m_sql.last);
    if (!statement)
        return fail(missingTable(statement.error()));
    if (auto ok = (*statement)->exec({}); !ok)
        return fail(missingTable(ok.error()));
    const qint64 last = (*statement)->next() ? (*statement)->value(0).toLongLong() : 0;
    (*statement)->finish();
    return last;
}

Result<qint64> EventOutbox::positionBefore(const QDateTime &time)
{
    const Dialect &dialect = m_pool.dialect();
    const QString sql = QStringLiteral("SELECT MIN(%1) FROM %2 WHERE %3 >= ?")
                            .arg(dialect.quote(QStringLiteral("seq")), dialect.quote(table()),
                                 dialect.quote(QStringLiteral("time")));
    auto statement = m_pool.statement(sql);
    if (!statement)
        return fail(missingTable(statement.error()));
    if (auto ok = (*statement)->exec({FieldValidator::canonicalDatetime(time)}); !ok)
        return fail(missingTable(ok.error()));
    const QVariant first = (*statement)->next() ? (*statement)->value(0) : QVariant();
    (*statement)->finish();
    if (first.isNull())
        return lastSequence(); // nothing that late yet: from the end
    return first.toLongLong() - 1;
}

Result<qint64> EventOutbox::positionBeforeLast(int count, const QString &doctype)
{
    if (count <= 0)
        return lastSequence();
    const Dialect &dialect = m_pool.dialect();
    const QString seq = dialect.quote(QStringLiteral("seq"));
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %1 DESC LIMIT 1 OFFSET ?")
            .arg(seq, dialect.quote(table()),
                 doctype.isEmpty() ? QString()
                                   : QStringLiteral(" WHERE %1 = ?")
                                         .arg(dialect.quote(QStringLiteral("doctype"))));
    auto statement = m_pool.statement(sql);
    if (!statement)
        return fail(missingTable(statement.error()));
    QVariantList values;
    if (!doctype.isEmpty())
        values << doctype;
    values << qint64(count - 1);
    if (auto ok = (*statement)->exec(values); !ok)
        return fail(missingTable(ok.error()));
    const qint64 position = (*statement)->next() ? (*statement)->value(0).toLongLong() - 1 : 0;
    (*statement)->finish();
    return position;
}

Result<std::optional<qint64>> EventOutbox::position(const QString &consumer)
{
    auto statement = m_pool.statement(m_sql.position);
    if (!statement)
        return fail(missingTable(statement.error()));
    if (auto ok = (*statement)->exec({consumer}); !ok)
        return fail(missingTable(ok.error()));
    std::optional<qint64> position;
    if ((*statement)->next())
        position = (*statement)->value(0).toLongLong();
    (*statement)->finish();
    return position;
}

Result<void> EventOutbox::setPosition(const QString &consumer, qint64 position)
{
    auto statement = m_pool.statement(m_sql.setPosition);
    if (!statement)
        return fail(missingTable(statement.error()));
    if (auto ok = (*statement)->exec({consumer, position, nowText()}); !ok)
        return fail(missingTable(ok.error()));
    (*statement)->finish();
    return {};
}

Result<qint64> EventOutbox::prune(const QDateTime &before)
{
    auto statement = m_pool.statement(m_sql.prune);
    if (!statement)
        return fail(missingTable(statement.error()));
    const QString cutoff = FieldValidator::canonicalDatetime(before);
    if (auto ok = (*statement)->exec({cutoff, cutoff}); !ok)
        return fail(missingTable(ok.error()));
    const qint64 deleted = (*statement)->rowsAffected();
    (*statement)->finish();
    return deleted;
}

} // namespace fm::core
