#pragma once

#include "CliOutput.h"
#include "PassphraseSource.h"

#include "tandem/services/Session.h"
#include "tandem/store/Kdf.h"

#include <QCommandLineParser>

#include <memory>

namespace tandem::cli {

// What every command needs: parsed options, output, passphrases and a way to unlock.
class CliContext {
public:
    CliContext(QCommandLineParser& parser, CliOutput& out) : parser(parser), out(out) {}

    QString storePath() const;             // --store, else TANDEM_STORE, else the per-user default
    Result<QString> actorUsername() const; // --user, else TANDEM_USER
    PassphraseSource actorPassphrase() const;
    PassphraseSource newPassphrase(const QString& prompt) const;
    // Production cost, unless TANDEM_TEST_KDF=1 asks for the test-only cost (with a warning).
    store::KdfParams kdf() const;
    Result<std::unique_ptr<Session>> unlock() const;
    const Clock& clock() const { return SystemClock::instance(); }

    QCommandLineParser& parser;
    CliOutput& out;
    QStringList arguments; // positional arguments after the command's words
};

} // namespace tandem::cli
