#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class Command;

/// The commands of longlived-cli, in the order `longlived-cli --help` lists them: the one
/// list the overview, the dispatch and the shell's event-loop choice read.
class CommandRegistry
{
public:
    /// One instance of each command, for their names, descriptions and help.
    static const std::vector<std::unique_ptr<Command>>& commands();
    /// The command named \a name, or nullptr.
    static const Command* find(const QString& name);
    /// A fresh instance of the command named \a name, to parse and run; nullptr for an unknown name.
    static std::shared_ptr<Command> create(const QString& name);
    static QStringList names();
};
