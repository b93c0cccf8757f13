#include "tandem/store/AtomicFile.h"

#include <QSaveFile>

namespace tandem::store {

Result<void> writeFileAtomically(const QString& path, const QByteArray& contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("tandem::store::AtomicFile",
                                                                     "Cannot write %1: %2. Nothing was changed.")
                                            .arg(path, file.errorString()));
    if (file.write(contents) != contents.size() || !file.commit())
        return makeError(ErrorCode::Io, QCoreApplication::translate("tandem::store::AtomicFile",
                                                                     "Cannot finish writing %1: %2. Nothing was changed.")
                                            .arg(path, file.errorString()));
    return {};
}

} // namespace tandem::store
