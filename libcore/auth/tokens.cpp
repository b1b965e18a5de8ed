// SPDX-License-Identifier: MIT
#include "auth/tokens.h"

#include "auth/sodium.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct TokensTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Tokens)
};

} // namespace

QString Tokens::generate()
{
    if (!detail::sodiumReady())
        qFatal("libsodium could not be initialised; no safe random source for tokens");
    QByteArray bytes(kTokenBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    const QString token = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return token;
}

Result<QString> Tokens::storedForm(const QString &token, const QByteArray &key)
{
    if (token.isEmpty())
        return fail(ErrorCode::BadRequest, TokensTr::tr("the token is empty; give a token"));
    if (!key.isEmpty() && (key.size() < qsizetype(crypto_generichash_KEYBYTES_MIN) ||
                           key.size() > qsizetype(crypto_generichash_KEYBYTES_MAX)))
        return fail(ErrorCode::BadRequest,
                    TokensTr::tr("the token key has %1 bytes; use %2 to %3 bytes")
                        .arg(key.size())
                        .arg(crypto_generichash_KEYBYTES_MIN)
                        .arg(crypto_generichash_KEYBYTES_MAX));
    if (!detail::sodiumReady())
        return fail(ErrorCode::Internal, TokensTr::tr("libsodium could not be initialised"));
    const QByteArray text = token.toUtf8();
    unsigned char out[kHashBytes];
    if (crypto_generichash(
            out, sizeof out, reinterpret_cast<const unsigned char *>(text.constData()),
            quint64(text.size()),
            key.isEmpty() ? nullptr : reinterpret_cast<const unsigned char *>(key.constData()),
            size_t(key.size())) != 0)
        return fail(ErrorCode::Internal, TokensTr::tr("hashing the token failed"));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

bool Tokens::equal(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    // The lengths of stored forms are public (always 64), so only the bytes need care.
    if (x.size() != y.size())
        return false;
    return sodium_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

} // namespace fm::core
