#pragma once

#include "renewal/Delivery.h"

/// Writes the token to a file: "<token>\n" (format "token") or "VAR=<token>\n" ("env:VAR").
///
/// Atomic (a temporary file in the same folder, fsync, rename), so a reader sees the old
/// file or the new one, never a part; mode 0600 whatever the old file's mode was; and never
/// through a symbolic link: when the path itself is one, nothing is written.
class FileDelivery : public Delivery {
    Q_OBJECT
public:
    FileDelivery(const DeliveryTarget& target, const QString& token, QObject* parent = nullptr);

    void start() override;

    /// The file's whole content for \a target's format.
    static QByteArray content(const DeliveryTarget& target, const QString& token);
    /// Replaces \a path atomically with \a content (mode 0600); synchronous.
    static DeliveryResult writeAtomically(const QString& path, const QByteArray& content);

private:
    QString m_token;
};
