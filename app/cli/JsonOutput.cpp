#include "JsonOutput.h"

#include "graph/GraphError.h"
#include "graph/Identity.h"
#include "graph/PageList.h"
#include "graph/Platform.h"
#include "graph/TokenInfo.h"
#include "graph/TokenResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {
const char hexDigits[] = "0123456789abcdef";

void appendUnicodeEscape(QByteArray& out, unsigned char c)
{
    const char escape[] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xf]};
    out.append(escape, sizeof escape);
}

// Whether the UTF-8 bytes at \a i start a C1 control (U+0080–U+009F: 0xC2 0x80–0x9F). JSON
// allows them raw, but a terminal may take U+009B for "ESC [": records are read on terminals too.
bool isC1At(const char* data, qsizetype size, qsizetype i)
{
    return static_cast<unsigned char>(data[i]) == 0xc2 && i + 1 < size
        && static_cast<unsigned char>(data[i + 1]) >= 0x80 && static_cast<unsigned char>(data[i + 1]) <= 0x9f;
}

// QJsonDocument escapes C0 but writes DEL and C1 as they are. Outside strings compact JSON is
// plain ASCII, so every such byte is inside a string and can be escaped where it stands.
QByteArray escapeDelAndC1(const QByteArray& json)
{
    QByteArray out;
    const char* data = json.constData();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const bool c1 = isC1At(data, json.size(), i);
        if (!c1 && data[i] != 0x7f)
            continue;
        if (out.isEmpty())
            out.reserve(json.size() + 16);
        out.append(data + runStart, i - runStart);
        appendUnicodeEscape(out, static_cast<unsigned char>(c1 ? data[++i] : data[i]));
        runStart = i + 1;
    }
    if (runStart == 0)
        return json;
    out.append(data + runStart, json.size() - runStart);
    return out;
}
} // namespace

void JsonOutput::key(const char* name)
{
    if (m_json.isEmpty())
        m_json.reserve(512); // a batch record is ~400 bytes: one allocation
    m_json += m_json.isEmpty() ? "{\"" : ",\"";
    m_json += name;
    m_json += "\":";
}

JsonOutput& JsonOutput::add(const char* name, const QString& value)
{
    key(name);
    m_json += quoted(value);
    return *this;
}

JsonOutput& JsonOutput::add(const char* name, const char* latin1Value)
{
    return add(name, QString::fromLatin1(latin1Value));
}

JsonOutput& JsonOutput::add(const char* name, qint64 value)
{
    key(name);
    m_json += QByteArray::number(value);
    return *this;
}

JsonOutput& JsonOutput::add(const char* name, bool value)
{
    key(name);
    m_json += value ? "true" : "false";
    return *this;
}

JsonOutput& JsonOutput::add(const char* name, const QJsonValue& v)
{
    key(name);
    m_json += value(v);
    return *this;
}

JsonOutput& JsonOutput::addRaw(const char* name, const QByteArray& json)
{
    key(name);
    m_json += json;
    return *this;
}

JsonOutput& JsonOutput::addNull(const char* name)
{
    key(name);
    m_json += "null";
    return *this;
}

JsonOutput& JsonOutput::addStringOrNull(const char* name, const QString& value)
{
    return value.isEmpty() ? addNull(name) : add(name, value);
}

JsonOutput& JsonOutput::addNumberOrNull(const char* name, std::optional<qint64> value)
{
    return value ? add(name, *value) : addNull(name);
}

JsonOutput& JsonOutput::addTime(const char* name, const QDateTime& value)
{
    return value.isValid() ? add(name, isoUtc(value)) : addNull(name);
}

QByteArray JsonOutput::toJson() const
{
    if (m_json.isEmpty())
        return QByteArrayLiteral("{}");
    QByteArray json;
    json.reserve(m_json.size() + 1);
    json += m_json;
    json += '}';
    return json;
}

QByteArray JsonOutput::quoted(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 8);
    out += '"';
    // Copy runs of plain characters at once; tokens and messages rarely need any escape.
    const char* data = utf8.constData();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f && c != 0xc2)
            continue;
        if (c == 0xc2) {
            if (!isC1At(data, utf8.size(), i))
                continue; // U+00A0–U+00BF: printable
            out.append(data + runStart, i - runStart);
            appendUnicodeEscape(out, static_cast<unsigned char>(data[++i]));
            runStart = i + 1;
            continue;
        }
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            appendUnicodeEscape(out, c);
        }
    }
    out.append(data + runStart, utf8.size() - runStart);
    out += '"';
    return out;
}

