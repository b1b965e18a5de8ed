// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QObject>

#include <csignal>
#include <initializer_list>

class QSocketNotifier;

namespace fm::server {

// Turns POSIX signals into a Qt signal on the event loop (the self-pipe trick): the
// handler only write()s the signal number to a pipe, which is async-signal-safe,
// and a QSocketNotifier reads it on the main thread. One instance per process.
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    SignalWatcher();
    ~SignalWatcher() override; // restores the default handlers

    fm::Result<void> watch(std::initializer_list<int> signalNumbers);

signals:
    void signalled(int signalNumber);

private:
    void readPipe();
    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_watched;
};

} // namespace fm::server
