#include "graph/AppSecretProof.h"

#include <QMessageAuthenticationCode>

QString AppSecretProof::compute(const QString& appSecret, const QString& accessToken)
{
    if (appSecret.isEmpty() || accessToken.isEmpty())
        return {};
    const QByteArray mac = QMessageAuthenticationCode::hash(accessToken.toUtf8(), appSecret.toUtf8(),
                                                            QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toHex());
}
