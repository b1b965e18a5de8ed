// SPDX-License-Identifier: MIT
#include "db/pgdriver.h"

#include "db/pgvalues.h"

#include <QSqlField>
#include <QSqlRecord>
#include <QSqlResult>

#include <libpq-fe.h>

#include <vector>

#include <QCoreApplication>
#include <poll.h>

namespace fm::core {

namespace {

struct PgdriverTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::PgDriver)
};

} // namespace

namespace {

// One statement's rows, all in memory as libpq hands them over (PQexecParams).
class PgResult final : public QSqlResult
{
public:
    explicit PgResult(const PgDriver *driver)
        : QSqlResult(driver)
    {}
    ~PgResult() override { clearRows(); }

protected:
    QVariant data(int column) override
    {
        if (!m_result || at() < 0 || at() >= m_rows)
            return QVariant();
        return pg::value(m_result, at(), column);
    }
    bool isNull(int column) override
    {
        return !m_result || at() < 0 || PQgetisnull(m_result, at(), column);
    }
    bool reset(const QString &sql) override { return prepare(sql) && run({}); }
    bool prepare(const QString &sql) override
    {
        clearRows();
        m_referenced.clear();
        m_sql = pg::positionalSql(sql, &m_referenced).toUtf8();
        return true;
    }
    bool exec() override { return run(boundValues()); }
    bool fetch(int row) override
    {
        if (!isActive() || !isSelect() || row < 0 || row >= m_rows)
            return false;
        setAt(row);
        return true;
    }
    bool fetchFirst() override { return fetch(0); }
    bool fetchLast() override { return fetch(m_rows - 1); }
    int size() override { return isSelect() ? m_rows : -1; }
    int numRowsAffected() override { return m_affected; }
    QSqlRecord record() const override
    {
        QSqlRecord out;
        if (!m_result)
            return out;
        for (int c = 0; c < PQnfields(m_result); ++c) {
            out.append(QSqlField(QString::fromUtf8(PQfname(m_result, c)),
                                 QMetaType(pg::metaTypeFor(PQftype(m_result, c)))));
        }
        return out;
    }
    void detachFromResultSet() override { clearRows(); }

private:
    pg_conn *connection() const
    {
        const auto *pgDriver = static_cast<const PgDriver *>(driver());
        return pgDriver ? pgDriver->connection() : nullptr;
    }

    bool run(const QVariantList &values)
    {
        clearRows();
        pg_conn *conn = connection();
        if (!conn) {
            setLastError(QSqlError(QString(), PgdriverTr::tr("the connection is closed"),
                                   QSqlError::ConnectionError));
            return false;
        }
        const pg::Parameters params(values);
        // Typed by the statement where it uses them, text where it does not (pgvalues.h).
        const std::vector<unsigned int> types = pg::parameterTypes(m_referenced, params.count());
        QSqlError error;
        auto *pgDriver = const_cast<PgDriver *>(static_cast<const PgDriver *>(driver()));
        m_result = pgDriver->run(
            m_sql,
            [&](pg_conn *c) {
                return PQexecParams(c, m_sql.constData(), params.count(), types.data(),
                                    params.values(), params.lengths(), params.formats(), 0);
            },
            error);
        if (!m_result) {
            setLastError(error);
            setActive(false);
            return false;
        }
        m_rows = PQntuples(m_result);
        m_affected = QByteArray(PQcmdTuples(m_result)).toInt();
        setSelect(PQresultStatus(m_result) == PGRES_TUPLES_OK);
        setActive(true);
        setAt(QSql::BeforeFirstRow);
        return true;
    }

    void clearRows()
    {
        PQclear(m_result);
        m_result = nullptr;
        m_rows = 0;
        m_affected = 0;
    }

    QByteArray m_sql;
    std::vector<bool> m_referenced;
    pg_result *m_result = nullptr;
    int m_rows = 0;
    int m_affected = 0;
};

// NOTICEs ("table does not exist, skipping") are expected answers, not news for stderr.
void ignoreNotice(void *, const char *) {}

} // namespace

PgDriver::PgDriver(QObject *parent)
    : QSqlDriver(parent)
{}

PgDriver::~PgDriver()
{
    close();
}

bool PgDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case QuerySize:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case FinishQuery:
        return true;
    default:
        return false; // transactions run as SQL (db/transaction.h), not through the driver
    }
}