QByteArray JsonOutput::value(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QByteArrayLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Whole numbers (IDs, counts) print without a fraction or exponent.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            return QByteArray::number(static_cast<qint64>(d));
        return std::isfinite(d) ? QByteArray::number(d, 'g', 17) : QByteArrayLiteral("null");
    }
    case QJsonValue::String:
        return quoted(v.toString());
    case QJsonValue::Array:
        return escapeDelAndC1(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return escapeDelAndC1(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return QByteArrayLiteral("null");
}

QString JsonOutput::isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QByteArray JsonOutput::tokenObject(const TokenResult& result)
{
    JsonOutput json;
    json.add("access_token", result.accessToken);
    if (!result.tokenType.isEmpty())
        json.add("token_type", result.tokenType);
    if (result.expiresIn)
        json.add("expires_in", *result.expiresIn);
    json.add("platform", Platforms::id(result.platform));
    json.addTime("expires_at", result.expiresAt);
    if (result.neverExpires)
        json.add("never_expires", true);
    return json.toJson();
}

QByteArray JsonOutput::stringArray(const QStringList& values)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += quoted(values.at(i));
    }
    out += ']';
    return out;
}

QByteArray JsonOutput::tokenInfoObject(const TokenInfo& info)
{
    JsonOutput json;
    json.add("platform", Platforms::id(info.platform));
    json.add("is_valid", info.isValid);
    json.addStringOrNull("type", info.type);
    json.addStringOrNull("app_id", info.appId);
    json.addStringOrNull("application", info.application);
    json.addStringOrNull("user_id", info.userId);
    json.addTime("issued_at", info.issuedAt);
    json.addTime("expires_at", info.neverExpires ? QDateTime() : info.expiresAt);
    json.add("never_expires", info.neverExpires);
    json.addTime("data_access_expires_at", info.dataAccessExpiresAt);
    json.addRaw("scopes", stringArray(info.scopes));
    QByteArray granular = "[";
    for (qsizetype i = 0; i < info.granularScopes.size(); ++i) {
        const TokenInfo::GranularScope& scope = info.granularScopes.at(i);
        if (i > 0)
            granular += ',';
        granular += JsonOutput().add("scope", scope.scope).addRaw("target_ids", stringArray(scope.targetIds)).toJson();
    }
    granular += ']';
    json.addRaw("granular_scopes", granular);
    if (info.error.isError())
        json.addRaw("error", errorObject(info.error));
    else
        json.addNull("error");
    return json.toJson();
}

QByteArray JsonOutput::identityObject(const Identity& identity)
{
    JsonOutput json;
    json.add("platform", Platforms::id(identity.platform));
    json.addStringOrNull("id", identity.id);
    json.addStringOrNull("user_id", identity.userId);
    json.addStringOrNull("name", identity.name);
    json.addStringOrNull("username", identity.username);
    return json.toJson();
}

QByteArray JsonOutput::pagesObject(const PageList& list)
{
    QByteArray data = "[";
    for (qsizetype i = 0; i < list.pages.size(); ++i) {
        const Page& page = list.pages.at(i);
        if (i > 0)
            data += ',';
        data += JsonOutput()
                    .add("id", page.id)
                    .addStringOrNull("name", page.name)
                    .addStringOrNull("category", page.category)
                    .addRaw("tasks", stringArray(page.tasks))
                    .addStringOrNull("access_token", page.accessToken)
                    .toJson();
    }
    data += ']';
    JsonOutput json;
    json.addRaw("data", data);
    json.add("truncated", list.truncated);
    json.addRaw("warnings", stringArray(list.warnings()));
    return json.toJson();
}

QByteArray JsonOutput::errorObject(const GraphError& error)
{
    const QString said = !error.userMessage.isEmpty() ? error.userMessage : error.message;
    JsonOutput json;
    json.add("message", said.isEmpty() ? error.title() : said);
    json.addStringOrNull("type", error.type);
    json.addNumberOrNull("code", error.code != 0 ? std::optional<qint64>(error.code) : std::nullopt);
    json.addNumberOrNull("error_subcode", error.subcode != 0 ? std::optional<qint64>(error.subcode) : std::nullopt);
    json.addStringOrNull("fbtrace_id", error.fbtraceId);
    json.addStringOrNull("remedy", error.remedy());
    json.add("retryable", error.isRetryable());
    json.add("kind", error.kindId());
    json.add("title", error.title());
    json.addNumberOrNull("http_status", error.httpStatus != 0 ? std::optional<qint64>(error.httpStatus) : std::nullopt);
    json.addNumberOrNull("retry_after",
                         error.retryAfterSeconds > 0 ? std::optional<qint64>(error.retryAfterSeconds) : std::nullopt);
    return json.toJson();
}

QByteArray JsonOutput::inputErrorObject(const QString& kind, const QString& message, const QString& remedy)
{
    JsonOutput json;
    json.add("message", message);
    json.addNull("type");
    json.addNull("code");
    json.addNull("error_subcode");
    json.addNull("fbtrace_id");
    json.addStringOrNull("remedy", remedy);
    json.add("retryable", false);
    json.add("kind", kind);
    json.add("title", message);
    json.addNull("http_status");
    json.addNull("retry_after");
    return json.toJson();
}

QByteArray JsonOutput::errorEnvelope(const QByteArray& errorObject)
{
    return JsonOutput().addRaw("error", errorObject).toJson();
}
