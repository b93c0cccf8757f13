#include "CliContext.h"

#include "tandem/services/StoreService.h"

namespace tandem::cli {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::CliContext", text); }
}

QString CliContext::storePath() const
{
    if (parser.isSet(QStringLiteral("store")))
        return parser.value(QStringLiteral("store"));
    const QString fromEnv = qEnvironmentVariable("TANDEM_STORE");
    return fromEnv.isEmpty() ? StoreService::defaultStorePath() : fromEnv;
}

Result<QString> CliContext::actorUsername() const
{
    QString name = parser.value(QStringLiteral("user"));
    if (name.isEmpty())
        name = qEnvironmentVariable("TANDEM_USER");
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say who you are with --user NAME (or set TANDEM_USER)."));
    return name.trimmed();
}

PassphraseSource CliContext::actorPassphrase() const
{
    return {parser.value(QStringLiteral("passphrase-file")), QByteArrayLiteral("TANDEM_PASSPHRASE"), tr("Passphrase: "), false};
}

PassphraseSource CliContext::newPassphrase(const QString& prompt) const
{
    return {parser.value(QStringLiteral("new-passphrase-file")), QByteArrayLiteral("TANDEM_NEW_PASSPHRASE"), prompt, true};
}

store::KdfParams CliContext::kdf() const
{
    if (qEnvironmentVariable("TANDEM_TEST_KDF") == QLatin1String("1")) {
        out.warn(tr("TANDEM_TEST_KDF=1: new passphrases use the test-only key-derivation cost. Never use this for real data."));
        return store::KdfParams::testing();
    }
    return store::KdfParams::production();
}

Result<std::unique_ptr<Session>> CliContext::unlock() const
{
    auto user = actorUsername();
    TANDEM_TRY(user);
    auto passphrase = actorPassphrase().read();
    TANDEM_TRY(passphrase);
    UnlockRequest request;
    request.path = storePath();
    request.username = user.value();
    request.newSlotKdf = kdf();
    return StoreService::unlock(request, passphrase.value(), clock());
}

} // namespace tandem::cli
