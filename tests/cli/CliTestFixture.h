#pragma once

// CliTestFixture — what the tests that run longlived-cli as a process share: a loopback
// GraphTestServer speaking Meta's formats and a private folder for the files a user would give
// the command (secrets, tokens, batch input). A test class derives from it (beside QObject),
// calls startFixture() from init() and stopFixture() from cleanup().

#include "CliProcess.h"
#include "GraphTestServer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class CliTestFixture
{
protected:
    /// False when the server or the folder could not be made.
    bool startFixture()
    {
        m_server = std::make_unique<GraphTestServer>();
        m_dir = std::make_unique<QTemporaryDir>();
        return m_server->start() && m_dir->isValid();
    }

    void stopFixture()
    {
        m_server.reset();
        m_dir.reset();
    }

    /// Writes \a content to \a name in the folder; its path, or an empty string on failure.
    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    /// The desktop app's settings file (profiles, delivery targets) inside the folder.
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("LongLived/LongLived.conf")); }

    /// A longlived-cli that finds the desktop app's settings in the folder (at
    /// $XDG_CONFIG_HOME/LongLived/LongLived.conf), talking to \a baseUrl when given.
    CliProcess settingsCli(const QUrl& baseUrl = {}) const
    {
        CliProcess process(baseUrl);
        process.setEnv(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path());
        return process;
    }

    std::unique_ptr<GraphTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};
