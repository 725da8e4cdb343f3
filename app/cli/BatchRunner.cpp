#include "BatchRunner.h"

#include "BatchInputReader.h"
#include "BatchItem.h"
#include "graph/GraphError.h"
#include "graph/InputValidator.h"
#include "JsonOutput.h"
#include "OutputWriter.h"
#include "graph/TokenJob.h"
#include "graph/TokenResult.h"
#include "graph/TokenService.h"

#include <limits>

namespace {
// Failures shown one by one on stderr; the rest are only in the records (a million failing
// lines must not flood a terminal or a log).
constexpr int maxFailuresShown = 10;
} // namespace

BatchRunner::BatchRunner(TokenService* service, BatchInputReader* reader, OutputWriter* output,
                         const Defaults& defaults, const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_reader(reader)
    , m_output(output)
    , m_defaults(defaults)
    , m_settings(settings)
{
    m_settings.concurrency = qBound(1, m_settings.concurrency, 64);
    // Completed lines may wait behind a slow earlier one (a retry after Retry-After); this many
    // may wait before reading pauses. Bounded, so memory stays flat.
    m_reorderCapacity = qMax<qsizetype>(64, qsizetype(m_settings.concurrency) * 16);
    connect(m_reader, &BatchInputReader::readyRead, this, &BatchRunner::process);
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &BatchRunner::showProgress);
}

BatchRunner::~BatchRunner()
{
    for (Slot& s : m_slots)
        cancelSlot(s);
}

void BatchRunner::start()
{
    m_clock.start();
    if (m_settings.progress)
        m_progressTimer.start();
    process();
}

BatchRunner::Slot* BatchRunner::slot(qint64 seq)
{
    if (m_slots.empty())
        return nullptr;
    const qint64 index = seq - m_slots.front().seq;
    if (index < 0 || index >= qint64(m_slots.size()))
        return nullptr;
    return &m_slots[size_t(index)];
}

void BatchRunner::process()
{
    if (m_finished)
        return;
    if (m_processing) {
        m_again = true; // a job ended synchronously inside pump() or cancel(): loop once more
        return;
    }
    m_processing = true;
    do {
        m_again = false;
        drain();
        if (!m_finished)
            pump();
    } while (m_again && !m_finished);
    m_processing = false;
    if (m_finished)
        return;

    if (!m_reader->fatalProblem().isEmpty() && !m_stopping) {
        m_output->error(m_reader->fatalProblem());
        // Unusable from the start (a CSV header without a token column) is a usage error.
        abandon(m_itemsRead == 0 ? 2 : 1);
        return;
    }
    const bool inputDone = m_reader->atEnd() || m_stopping;
    if (inputDone && m_slots.empty())
        finish(m_failed > 0 ? 1 : 0);
}

void BatchRunner::scheduleProcess()
{
    // The next requests start on the next turn of the event loop, not from inside a job's
    // signal: one pass over the window for every answer that arrived in this turn, and no
    // re-entry into the job (or the connection) that is still emitting.
    if (m_processScheduled)
        return;
    m_processScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_processScheduled = false;
            process();
        },
        Qt::QueuedConnection);
}

void BatchRunner::pump()
{
    while (!m_stopping && m_inFlight < m_settings.concurrency && qsizetype(m_slots.size()) < m_reorderCapacity
           && m_windowBytes < maxWindowBytes) {
        std::optional<BatchItem> item = m_reader->next();
        if (!item)
            return; // readyRead() calls process() again when more input arrives
        addItem(std::move(*item));
    }
}

void BatchRunner::addItem(BatchItem&& item)
{
    ++m_itemsRead;
    Slot s;
    s.seq = m_nextSeq++;
    s.line = item.line;
    s.id = JsonOutput::value(item.id);
    m_slots.push_back(std::move(s));
    Slot& added = m_slots.back();

    if (const std::optional<LineProblem> problem = prepare(item, added)) {
        complete(added, false,
                 failureRecord(added, JsonOutput::inputErrorObject(problem->kind, problem->message, problem->remedy)),
                 problem->message);
        return;
    }
    enqueue(added);
}

