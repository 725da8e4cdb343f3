#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

/// With LONGLIVED_QUIT_AFTER_FIRST_FRAME=1 in the environment, quits the application once its
/// window has been exposed and painted for the first time, so that start-up can be timed from
/// outside (bench/run.sh) and a smoke start needs no one to close the window
/// (packaging/tests/check-deb.sh). Without the variable it does nothing.
///
/// Header-only and Widgets-only on purpose: the bench's floor (bench/floor) builds the same code,
/// so the app and the baseline it is compared with pay the same for quitting.
class QuitAfterFirstFrame : public QObject
{
public:
    static constexpr const char* environmentVariable = "LONGLIVED_QUIT_AFTER_FIRST_FRAME";

    /// Call right after \a window->show(): the native window exists then, and its first expose
    /// event is still to come.
    static void installIfRequested(QWidget* window)
    {
        if (qEnvironmentVariableIntValue(environmentVariable) != 1 || !window->windowHandle())
            return;
        window->windowHandle()->installEventFilter(new QuitAfterFirstFrame(window));
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_quitting && event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed()) {
            m_quitting = true;
            // The filter sees the expose event before the window does; handling it paints and
            // flushes the first frame synchronously, so a quit queued now comes after that frame.
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit QuitAfterFirstFrame(QObject* parent)
        : QObject(parent)
    {
    }

    bool m_quitting = false;
};
