// GraphError: docs/graph-api.md's table as a pure mapping, and the texts users see.

#include "graph/GraphError.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using Kind = GraphError::Kind;

namespace {

QList<Kind> allKinds()
{
    QList<Kind> kinds;
    for (int i = 0; i <= static_cast<int>(Kind::ApiOther); ++i)
        kinds << static_cast<Kind>(i);
    return kinds;
}

// A URL anywhere in a text: scheme, "://", then something that is not a space.
const QRegularExpression& urlPattern()
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z][A-Za-z0-9+.-]*://[^\\s]"));
    return re;
}

} // namespace

class TestGraphError : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void everyKindHasTextsAndAnId();
    void displayTextComposition();
    void displayTextPrefersUserMessage();
    void isRetryable_data();
    void isRetryable();
    void notJsonAndHttpTitlesSayWhatCameBack();
    void rateLimitRemedyUsesRetryAfter();
    void textsNeverContainUrlsOrSecrets();
};

void TestGraphError::classify_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("subcode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Kind>("kind");

    const QString secret = QStringLiteral("Error validating client secret.");
    QTest::addRow("101") << 101 << 0 << QStringLiteral("Error validating application. Invalid application ID.")
                         << Kind::InvalidAppId;
    QTest::addRow("1 + secret") << 1 << 0 << secret << Kind::InvalidAppSecret;
    QTest::addRow("1 + secret, other case") << 1 << 0 << QStringLiteral("error validating CLIENT SECRET")
                                            << Kind::InvalidAppSecret;
    QTest::addRow("1 unknown") << 1 << 0 << QStringLiteral("An unknown error has occurred.")
                               << Kind::TemporarilyUnavailable;
    QTest::addRow("1 no message") << 1 << 0 << QString() << Kind::TemporarilyUnavailable;
    QTest::addRow("2") << 2 << 0 << QStringLiteral("An unexpected error has occurred.")
                       << Kind::TemporarilyUnavailable;
    QTest::addRow("190") << 190 << 0 << QStringLiteral("Invalid OAuth access token.") << Kind::TokenInvalid;
    QTest::addRow("190/463") << 190 << 463 << QString() << Kind::TokenExpired;
    QTest::addRow("190/467") << 190 << 467 << QString() << Kind::TokenInvalidated;
    QTest::addRow("190/460") << 190 << 460 << QString() << Kind::PasswordChanged;
    QTest::addRow("190/458") << 190 << 458 << QString() << Kind::AppRemoved;
    QTest::addRow("190/459") << 190 << 459 << QString() << Kind::AccountCheckpoint;
    QTest::addRow("190/464") << 190 << 464 << QString() << Kind::AccountCheckpoint;
    QTest::addRow("190/unknown subcode") << 190 << 492 << QString() << Kind::TokenInvalid;
    QTest::addRow("4") << 4 << 0 << QString() << Kind::RateLimited;
    QTest::addRow("17") << 17 << 0 << QString() << Kind::RateLimited;
    QTest::addRow("32") << 32 << 0 << QString() << Kind::RateLimited;
    QTest::addRow("613") << 613 << 0 << QString() << Kind::RateLimited;
    QTest::addRow("10") << 10 << 0 << QString() << Kind::PermissionMissing;
    QTest::addRow("200") << 200 << 0 << QString() << Kind::PermissionMissing;
    QTest::addRow("250") << 250 << 0 << QString() << Kind::PermissionMissing;
    QTest::addRow("299") << 299 << 0 << QString() << Kind::PermissionMissing;
    QTest::addRow("300 is not a permission") << 300 << 0 << QString() << Kind::ApiOther;
    QTest::addRow("199 is not a permission") << 199 << 0 << QString() << Kind::ApiOther;
    QTest::addRow("100") << 100 << 0 << QStringLiteral("Unsupported get request.") << Kind::UnsupportedRequest;
    QTest::addRow("100/33") << 100 << 33 << QStringLiteral("Unsupported get request.") << Kind::UnsupportedRequest;
    QTest::addRow("100 + secret (Instagram)") << 100 << 0 << secret << Kind::InvalidAppSecret;
    QTest::addRow("33") << 33 << 0 << QString() << Kind::UnsupportedRequest;
    QTest::addRow("1349026") << 1349026 << 0 << QStringLiteral("No application data was given.")
                             << Kind::WrongAppPair;
    QTest::addRow("flat 400 + secret (Threads)") << 400 << 0 << secret << Kind::InvalidAppSecret;
    QTest::addRow("flat 400 other") << 400 << 0 << QStringLiteral("Invalid request") << Kind::ApiOther;
    QTest::addRow("nothing") << 0 << 0 << QString() << Kind::ApiOther;
    QTest::addRow("unknown code") << 12345 << 0 << QStringLiteral("Something") << Kind::ApiOther;
    QTest::addRow("190 mentioning a secret stays a token error") << 190 << 0 << secret << Kind::TokenInvalid;
}

