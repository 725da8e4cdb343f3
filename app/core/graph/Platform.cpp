#include "graph/Platform.h"

#include <QCoreApplication>

namespace Platforms {

QList<Platform> all()
{
    return {Platform::Facebook, Platform::Threads, Platform::Instagram};
}

QString id(Platform platform)
{
    switch (platform) {
    case Platform::Facebook:
        return QStringLiteral("facebook");
    case Platform::Threads:
        return QStringLiteral("threads");
    case Platform::Instagram:
        return QStringLiteral("instagram");
    }
    return {};
}

std::optional<Platform> fromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (Platform platform : all()) {
        if (Platforms::id(platform) == wanted)
            return platform;
    }
    return std::nullopt;
}

QString displayName(Platform platform)
{
    switch (platform) {
    case Platform::Facebook:
        return QCoreApplication::translate("Platform", "Facebook");
    case Platform::Threads:
        return QCoreApplication::translate("Platform", "Threads");
    case Platform::Instagram:
        return QCoreApplication::translate("Platform", "Instagram");
    }
    return {};
}

std::optional<Platform> detect(const QString& token)
{
    const QString trimmed = token.trimmed();
    if (trimmed.startsWith(QLatin1String("EAA")))
        return Platform::Facebook;
    if (trimmed.startsWith(QLatin1String("TH")))
        return Platform::Threads;
    if (trimmed.startsWith(QLatin1String("IG")))
        return Platform::Instagram;
    return std::nullopt;
}

bool exchangeNeedsAppId(Platform platform)
{
    return platform == Platform::Facebook;
}

bool supportsRefresh(Platform platform)
{
    return platform == Platform::Threads || platform == Platform::Instagram;
}

bool supportsInspect(Platform platform)
{
    return platform == Platform::Facebook || platform == Platform::Threads;
}

QString mismatchWarning(Platform chosen, const QString& token)
{
    const std::optional<Platform> detected = detect(token);
    if (!detected || *detected == chosen)
        return {};
    return QCoreApplication::translate("Platform",
                                       "This looks like a %1 token, but %2 is selected. A token only works on "
                                       "its own platform: choose %1, or check the token.")
        .arg(displayName(*detected), displayName(chosen));
}

} // namespace Platforms
