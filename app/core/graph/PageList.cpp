#include "graph/PageList.h"

QStringList PageList::warnings() const
{
    QStringList list;
    if (hasShortLivedWarning()) {
        list << tr("The user token is short-lived, so these Page tokens are short-lived too. Exchange it for a "
                   "long-lived token first, then list the Pages again to get Page tokens that do not expire.");
    }
    if (truncated)
        list << tr("Only the first %n Page(s) are listed; Meta announced more.", nullptr, int(pages.size()));
    return list;
}
