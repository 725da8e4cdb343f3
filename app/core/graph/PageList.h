#pragma once

#include "graph/Page.h"
#include "graph/TokenLifetime.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>

/// Every Page /me/accounts listed, across all the pages of paging.next that were followed.
struct PageList {
    Q_DECLARE_TR_FUNCTIONS(PageList)

public:
    QList<Page> pages;
    /// More results were announced (paging.next) than LongLived follows (PagesJob::maxRequests).
    bool truncated = false;
    /// What the caller knew about the user token the Pages were listed with.
    TokenLifetime userTokenLifetime = TokenLifetime::Unknown;

    /// Page tokens from a short-lived user token are short-lived too.
    bool hasShortLivedWarning() const { return userTokenLifetime == TokenLifetime::ShortLived; }
    /// The warnings to show with the list (short-lived user token, truncated list); empty
    /// when there is nothing to warn about. Translated.
    QStringList warnings() const;
};

Q_DECLARE_METATYPE(PageList)
