// SPDX-License-Identifier: MIT
#include "data/uuid7.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>
#include <mutex>

namespace fm::core {

QString createUuidV7()
{
    // RFC 9562 method 1: a 12-bit counter in rand_a, reseeded each new millisecond.
    static std::mutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0;

    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 sequence = 0;
    {
        std::lock_guard lock(mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0fff) { // counter exhausted: borrow the next millisecond
                ++ms;
                counter = 0;
            }
        } else {
            counter = QRandomGenerator::global()->bounded(0x0400); // leave room to count up
        }
        lastMs = ms;
        sequence = counter;
    }

    std::array<quint8, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ms >> (8 * (5 - i)));
    bytes[6] = quint8(0x70 | ((sequence >> 8) & 0x0f));
    bytes[7] = quint8(sequence & 0xff);
    const quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 8; i < 16; ++i)
        bytes[i] = quint8(random >> (8 * (15 - i)));
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f)); // RFC 4122 variant

    static constexpr char kHex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(kHex[bytes[i] >> 4]);
        out += QLatin1Char(kHex[bytes[i] & 0x0f]);
    }
    return out;
}

} // namespace fm::core
