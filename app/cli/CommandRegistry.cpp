#include "CommandRegistry.h"

#include "commands/BatchCommand.h"
#include "commands/ExchangeCommand.h"
#include "commands/InspectCommand.h"
#include "commands/KeychainCommand.h"
#include "commands/PagesCommand.h"
#include "commands/RefreshCommand.h"
#include "commands/RenewCommand.h"
#include "commands/VerifyCommand.h"

#include <functional>

namespace {

using Factory = std::function<std::unique_ptr<Command>()>;

template<typename T> std::unique_ptr<Command> make()
{
    return std::make_unique<T>();
}

// One line per command, in the order --help lists them.
const std::vector<Factory>& factories()
{
    static const std::vector<Factory> list = {
        make<ExchangeCommand>, make<RefreshCommand>,  make<InspectCommand>, make<PagesCommand>,
        make<VerifyCommand>,   make<KeychainCommand>, make<BatchCommand>,   make<RenewCommand>,
    };
    return list;
}

} // namespace

const std::vector<std::unique_ptr<Command>>& CommandRegistry::commands()
{
    static const std::vector<std::unique_ptr<Command>> all = [] {
        std::vector<std::unique_ptr<Command>> made;
        for (const Factory& factory : factories())
            made.push_back(factory());
        return made;
    }();
    return all;
}

const Command* CommandRegistry::find(const QString& name)
{
    for (const auto& command : commands()) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

std::shared_ptr<Command> CommandRegistry::create(const QString& name)
{
    const std::vector<std::unique_ptr<Command>>& all = commands();
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i]->name() == name)
            return factories()[i]();
    }
    return nullptr;
}

QStringList CommandRegistry::names()
{
    QStringList names;
    for (const auto& command : commands())
        names << command->name();
    return names;
}
