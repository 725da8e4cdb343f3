#include "CliApplication.h"

#include "CliSession.h"
#include "Command.h"
#include "CommandLine.h"
#include "CommandRegistry.h"

#include <QLoggingCategory>

CliApplication::CliApplication() = default;

CliApplication::~CliApplication() = default;

int CliApplication::run(const QStringList& arguments)
{
    const CommandLine::Result parsed = CommandLine::parse(arguments);
    switch (parsed.status) {
    case CommandLine::Result::Status::Help:
    case CommandLine::Result::Status::Version: {
        OutputWriter out;
        out.write(parsed.text.toLocal8Bit());
        return out.close(Command::Success);
    }
    case CommandLine::Result::Status::UsageError: {
        CommonOptions options;
        options.json = parsed.jsonRequested;
        return CliSession(options).usageError(parsed.text);
    }
    case CommandLine::Result::Status::Run:
        break;
    }
    m_command = parsed.command;
    m_session = std::make_unique<CliSession>(m_command->options());
    // stderr is for the user's messages; the core's diagnostics (already redacted) stay off
    // unless asked for with QT_LOGGING_RULES="longlived.*=true", which takes precedence.
    QLoggingCategory::setFilterRules(QStringLiteral("longlived.*=false"));
    for (const QString& warning : parsed.warnings)
        m_session->out().detail(warning);

    m_session->catchInterrupts();
    // Results that could not be written (full disk, closed pipe) make a success a failure.
    return m_session->out().close(m_command->execute(*m_session));
}

bool CliApplication::needsGlibEventLoop(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        const Command* command = CommandRegistry::find(QString::fromLocal8Bit(argv[i]));
        if (!command)
            continue;
        QStringList rest;
        for (int j = i + 1; j < argc; ++j)
            rest << QString::fromLocal8Bit(argv[j]);
        if (command->needsGlibEventLoopFor(rest))
            return true;
    }
    return false;
}
