// SPDX-License-Identifier: MIT
#include "auth/livejointoken.h"

#include "auth/tokens.h"

namespace fm::core {

namespace {

QString signature(qint64 expiry, const QString &sessionToken, const QString &sessionId)
{
    // The session token is 43 characters of randomness: a key of the size the keyed
    // hash wants. The prefix keeps this hash apart from every other use of the token.
    const QString text = QStringLiteral("fm.desk.live-join.v1|%1|%2").arg(expiry).arg(sessionId);
    return Tokens::storedForm(text, sessionToken.toUtf8()).value_or(QString());
}

} // namespace

QString LiveJoinToken::issue(const QString &sessionToken, const QString &sessionId,
                             const QDateTime &now, std::chrono::seconds lifetime)
{
    const qint64 expiry = now.toSecsSinceEpoch() + lifetime.count();
    const QString signed_ = signature(expiry, sessionToken, sessionId);
    if (signed_.isEmpty())
        return {};
    return QString::number(expiry) + u'.' + signed_;
}

LiveJoinToken::Check LiveJoinToken::check(const QString &token, const QString &sessionToken,
                                          const QString &sessionId, const QDateTime &now)
{
    const qsizetype dot = token.indexOf(u'.');
    bool ok = false;
    const qint64 expiry = dot > 0 ? token.left(dot).toLongLong(&ok) : 0;
    if (!ok || token.size() > 200)
        return Check::Malformed;
    const QString expected = signature(expiry, sessionToken, sessionId);
    if (expected.isEmpty() || !Tokens::equal(token.mid(dot + 1), expected))
        return Check::Forged;
    if (now.toSecsSinceEpoch() >= expiry)
        return Check::Expired;
    return Check::Valid;
}

} // namespace fm::core