std::optional<BatchRunner::LineProblem> BatchRunner::prepare(const BatchItem& item, Slot& slot) const
{
    if (slot.id.size() > maxIdBytes) {
        // Echoed in the record, an id of up to a line's length (1 MiB) would wait in the window
        // with it: refused, so the window holds records of a known size.
        slot.id = QByteArrayLiteral("null");
        return LineProblem {QStringLiteral("id_too_long"),
                            tr("Line %1: the \"id\" is longer than %2 bytes.").arg(item.line).arg(maxIdBytes),
                            tr("Use a shorter id, e.g. a row number or a key into your own data.")};
    }
    if (!item.isValid())
        return LineProblem {item.problemKind, item.problem, {}};

    TokenRequest& request = slot.request;
    request.token = InputValidator::clean(item.token);
    const QString tokenProblem = InputValidator::tokenProblem(request.token);
    if (!tokenProblem.isEmpty())
        return LineProblem {QStringLiteral("invalid_input"), tr("Line %1: %2").arg(item.line).arg(tokenProblem), {}};
    if (std::optional<LineProblem> problem = resolvePlatform(item, request))
        return problem;
    slot.hasPlatform = true;

    if (m_settings.refresh) {
        if (!Platforms::supportsRefresh(request.platform)) {
            return LineProblem {QStringLiteral("unsupported_refresh"),
                                tr("Line %1: %2 tokens cannot be refreshed.")
                                    .arg(item.line)
                                    .arg(Platforms::displayName(request.platform)),
                                tr("Exchange a new short-lived token instead.")};
        }
        return std::nullopt;
    }
    return fillCredentials(item, request);
}

std::optional<BatchRunner::LineProblem> BatchRunner::resolvePlatform(const BatchItem& item, TokenRequest& request) const
{
    std::optional<Platform> platform = m_defaults.platform;
    if (!item.platform.isEmpty()) {
        platform = Platforms::fromId(item.platform);
        if (!platform) {
            return LineProblem {QStringLiteral("invalid_input"),
                                tr("Line %1: platform must be facebook, threads or instagram.").arg(item.line),
                                {}};
        }
    }
    if (!platform)
        platform = Platforms::detect(request.token);
    if (!platform) {
        return LineProblem {QStringLiteral("unknown_platform"),
                            tr("Line %1: the platform cannot be told from the token's prefix.").arg(item.line),
                            tr("Add \"platform\" to the line or pass --platform.")};
    }
    request.platform = *platform;
    return std::nullopt;
}

std::optional<BatchRunner::LineProblem> BatchRunner::fillCredentials(const BatchItem& item, TokenRequest& request) const
{
    request.appSecret = item.appSecret.isEmpty() ? m_defaults.appSecret : item.appSecret;
    if (request.appSecret.isEmpty()) {
        return LineProblem {QStringLiteral("missing_app_secret"), tr("Line %1: no App Secret.").arg(item.line),
                            tr("Add \"app_secret\" to the line, or give one for all lines with --app-secret-file or "
                               "LONGLIVED_APP_SECRET.")};
    }
    const QString secretProblem = InputValidator::appSecretProblem(request.appSecret);
    if (!secretProblem.isEmpty())
        return LineProblem {QStringLiteral("invalid_input"), tr("Line %1: %2").arg(item.line).arg(secretProblem), {}};
    if (!Platforms::exchangeNeedsAppId(request.platform))
        return std::nullopt;
    request.appId = item.appId.isEmpty() ? m_defaults.appId : item.appId;
    if (request.appId.isEmpty()) {
        return LineProblem {QStringLiteral("missing_app_id"),
                            tr("Line %1: a Facebook exchange needs the App ID.").arg(item.line),
                            tr("Add \"app_id\" to the line or pass --app-id.")};
    }
    const QString idProblem = InputValidator::appIdProblem(request.appId);
    if (!idProblem.isEmpty())
        return LineProblem {QStringLiteral("invalid_input"), tr("Line %1: %2").arg(item.line).arg(idProblem), {}};
    return std::nullopt;
}

void BatchRunner::enqueue(Slot& slot)
{
    account(slot);
    startAttempt(slot.seq);
}

