#include "UiResources.h"

#include <QtGlobal>

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initLongLivedResources()
{
    Q_INIT_RESOURCE(longlived);
}

namespace UiResources {

void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, initLongLivedResources);
}

} // namespace UiResources
