#include "vault/DeliveryResult.h"

#include <algorithm>
#include <iterator>

namespace {

using Kind = DeliveryResult::Kind;

struct KindId {
    Kind kind;
    const char* id;
};

// The stable names the CLI's JSON output carries.
constexpr KindId kindIds[] = {
    {Kind::Ok, "ok"},
    {Kind::InvalidTarget, "invalid_target"},
    {Kind::InsecureUrl, "insecure_url"},
    {Kind::MissingKey, "missing_key"},
    {Kind::Network, "network"},
    {Kind::Timeout, "timeout"},
    {Kind::Canceled, "canceled"},
    {Kind::Unauthorized, "unauthorized"},
    {Kind::Forbidden, "forbidden"},
    {Kind::NotFound, "not_found"},
    {Kind::NoApi, "no_api"},
    {Kind::Rejected, "rejected"},
    {Kind::WrongContentType, "wrong_content_type"},
    {Kind::HttpError, "http_error"},
    {Kind::FileFailed, "file_failed"},
    {Kind::SymlinkRefused, "symlink_refused"},
    {Kind::ExecNotStarted, "exec_not_started"},
    {Kind::ExecFailed, "exec_failed"},
    {Kind::ExecKilled, "exec_killed"},
};

} // namespace

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
    const auto* found = std::find_if(std::begin(kindIds), std::end(kindIds),
                                     [this](const KindId& entry) { return entry.kind == m_kind; });
    return QString::fromLatin1(found != std::end(kindIds) ? found->id : "unknown");
}
