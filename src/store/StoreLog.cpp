#include "tandem/store/StoreLog.h"

Q_LOGGING_CATEGORY(lcStore, "tandem.store")
Q_LOGGING_CATEGORY(lcAudit, "tandem.audit")
