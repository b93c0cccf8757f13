#include "tandem/core/AccountRules.h"

#include <QRegularExpression>

namespace tandem::AccountRules {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::AccountRules", text); }
}

Result<QString> username(const QString& input)
{
    const QString name = input.trimmed().toLower();
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter a user name."));
    if (!re.match(name).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("User name \"%1\" is not allowed: use 2 to 32 letters, digits, dots, hyphens or underscores, starting with a letter.")
                             .arg(name.left(40)));
    return name;
}

Result<QString> displayName(const QString& input)
{
    const QString name = input.simplified();
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the person's full name."));
    if (name.size() > 100)
        return makeError(ErrorCode::Invalid, tr("The full name is longer than 100 characters."));
    return name;
}

Result<void> passphrase(const SecureBuffer& utf8)
{
    // Count code points in place, so the passphrase is never copied out of secure memory.
    qsizetype length = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((utf8.data()[i] & 0xC0) != 0x80)
            ++length;
    }
    if (length < kMinPassphraseLength)
        return makeError(ErrorCode::Invalid,
                         tr("The passphrase is too short: use at least %1 characters. Three unrelated words work well.").arg(kMinPassphraseLength));
    if (utf8.size() > 1024)
        return makeError(ErrorCode::Invalid, tr("The passphrase is longer than 1024 bytes."));
    return {};
}

Result<QString> organisationName(const QString& input)
{
    const QString name = input.simplified();
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the organisation's name, for example \"Northgate Health Visiting Team\"."));
    if (name.size() > 120)
        return makeError(ErrorCode::Invalid, tr("The organisation's name is longer than 120 characters."));
    return name;
}

Result<QString> organisationCode(const QString& input)
{
    const QString code = input.trimmed().toUpper();
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9][A-Z0-9-]{1,19}$"));
    if (!re.match(code).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("Organisation code \"%1\" is not allowed: use 2 to 20 letters, digits or hyphens, for example \"RX1-HV01\".")
                             .arg(input.trimmed().left(40)));
    return code;
}

} // namespace tandem::AccountRules