void TestGraphError::classify()
{
    QFETCH(int, code);
    QFETCH(int, subcode);
    QFETCH(QString, message);
    QFETCH(Kind, kind);
    QCOMPARE(GraphError::classify(code, subcode, message), kind);
}

void TestGraphError::everyKindHasTextsAndAnId()
{
    QSet<QString> ids;
    for (Kind kind : allKinds()) {
        const GraphError error(kind);
        const QByteArray name = error.kindId().toLatin1();
        QVERIFY2(!error.kindId().isEmpty(), QByteArray::number(static_cast<int>(kind)).constData());
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z_]+$")).match(error.kindId()).hasMatch(), name.constData());
        QVERIFY2(!ids.contains(error.kindId()), name.constData());
        ids.insert(error.kindId());
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.isError(), kind != Kind::None);
        if (kind == Kind::None) {
            QVERIFY(error.title().isEmpty());
            QVERIFY(error.remedy().isEmpty());
            continue;
        }
        QVERIFY2(!error.title().isEmpty(), name.constData());
        // Canceled needs no remedy; Refused carries its own explanation in the title.
        if (kind == Kind::Canceled || kind == Kind::Refused)
            continue;
        QVERIFY2(!error.remedy().isEmpty(), name.constData());
        QVERIFY2(error.remedy() != error.title(), name.constData());
        QVERIFY2(error.displayText().contains(error.remedy()), name.constData());
    }
    QCOMPARE(ids.size(), allKinds().size());
    QCOMPARE(GraphError().kind(), Kind::None);
    QVERIFY(!GraphError().isError());
}

void TestGraphError::displayTextComposition()
{
    GraphError error(Kind::TokenExpired);
    error.code = 190;
    error.subcode = 463;
    error.message = QStringLiteral("Error validating access token: Session has expired");
    error.fbtraceId = QStringLiteral("AbCdEf123_-");
    const QStringList lines = error.displayText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), error.title());
    QVERIFY(lines.at(1).contains(error.message));
    QCOMPARE(lines.at(2), error.remedy());
    QVERIFY(lines.at(3).contains(QLatin1String("AbCdEf123_-")));

    // Nothing from Meta: title and remedy only, no empty "Meta says" line.
    const GraphError bare(Kind::TokenExpired);
    QCOMPARE(bare.displayText(), bare.title() + QLatin1Char('\n') + bare.remedy());

    // Canceled: just the title.
    QCOMPARE(GraphError(Kind::Canceled).displayText(), GraphError(Kind::Canceled).title());
}

void TestGraphError::displayTextPrefersUserMessage()
{
    GraphError error(Kind::PasswordChanged);
    error.message = QStringLiteral("Error validating access token: The session has been invalidated");
    error.userTitle = QStringLiteral("Password changed");
    error.userMessage = QStringLiteral("Your password was changed. Log in again.");
    error.fbtraceId = QStringLiteral("Trace42");
    const QString text = error.displayText();
    QVERIFY(text.contains(error.userMessage));
    QVERIFY(!text.contains(error.message));
    QVERIFY(text.contains(QLatin1String("Trace42")));
}

