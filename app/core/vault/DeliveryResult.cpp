#include "vault/DeliveryResult.h"

DeliveryResult::DeliveryResult(Kind kind, const QString& message)
    : m_kind(kind)
    , m_message(message)
{
}

DeliveryResult DeliveryResult::success(const QString& message)
{
    return DeliveryResult(Kind::Ok, message);
}

QString DeliveryResult::message() const
{
    if (m_message.isEmpty() && isOk())
        return tr("Delivered.");
    return m_message;
}

QString DeliveryResult::kindId() const
{
    switch (m_kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::InvalidTarget:
        return QStringLiteral("invalid_target");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure_url");
    case Kind::MissingKey:
        return QStringLiteral("missing_key");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Canceled:
        return QStringLiteral("canceled");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::NoApi:
        return QStringLiteral("no_api");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::WrongContentType:
        return QStringLiteral("wrong_content_type");
    case Kind::HttpError:
        return QStringLiteral("http_error");
    case Kind::FileFailed:
        return QStringLiteral("file_failed");
    case Kind::SymlinkRefused:
        return QStringLiteral("symlink_refused");
    case Kind::ExecNotStarted:
        return QStringLiteral("exec_not_started");
    case Kind::ExecFailed:
        return QStringLiteral("exec_failed");
    case Kind::ExecKilled:
        return QStringLiteral("exec_killed");
    }
    return QStringLiteral("unknown");
}