bool PgDriver::open(const QString &db, const QString &user, const QString &password,
                    const QString &host, int port, const QString &connectOptions)
{
    close();
    std::vector<QByteArray> keys{"dbname", "fallback_application_name", "client_encoding"};
    std::vector<QByteArray> values{db.toUtf8(), "m", "UTF8"};
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            keys.emplace_back(key);
            values.push_back(value.toUtf8());
        }
    };
    add("user", user);
    add("password", password);
    add("host", host);
    add("port", port > 0 ? QString::number(port) : QString());
    // Qt's convention for driver options: "key=value;key=value".
    for (const QString &option : connectOptions.split(u';', Qt::SkipEmptyParts))
        add(option.section(u'=', 0, 0).trimmed().toUtf8().constData(),
            option.section(u'=', 1).trimmed());
    std::vector<const char *> keyPointers, valuePointers;
    for (size_t i = 0; i < keys.size(); ++i) {
        keyPointers.push_back(keys[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    keyPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);
    m_connection = PQconnectdbParams(keyPointers.data(), valuePointers.data(), 1);
    if (PQstatus(m_connection) != CONNECTION_OK) {
        setLastError(pg::error(m_connection, nullptr));
        PQfinish(m_connection);
        m_connection = nullptr;
        setOpenError(true);
        return false;
    }
    PQsetNoticeProcessor(m_connection, ignoreNotice, nullptr);
    setOpen(true);
    setOpenError(false);
    return true;
}

void PgDriver::close()
{
    if (m_connection) {
        PQfinish(m_connection);
        m_connection = nullptr;
    }
    setOpen(false);
}

QSqlResult *PgDriver::createResult() const
{
    return new PgResult(this);
}

QVariant PgDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_connection));
}

QString PgDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    QString escaped = identifier;
    escaped.replace(u'"', QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

bool PgDriver::beforeStatement(const QByteArray &sql, QSqlError &error)
{
    if (!m_connection) {
        error = QSqlError(QString(), PgdriverTr::tr("the connection is closed"),
                          QSqlError::ConnectionError, QStringLiteral("08003"));
        return false;
    }
    // A session the server ended while this one sat idle (a restart, a failover, an
    // administrator's terminate) still looks OK to libpq until it reads the socket, where
    // the server's goodbye waits. Outside a transaction nothing is expected from the
    // server between statements, so data waiting there means the session is over: it is
    // reset now, before the statement is sent, instead of failing this statement and only
    // reconnecting on the next one. Nothing is ever re-sent, so a statement cut off while
    // running is never applied twice.
    bool lost = PQstatus(m_connection) == CONNECTION_BAD;
    if (!lost && !m_inTransaction) {
        pollfd socket{PQsocket(m_connection), POLLIN, 0};
        lost = ::poll(&socket, 1, 0) > 0;
    }
    if (lost) {
        m_lostTransaction = m_lostTransaction || m_inTransaction;
        m_inTransaction = false;
        PQreset(m_connection); // same parameters, session settings included (options=)
        if (PQstatus(m_connection) != CONNECTION_OK) {
            error = pg::error(m_connection, nullptr);
            return false;
        }
        PQsetNoticeProcessor(m_connection, ignoreNotice, nullptr);
        ++m_session;
    }
    if (m_lostTransaction) {
        if (sql.trimmed().compare("ROLLBACK", Qt::CaseInsensitive) == 0) {
            m_lostTransaction = false;
            return true; // a harmless no-op now: nothing is open
        }
        error = QSqlError(QString(),
                          PgdriverTr::tr("the connection to PostgreSQL was lost inside a "
                                         "transaction, which the server rolled back; roll back "
                                         "and run the transaction again"),
                          QSqlError::ConnectionError, QStringLiteral("08006"));
        return false;
    }
    return true;
}

pg_result *PgDriver::afterStatement(pg_result *result, QSqlError &error)
{
    const PGTransactionStatusType status = PQtransactionStatus(m_connection);
    if (status != PQTRANS_UNKNOWN)
        m_inTransaction = status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
    if (result && pg::succeeded(result))
        return result;
    error = pg::error(m_connection, result);
    PQclear(result);
    return nullptr;
}

QByteArray PgDriver::nextStatementName()
{
    return "fm_" + QByteArray::number(++m_statements);
}

} // namespace fm::core
