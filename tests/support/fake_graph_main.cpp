// longlived-fake-graph: a Graph-compatible server on 127.0.0.1 for trying LongLived without
// touching Meta (README walk-through) and for benchmarks. It answers the token endpoints of
// Facebook, Threads and Instagram with realistic long-lived tokens and realistic errors.
//
//   longlived-fake-graph --port 8765
//   export LONGLIVED_GRAPH_URL=http://127.0.0.1:8765 LONGLIVED_THREADS_URL=http://127.0.0.1:8765
//   export LONGLIVED_INSTAGRAM_URL=http://127.0.0.1:8765; longlived

#include "GraphTestServer.h"
#include "support/Redactor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <cstdio>

namespace {

using Request = GraphTestServer::Request;
using Response = GraphTestServer::Response;

constexpr qint64 longLivedSeconds = 5183944;

QString randomToken(const QString& prefix, int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token = prefix;
    auto* random = QRandomGenerator::global();
    while (token.size() < length)
        token += QLatin1Char(alphabet[random->bounded(int(sizeof(alphabet) - 1))]);
    return token;
}

QString traceId()
{
    return randomToken(QStringLiteral("A"), 23);
}

Response oauthError(int code, int subcode, const QString& message)
{
    return GraphTestServer::nestedError(400, code, subcode, message, QStringLiteral("OAuthException"), traceId());
}

Response missingParameter(const QString& name)
{
    return oauthError(100, 0, QStringLiteral("Missing %1 parameter.").arg(name));
}

// Checks common to every platform's user token; a non-empty Response (status != 0) is an error.
std::optional<Response> tokenProblem(const QString& token, const QString& expectedPrefix)
{
    if (token == QLatin1String("expired")) {
        return oauthError(190, 463,
                          QStringLiteral("Error validating access token: Session has expired on Tuesday, "
                                         "09-Jan-24 03:00:00 PST. The current time is Wednesday, 10-Jan-24 "
                                         "04:05:06 PST."));
    }
    if (token == QLatin1String("revoked"))
        return oauthError(190, 467, QStringLiteral("Error validating access token: The session is invalid because "
                                                   "the user logged out."));
    if (token == QLatin1String("ratelimited"))
        return oauthError(4, 0, QStringLiteral("(#4) Application request limit reached"))
            .withHeader("Retry-After", "60");
    if (token == QLatin1String("unavailable"))
        return oauthError(2, 0, QStringLiteral("An unexpected error has occurred. Please retry your request later."));
    if (!token.startsWith(expectedPrefix) || token.size() < 8)
        return oauthError(190, 0, QStringLiteral("Invalid OAuth access token - Cannot parse access token"));
    return std::nullopt;
}

Response facebookExchange(const Request& request)
{
    const QString appId = request.queryValue(QStringLiteral("client_id"));
    const QString secret = request.queryValue(QStringLiteral("client_secret"));
    const QString token = request.queryValue(QStringLiteral("fb_exchange_token"));
    if (appId.isEmpty())
        return missingParameter(QStringLiteral("client_id"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(appId).hasMatch())
        return oauthError(101, 0, QStringLiteral("Error validating application. Invalid application ID."));
    if (secret.isEmpty())
        return missingParameter(QStringLiteral("client_secret"));
    if (secret == QLatin1String("wrong"))
        return oauthError(1, 0, QStringLiteral("Error validating client secret."));
    if (token.isEmpty())
        return missingParameter(QStringLiteral("fb_exchange_token"));
    if (auto problem = tokenProblem(token, QStringLiteral("EAA")))
        return *problem;
    return GraphTestServer::tokenResponse(randomToken(QStringLiteral("EAA"), 200), longLivedSeconds);
}

Response threadsOrInstagram(const Request& request, bool threads, bool refresh)
{
    const QString prefix = threads ? QStringLiteral("TH") : QStringLiteral("IG");
    const QString token = request.queryValue(QStringLiteral("access_token"));
    if (!refresh) {
        const QString secret = request.queryValue(QStringLiteral("client_secret"));
        if (secret.isEmpty())
            return missingParameter(QStringLiteral("client_secret"));
        if (threads && secret == QLatin1String("facebook")) {
            return GraphTestServer::flatError(
                400, 1349026,
                QStringLiteral("No application data was given. Please check that you are using the App ID "
                               "of your Threads app."));
        }
        if (secret == QLatin1String("wrong")) {
            if (threads) {
                return GraphTestServer::flatError(400, 400, QStringLiteral("Error validating client secret."),
                                                  QStringLiteral("OAuthException"));
            }
            return oauthError(100, 0, QStringLiteral("Error validating client secret."));
        }
    }
    if (token.isEmpty())
        return missingParameter(QStringLiteral("access_token"));
    if (auto problem = tokenProblem(token, prefix))
        return *problem;
    return GraphTestServer::tokenResponse(randomToken(prefix, threads ? 180 : 150), longLivedSeconds);
}

Response route(const Request& request)
{
    const QString grant = request.queryValue(QStringLiteral("grant_type"));
    static const QRegularExpression versioned(QStringLiteral("^(/v[0-9]+\\.[0-9]+)?/oauth/access_token$"));
    if (versioned.match(request.path).hasMatch()) {
        if (grant != QLatin1String("fb_exchange_token"))
            return oauthError(100, 0, QStringLiteral("Invalid grant_type: '%1'").arg(grant));
        return facebookExchange(request);
    }
    if (request.path == QLatin1String("/access_token")) {
        if (grant == QLatin1String("th_exchange_token"))
            return threadsOrInstagram(request, true, false);
        if (grant == QLatin1String("ig_exchange_token"))
            return threadsOrInstagram(request, false, false);
        return oauthError(100, 0, QStringLiteral("Invalid grant_type: '%1'").arg(grant));
    }
    if (request.path == QLatin1String("/refresh_access_token")) {
        if (grant == QLatin1String("th_refresh_token"))
            return threadsOrInstagram(request, true, true);
        if (grant == QLatin1String("ig_refresh_token"))
            return threadsOrInstagram(request, false, true);
        return oauthError(100, 0, QStringLiteral("Invalid grant_type: '%1'").arg(grant));
    }
    return GraphTestServer::nestedError(400, 2500, 0, QStringLiteral("Unknown path components: %1").arg(request.path),
                                        QStringLiteral("OAuthException"), traceId());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("longlived-fake-graph"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LONGLIVED_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A Graph-compatible server on 127.0.0.1 answering fb_exchange_token, th_exchange_token,\n"
        "ig_exchange_token, th_refresh_token and ig_refresh_token like Meta does.\n"
        "Inputs that trigger errors: App ID not digits -> 101; client_secret 'wrong' -> code 1\n"
        "(Threads: flat shape, Instagram: 100); Threads client_secret 'facebook' -> 1349026;\n"
        "token 'expired' -> 190/463, 'revoked' -> 190/467, 'ratelimited' -> 4, 'unavailable' -> 2,\n"
        "a token without the platform's prefix (EAA/TH/IG) -> 190."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any free one)."),
                                        QStringLiteral("N"), QStringLiteral("8765"));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"), QStringLiteral("Delay every answer by N ms."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("Do not log requests to stderr."));
    parser.addOptions({portOption, delayOption, quietOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "longlived-fake-graph: --port takes a number from 0 to 65535\n");
        return 2;
    }
    const int delayMs = parser.value(delayOption).toInt(&ok);
    if (!ok || delayMs < 0) {
        std::fprintf(stderr, "longlived-fake-graph: --delay-ms takes a number of milliseconds\n");
        return 2;
    }
    const bool quiet = parser.isSet(quietOption);

    GraphTestServer server;
    server.setHandler([delayMs, quiet](const Request& request) {
        Response response = route(request);
        if (!quiet) {
            // Only the redacted target: the query carries the secret and the token.
            QUrl url;
            url.setPath(request.path);
            url.setQuery(QString::fromLatin1(request.rawQuery));
            std::fprintf(stderr, "%s %s -> %d\n", request.method.constData(), qPrintable(Redactor::url(url)),
                         response.status);
        }
        return response.delayed(delayMs);
    });
    if (!server.start(static_cast<quint16>(port))) {
        std::fprintf(stderr, "longlived-fake-graph: cannot listen on 127.0.0.1:%u (port in use?)\n", port);
        return 1;
    }
    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
