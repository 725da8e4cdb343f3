#pragma once

#include "Platform.h"

#include <QString>

#include <optional>

/// Everything the command line asked for, validated. Holds no secret: secrets are read later
/// from the files, variables or prompt these options name (SecretSource).
struct CliOptions {
    enum class Command {
        None,
        Exchange,
        Refresh,
        Inspect,
        Pages,
        Batch,
        Keychain,
    };
    enum class InputFormat {
        JsonLines,
        Csv,
    };

    Command command = Command::None;
    bool json = false;
    bool quiet = false;

    std::optional<Platform> platform; ///< nullopt: detect from the token's prefix
    QString appId;
    std::optional<QString> apiVersion; ///< nullopt: the core's default; "" = unversioned
    QString appSecretFile;             ///< path or "-"; empty = environment / prompt
    QString tokenFile;                 ///< path or "-"; empty = environment / prompt
    int timeoutMs = 30000;             ///< overall deadline of one request
    bool timeoutSet = false;           ///< --timeout was given

    // keychain
    QString keychainAction; ///< "list", "get" or "delete"
    QString profileName;    ///< for get / delete

    // batch
    QString input;  ///< path or "-"
    QString output; ///< path or "-"; empty = stdout
    InputFormat inputFormat = InputFormat::JsonLines;
    bool continueOnFail = false;
    bool refresh = false; ///< batch --refresh: refresh long-lived tokens instead of exchanging
    int concurrency = 4;
    std::optional<int> retryBaseMs;     ///< hidden, for tests
    std::optional<int> retryAfterCapMs; ///< hidden, for tests
    bool progress = true;               ///< --no-progress turns the stderr progress line off

    static constexpr int defaultConcurrency = 4;
    static constexpr int maxConcurrency = 16;
};
