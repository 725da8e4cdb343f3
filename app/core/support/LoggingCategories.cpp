#include "support/LoggingCategories.h"

Q_LOGGING_CATEGORY(lcNetwork, "longlived.network", QtWarningMsg)
Q_LOGGING_CATEGORY(lcService, "longlived.service", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVault, "longlived.vault", QtWarningMsg)
