#pragma once

#include <QLoggingCategory>

// One category per module. Every line they carry goes through Redactor first.
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
Q_DECLARE_LOGGING_CATEGORY(lcService)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
