#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// One Facebook Page the user manages, as listed by /me/accounts. Holds a secret (the Page
/// token): never log it (use Redactor::mask()).
struct Page {
    QString id;
    QString name;
    QString category;
    QStringList tasks;   ///< what the user may do on the Page: "MANAGE", "CREATE_CONTENT", ...
    QString accessToken; ///< the Page token; empty when Meta gave none (missing permission)

    /// One element of /me/accounts' "data" array.
    static Page fromJson(const QJsonObject& json);
};

Q_DECLARE_METATYPE(Page)
