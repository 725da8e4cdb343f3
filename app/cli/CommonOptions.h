#pragma once

#include "graph/Platform.h"

#include <QString>

#include <optional>

/// The options of the command line that several commands share, validated by Command::parse().
/// Holds no secret: secrets are read later from the files, variables or prompt these options
/// name (SecretSource). A command that does not offer an option leaves its default here.
struct CommonOptions {
    bool json = false;
    bool quiet = false;

    std::optional<Platform> platform; ///< nullopt: detect from the token's prefix
    QString appId;
    std::optional<QString> apiVersion; ///< nullopt: the core's default; "" = unversioned
    QString appSecretFile;             ///< path or "-"; empty = environment / prompt
    QString tokenFile;                 ///< path or "-"; empty = environment / prompt
    int timeoutMs = 30000;             ///< overall deadline of one request
    bool timeoutSet = false;           ///< --timeout was given
};
