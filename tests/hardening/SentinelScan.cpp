#include "SentinelScan.h"

#include <QDirIterator>
#include <QFile>
#include <QUrl>

namespace SentinelScan {

QList<QByteArray> formsOf(const QString& secret)
{
    const QByteArray plain = secret.toUtf8();
    const QByteArray percent = QUrl::toPercentEncoding(secret);
    QByteArray form = percent;
    form.replace("%20", "+");
    QByteArray json = plain;
    json.replace("/", "\\/");
    QList<QByteArray> candidates{plain, percent, percent.toLower(), form, json};
    // The middle: whatever a partial mask would leave visible (Redactor keeps at most a token's first 4).
    if (plain.size() >= 16)
        candidates << plain.mid(4, plain.size() - 7);
    QList<QByteArray> forms;
    for (const QByteArray& candidate : std::as_const(candidates)) {
        if (!forms.contains(candidate))
            forms << candidate;
    }
    return forms;
}

QString findIn(const QByteArray& haystack, const QStringList& secrets)
{
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        const QList<QByteArray> forms = formsOf(secrets.at(i));
        for (const QByteArray& form : forms) {
            const qsizetype at = haystack.indexOf(form);
            if (at < 0)
                continue;
            const QByteArray context = haystack.mid(qMax<qsizetype>(0, at - 60), form.size() + 120);
            return QStringLiteral("form '%1' of secret #%2 at offset %3: %4")
                .arg(QString::fromUtf8(form))
                .arg(i)
                .arg(at)
                .arg(QString::fromUtf8(context));
        }
    }
    return {};
}

QStringList scanDirectory(const QString& directory, const QStringList& secrets)
{
    QStringList hits;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString hit = findIn(file.read(64 * 1024 * 1024), secrets);
        if (!hit.isEmpty())
            hits << path + QStringLiteral(": ") + hit;
    }
    return hits;
}

int fileCount(const QString& directory)
{
    int count = 0;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace SentinelScan
