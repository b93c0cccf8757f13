#include "tandem/store/StoreLog.h"

Q_LOGGING_CATEGORY(lcStore, "tandem.store")
