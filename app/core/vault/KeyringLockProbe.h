#pragma once

#include <QString>

/// Tells a locked keyring from a missing entry. The Secret Service answers a read from a locked
/// collection like one of a missing item (QtKeychain reports EntryNotFound once the unlock
/// prompt cannot be shown), but its SearchItems call lists matching items of locked
/// collections apart, without prompting: that is what this asks, over the session D-Bus.
/// Nothing secret is read or sent (only the entry's attributes: service and key).
class KeyringLockProbe {
public:
    /// The longest the probe waits for the Secret Service.
    static constexpr int timeoutMs = 2000;

    /// Whether the Secret Service holds the entry \a key of \a service (QtKeychain's attributes
    /// server and user) in a locked collection. False when it does not, or cannot be asked.
    static bool isLocked(const QString& service, const QString& key);
};