void BatchRunner::setInFlight(Slot& slot, bool inFlight)
{
    if (slot.inFlight == inFlight)
        return;
    slot.inFlight = inFlight;
    const int delta = inFlight ? 1 : -1;
    m_inFlight += delta;
}

void BatchRunner::startAttempt(qint64 seq)
{
    Slot* s = slot(seq);
    if (!s || s->done || s->canceled)
        return;
    s->retryPending = false;
    ++s->attempts;
    setInFlight(*s, true);
    TokenJob* job = m_settings.refresh ? m_service->refresh(s->request.platform, s->request.token)
                                       : m_service->exchange(s->request);
    s->job = job;
    connect(job, &TokenJob::succeeded, this, [this, seq](const TokenResult& result) { onSucceeded(seq, result); });
    connect(job, &TokenJob::failed, this, [this, seq](const GraphError& error) { onFailed(seq, error); });
}

void BatchRunner::onSucceeded(qint64 seq, const TokenResult& result)
{
    Slot* s = slot(seq);
    if (!s || s->done || s->canceled)
        return;
    JsonOutput json;
    json.add("line", s->line);
    json.addRaw("id", s->id);
    json.add("ok", true);
    json.add("platform", Platforms::id(result.platform));
    json.add("access_token", result.accessToken);
    json.addStringOrNull("token_type", result.tokenType);
    json.addNumberOrNull("expires_in", result.expiresIn);
    json.addTime("expires_at", result.expiresAt);
    json.add("attempts", s->attempts);
    complete(*s, true, json.toJson(), {});
    scheduleProcess();
}

void BatchRunner::onFailed(qint64 seq, const GraphError& error)
{
    Slot* s = slot(seq);
    if (!s || s->done || s->canceled)
        return;
    s->job.clear();
    if (!m_stopping) {
        if (const std::optional<int> delay = m_settings.retry.nextDelayMs(error, s->attempts)) {
            ++m_retries;
            s->retryPending = true;
            QTimer::singleShot(*delay, this, [this, seq] {
                Slot* waiting = slot(seq);
                if (waiting && waiting->retryPending)
                    startAttempt(seq);
            });
            return;
        }
    }
    complete(*s, false, failureRecord(*s, JsonOutput::errorObject(error)),
             tr("Line %1: %2").arg(s->line).arg(error.title()));
    scheduleProcess();
}

QByteArray BatchRunner::failureRecord(const Slot& s, const QByteArray& errorObject) const
{
    JsonOutput json;
    json.add("line", s.line);
    json.addRaw("id", s.id);
    json.add("ok", false);
    if (s.hasPlatform)
        json.add("platform", Platforms::id(s.request.platform));
    else
        json.addNull("platform");
    json.addRaw("error", errorObject);
    json.add("attempts", s.attempts);
    return json.toJson();
}

void BatchRunner::complete(Slot& s, bool ok, QByteArray record, const QString& failureText)
{
    s.done = true;
    s.ok = ok;
    s.record = std::move(record);
    s.failureText = failureText;
    s.retryPending = false;
    s.job.clear();
    // The secrets are no longer needed; do not keep them while the record waits for its turn.
    s.request.appSecret.clear();
    s.request.token.clear();
    account(s);
    setInFlight(s, false);
    if (!ok && !m_settings.continueOnFail)
        stopAfter(s.seq);
    m_again = true;
}

void BatchRunner::account(Slot& s)
{
    // QString holds UTF-16: two bytes a character.
    const qint64 bytes = qint64(sizeof(Slot)) + s.id.size() + s.record.size()
        + 2 * (s.request.token.size() + s.request.appSecret.size() + s.request.appId.size() + s.failureText.size());
    m_windowBytes += bytes - s.bytes;
    s.bytes = bytes;
}

void BatchRunner::popFront()
{
    m_windowBytes -= m_slots.front().bytes;
    m_slots.pop_front();
}

void BatchRunner::clearSlots()
{
    m_slots.clear();
    m_windowBytes = 0;
}

