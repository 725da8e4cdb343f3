#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// The Meta platforms whose tokens LongLived handles. Each has its own host,
/// its own grant types and (for Threads and Instagram Login) its own app pair.
enum class Platform {
    Facebook,
    Threads,
    Instagram,
};

namespace Platforms {

/// Every platform, in the order the UI lists them.
QList<Platform> all();

/// Stable machine identifier: "facebook", "threads", "instagram" (CLI flags, JSON, settings).
QString id(Platform platform);

/// The identifier parsed back; std::nullopt when it names no platform (case-insensitive).
std::optional<Platform> fromId(const QString& id);

/// Human-readable name: "Facebook", "Threads", "Instagram".
QString displayName(Platform platform);

/// The platform a token belongs to, judged by its prefix (EAA, TH, IG); nullopt when unknown.
std::optional<Platform> detect(const QString& token);

/// Whether the exchange on this platform needs the App ID (only Facebook's does).
bool exchangeNeedsAppId(Platform platform);

/// Whether long-lived tokens of this platform can be refreshed (Threads, Instagram).
bool supportsRefresh(Platform platform);

/// Whether debug_token can inspect this platform's tokens (Facebook, Threads; Instagram Login
/// has no debug_token).
bool supportsInspect(Platform platform);

/// A translated warning when \a token's prefix says it belongs to another platform than
/// \a chosen (a TH… token sent to Facebook fails); empty when they agree or the prefix is
/// unknown. Names only the platforms, never the token.
QString mismatchWarning(Platform chosen, const QString& token);

} // namespace Platforms

Q_DECLARE_METATYPE(Platform)
