#pragma once

// LogCapture — every message Qt's logging hands out while it is installed, as "category: message"
// lines, from any thread: what a log file would hold, for the tests that scan it for secrets.
// start() from init(); stop() from cleanup(), after tearing down what logs (destructors log
// too); lines() any time.

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>

namespace LogCapture {

namespace detail {

    inline QMutex& mutex()
    {
        static QMutex instance;
        return instance;
    }

    inline QStringList& captured()
    {
        static QStringList instance;
        return instance;
    }

    inline QtMessageHandler& previous()
    {
        static QtMessageHandler instance = nullptr;
        return instance;
    }

    inline void handler(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        QMutexLocker lock(&mutex());
        captured() << QString::fromLatin1(context.category ? context.category : "default") + QLatin1String(": ")
                + message;
    }

} // namespace detail

/// Forgets what was captured before and captures from now on.
inline void start()
{
    {
        QMutexLocker lock(&detail::mutex());
        detail::captured().clear();
    }
    detail::previous() = qInstallMessageHandler(detail::handler);
}

/// Gives the messages back to the handler that had them before start().
inline void stop()
{
    qInstallMessageHandler(detail::previous());
}

/// The lines captured since start().
inline QStringList lines()
{
    QMutexLocker lock(&detail::mutex());
    return detail::captured();
}

/// Whether LongLived's own categories said anything: proof that the capture works.
inline bool heardLongLived()
{
    const QStringList all = lines();
    return std::any_of(all.cbegin(), all.cend(),
                       [](const QString& line) { return line.startsWith(QLatin1String("longlived.")); });
}

} // namespace LogCapture