void TestGraphError::isRetryable_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    QTest::addRow("timeout") << Kind::Timeout << 0 << true;
    QTest::addRow("reset") << Kind::ConnectionReset << 0 << true;
    QTest::addRow("network") << Kind::NetworkFailure << 0 << true;
    QTest::addRow("rate limited") << Kind::RateLimited << 400 << true;
    QTest::addRow("temporary") << Kind::TemporarilyUnavailable << 500 << true;
    QTest::addRow("html 502") << Kind::NotJson << 502 << true;
    QTest::addRow("html 503") << Kind::NotJson << 503 << true;
    QTest::addRow("html 429") << Kind::NotJson << 429 << true;
    QTest::addRow("html 200") << Kind::NotJson << 200 << false;
    QTest::addRow("html 404") << Kind::NotJson << 404 << false;
    QTest::addRow("http 500") << Kind::HttpError << 500 << true;
    QTest::addRow("http 404") << Kind::HttpError << 404 << false;
    QTest::addRow("canceled") << Kind::Canceled << 0 << false;
    QTest::addRow("insecure") << Kind::InsecureUrl << 0 << false;
    QTest::addRow("redirect") << Kind::RedirectRefused << 0 << false;
    QTest::addRow("refused") << Kind::Refused << 0 << false;
    QTest::addRow("tls") << Kind::TlsFailure << 0 << false;
    QTest::addRow("secret") << Kind::InvalidAppSecret << 400 << false;
    QTest::addRow("app id") << Kind::InvalidAppId << 400 << false;
    QTest::addRow("expired") << Kind::TokenExpired << 400 << false;
    QTest::addRow("invalid") << Kind::TokenInvalid << 400 << false;
    QTest::addRow("permission") << Kind::PermissionMissing << 403 << false;
    QTest::addRow("unsupported") << Kind::UnsupportedRequest << 400 << false;
    QTest::addRow("wrong pair") << Kind::WrongAppPair << 400 << false;
    QTest::addRow("too large") << Kind::ResponseTooLarge << 200 << false;
    QTest::addRow("missing field") << Kind::MissingField << 200 << false;
    QTest::addRow("none") << Kind::None << 0 << false;
}

void TestGraphError::isRetryable()
{
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QFETCH(bool, retryable);
    GraphError error(kind);
    error.httpStatus = status;
    QCOMPARE(error.isRetryable(), retryable);
}

void TestGraphError::notJsonAndHttpTitlesSayWhatCameBack()
{
    GraphError html(Kind::NotJson);
    html.httpStatus = 502;
    html.contentType = QStringLiteral("text/html");
    QVERIFY(html.title().contains(QLatin1String("502")));
    QVERIFY(html.title().contains(QLatin1String("text/html")));

    GraphError noType(Kind::NotJson);
    noType.httpStatus = 200;
    QVERIFY(noType.title().contains(QLatin1String("200")));
    QVERIFY(noType.title() != html.title());

    const GraphError nothing(Kind::NotJson); // no HTTP answer at all
    QVERIFY(!nothing.title().isEmpty());
    QVERIFY(!nothing.title().contains(QLatin1String("HTTP 0")));

    GraphError http(Kind::HttpError);
    http.httpStatus = 404;
    QVERIFY(http.title().contains(QLatin1String("404")));

    // A content type with placeholders is shown as is, not expanded.
    GraphError odd(Kind::NotJson);
    odd.httpStatus = 500;
    odd.contentType = QStringLiteral("text/%1%2");
    QVERIFY(odd.title().contains(QLatin1String("text/%1%2")));
}

void TestGraphError::rateLimitRemedyUsesRetryAfter()
{
    GraphError error(Kind::RateLimited);
    const QString withoutHint = error.remedy();
    error.retryAfterSeconds = 90;
    QVERIFY2(error.remedy().contains(QLatin1String("90")), qPrintable(error.remedy()));
    QVERIFY(error.remedy() != withoutHint);
    QVERIFY(!withoutHint.contains(QLatin1String("0 second")));
}

void TestGraphError::textsNeverContainUrlsOrSecrets()
{
    // Whatever the kind and whatever Meta-free fields are set, our own texts carry no URL.
    for (Kind kind : allKinds()) {
        GraphError error(kind);
        error.httpStatus = 502;
        error.contentType = QStringLiteral("text/html");
        error.retryAfterSeconds = 30;
        error.fbtraceId = QStringLiteral("Ab12");
        for (const QString& text : {error.title(), error.remedy(), error.displayText()}) {
            QVERIFY2(!urlPattern().match(text).hasMatch(), qPrintable(error.kindId() + QLatin1String(": ") + text));
            QVERIFY(!text.contains(QLatin1String("client_secret")));
            QVERIFY(!text.contains(QLatin1String("access_token=")));
        }
    }
}

QTEST_GUILESS_MAIN(TestGraphError)
#include "TestGraphError.moc"
