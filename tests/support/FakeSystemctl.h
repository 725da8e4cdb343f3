#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtGlobal>

/// The recording stand-in for `systemctl --user` (recording-systemctl.sh beside this file): a
/// folder holding the timer's state and the calls made, handed to the script through the
/// environment every child process inherits. One per test; the variable is withdrawn again on
/// destruction.
class FakeSystemctl {
public:
    explicit FakeSystemctl(const QString& state = QStringLiteral("disabled"))
    {
        qputenv("LONGLIVED_FAKE_SYSTEMCTL_DIR", m_dir.path().toLocal8Bit());
        setState(state);
    }
    ~FakeSystemctl()
    {
        qunsetenv("LONGLIVED_FAKE_SYSTEMCTL_DIR");
        if (!m_savedPath.isNull())
            qputenv("PATH", m_savedPath);
    }

    /// Makes the stand-in the "systemctl" found on PATH (for code that runs the default
    /// program, such as the window's renewal timer) until destruction.
    bool putOnPath()
    {
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        if (!QDir().mkpath(bin) || !QFile::link(program(), bin + QStringLiteral("/systemctl")))
            return false;
        m_savedPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(bin) + ':' + m_savedPath);
        return true;
    }
    FakeSystemctl(const FakeSystemctl&) = delete;
    FakeSystemctl& operator=(const FakeSystemctl&) = delete;

    static QString program() { return QStringLiteral(LONGLIVED_RECORDING_SYSTEMCTL); }
    bool isValid() const { return m_dir.isValid(); }

    /// enabled, disabled, not-installed, no-manager, refuse or hang (see the script).
    void setState(const QString& state) { write(QStringLiteral("state"), state.toUtf8() + '\n'); }
    QString state() const { return read(QStringLiteral("state")).trimmed(); }
    /// One line per call: its arguments, space-separated.
    QStringList calls() const { return read(QStringLiteral("calls")).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

private:
    void write(const QString& name, const QByteArray& data)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(data);
    }
    QString read(const QString& name) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QTemporaryDir m_dir;
    QByteArray m_savedPath;
};
