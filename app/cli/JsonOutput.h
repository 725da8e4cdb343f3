#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

class GraphError;
struct Identity;
struct PageList;
struct TokenInfo;
struct TokenResult;

/// Builds one compact JSON object with its keys in the order they are added (QJsonObject
/// sorts them; people read these records, and the documented order is the contract's).
/// Also faster than a QJsonDocument round trip, which matters for million-line batches.
class JsonOutput
{
public:
    JsonOutput& add(const char* key, const QString& value);
    JsonOutput& add(const char* key, const char* latin1Value);
    JsonOutput& add(const char* key, qint64 value);
    JsonOutput& add(const char* key, int value) { return add(key, qint64(value)); }
    JsonOutput& add(const char* key, bool value);
    JsonOutput& add(const char* key, const QJsonValue& value);
    /// A raw, already serialised JSON value (an object built by another JsonOutput).
    JsonOutput& addRaw(const char* key, const QByteArray& json);
    JsonOutput& addNull(const char* key);
    /// The string, or null when \a value is empty.
    JsonOutput& addStringOrNull(const char* key, const QString& value);
    /// The number, or null when \a value is zero / unset.
    JsonOutput& addNumberOrNull(const char* key, std::optional<qint64> value);
    /// ISO-8601 in UTC ("2026-01-27T10:00:00Z"), or null when invalid.
    JsonOutput& addTime(const char* key, const QDateTime& value);

    /// The object, e.g. {"a":1}; no trailing newline.
    QByteArray toJson() const;

    static QByteArray quoted(const QString& value);
    static QByteArray value(const QJsonValue& value);
    static QString isoUtc(const QDateTime& time);

    /// {"access_token","token_type","expires_in" (those Meta sent),"platform","expires_at"}.
    static QByteArray tokenObject(const TokenResult& result);
    /// debug_token's verdict: {"platform","is_valid","type","app_id","application","user_id",
    /// "issued_at","expires_at","never_expires","data_access_expires_at","scopes",
    /// "granular_scopes":[{"scope","target_ids"}],"error":{…}|null}.
    static QByteArray tokenInfoObject(const TokenInfo& info);
    /// {"data":[{"id","name","category","tasks","access_token"}],"truncated","warnings"}.
    static QByteArray pagesObject(const PageList& pages);
    /// Whom a token belongs to (/me): {"platform","id","user_id","name","username"}, absent
    /// values null.
    static QByteArray identityObject(const Identity& identity);
    /// A JSON array of strings.
    static QByteArray stringArray(const QStringList& values);

    /// {"message","type","code","error_subcode","fbtrace_id","remedy","retryable","kind",
    ///  "http_status","retry_after"}: absent values are null, so scripts see one shape.
    static QByteArray errorObject(const GraphError& error);
    /// An error that never reached Meta (bad input line, usage): same shape, kind as given.
    static QByteArray inputErrorObject(const QString& kind, const QString& message, const QString& remedy = {});
    /// {"error":{…}} around an error object.
    static QByteArray errorEnvelope(const QByteArray& errorObject);

private:
    void key(const char* name);

    QByteArray m_json;
};
