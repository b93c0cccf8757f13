#pragma once

#include <QLoggingCategory>

// Never log personal data or secrets through these.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