void BatchRunner::stopAfter(qint64 seq)
{
    if (m_stopSeq && *m_stopSeq <= seq)
        return;
    m_stopSeq = seq;
    m_stopping = true; // no more input
    for (Slot& s : m_slots) {
        if (s.seq > seq)
            cancelSlot(s);
    }
}

void BatchRunner::cancelSlot(Slot& s)
{
    if (s.done || s.canceled)
        return;
    s.canceled = true;
    s.retryPending = false;
    setInFlight(s, false);
    if (TokenJob* job = s.job.data()) {
        s.job.clear();
        job->cancel(); // emits failed(Canceled) synchronously; onFailed() ignores canceled slots
    }
}

void BatchRunner::drain()
{
    bool wrote = false;
    while (!m_slots.empty()) {
        Slot& front = m_slots.front();
        if (!front.done)
            break; // canceled lines only ever follow the stop line, where writing ends anyway
        m_output->writeLine(front.record);
        wrote = true;
        if (front.ok) {
            ++m_succeeded;
        } else {
            ++m_failed;
            if (m_failuresShown < maxFailuresShown) {
                clearProgress();
                m_output->error(front.failureText);
            } else if (m_failuresShown == maxFailuresShown) {
                clearProgress();
                m_output->error(tr("More lines failed; see their records."));
            }
            ++m_failuresShown;
        }
        const bool stopHere = m_stopSeq && front.seq == *m_stopSeq;
        popFront();
        if (stopHere) {
            for (Slot& s : m_slots)
                cancelSlot(s);
            clearSlots();
            m_output->flush();
            finish(1);
            return;
        }
    }
    if (wrote && !m_output->flush()) {
        m_output->reportFailure();
        m_stopping = true;
        for (Slot& s : m_slots)
            cancelSlot(s);
        clearSlots();
        finish(1);
    }
}

void BatchRunner::interrupt(int exitCode)
{
    if (m_finished)
        return;
    m_progressTimer.stop();
    clearProgress();
    m_output->error(tr("Interrupted: %n line(s) had their record written; resume after the last record's line.",
                       nullptr, int(qMin<qint64>(m_succeeded + m_failed + countDonePrefix(), std::numeric_limits<int>::max()))));
    abandon(exitCode);
}

qint64 BatchRunner::countDonePrefix() const
{
    qint64 count = 0;
    for (const Slot& s : m_slots) {
        if (!s.done)
            break;
        ++count;
    }
    return count;
}

void BatchRunner::abandon(int exitCode)
{
    m_stopping = true;
    for (Slot& s : m_slots)
        cancelSlot(s);
    // The records complete in order up to the first unfinished line are written; nothing
    // after it, so the output stays a prefix of the input's order.
    while (!m_slots.empty() && m_slots.front().done) {
        m_output->writeLine(m_slots.front().record);
        m_slots.front().ok ? ++m_succeeded : ++m_failed;
        popFront();
    }
    clearSlots();
    m_output->flush();
    finish(exitCode);
}

void BatchRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_progressTimer.stop();
    m_output->flush();
    clearProgress();
    const double seconds = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0.0;
    if (exitCode == 0 || exitCode == 1) {
        m_output->detail(tr("Batch: %1 succeeded, %2 failed, %3 retried, in %4 s.")
                             .arg(m_succeeded)
                             .arg(m_failed)
                             .arg(m_retries)
                             .arg(seconds, 0, 'f', 1));
    }
    emit finished(exitCode);
}

void BatchRunner::showProgress()
{
    const double seconds = qMax<qint64>(1, m_clock.elapsed()) / 1000.0;
    QString text = tr("%1 done, %2 failed, %3/s")
                       .arg(m_succeeded + m_failed)
                       .arg(m_failed)
                       .arg(qRound((m_succeeded + m_failed) / seconds));
    if (m_reader->totalBytes() > 0) {
        text += QStringLiteral(" (%1%)").arg(
            qMin<qint64>(100, m_reader->bytesConsumed() * 100 / m_reader->totalBytes()));
    }
    m_output->progress(text);
    m_progressShown = true;
}

void BatchRunner::clearProgress()
{
    if (!m_progressShown)
        return;
    m_output->clearProgress();
    m_progressShown = false;
}
