#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/SecureBuffer.h"

#include <QString>

namespace tandem::cli {

// Where a passphrase comes from, in order: a file named on the command line, an environment
// variable (for scripts and tests; removed from the environment once read), or a no-echo
// prompt on the terminal. Never from argv.
struct PassphraseSource {
    QString filePath;   // --passphrase-file / --new-passphrase-file
    QByteArray envName; // TANDEM_PASSPHRASE / TANDEM_NEW_PASSPHRASE
    QString prompt;     // shown on the terminal
    bool confirm = false; // ask twice when prompting (new passphrases)

    Result<SecureBuffer> read() const;
};

} // namespace tandem::cli
