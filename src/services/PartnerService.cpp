#include "tandem/services/PartnerService.h"
#include "FamilyWriter.h"
#include "tandem/services/Session.h"
#include "tandem/store/OrgKeyRepository.h"
#include "tandem/store/PartnerRepository.h"
#include "tandem/store/Transaction.h"

#include <QFile>

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::PartnerService", text); }
constexpr qint64 kMaxCardBytes = 64 * 1024;
}

Result<sharing::PartnerCard> PartnerService::ownCard() const
{
    auto keys = store::OrgKeyRepository(m_session.database()).load();
    TANDEM_TRY(keys);
    if (!keys.value())
        return makeError(ErrorCode::Internal, tr("This store has no organisation keys yet. Lock and unlock it to create them."));
    sharing::PartnerCard card;
    card.organisationName = m_session.organisation().name;
    card.organisationCode = m_session.organisation().code;
    card.encryptionKey = keys.value()->encryptionPublic();
    card.signingKey = keys.value()->signingPublic();
    return card;
}

Result<sharing::PartnerCard> PartnerService::readCard(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read the partner card %1: %2.").arg(path, file.errorString()));
    if (file.size() > kMaxCardBytes)
        return makeError(ErrorCode::Invalid, tr("%1 is too large to be a partner card.").arg(path));
    return sharing::PartnerCard::fromJson(file.readAll());
}

Result<Partner> PartnerService::add(const sharing::PartnerCard& card, const QString& confirmedFingerprint)
{
    TANDEM_TRY(m_session.require(Permission::ManagePartners));
    const QString fingerprint = card.fingerprint();
    const QString typed = sharing::normaliseFingerprint(confirmedFingerprint);
    if (typed.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Confirm the fingerprint: read it aloud with %1 and type it in.").arg(card.organisationName));
    if (typed != sharing::normaliseFingerprint(fingerprint))
        return makeError(ErrorCode::Invalid,
                         tr("The fingerprint you confirmed does not match this card. Do not add it: check with %1 that you have their "
                            "real card.").arg(card.organisationName));
    auto own = ownCard();
    TANDEM_TRY(own);
    if (card.organisationCode.compare(own.value().organisationCode, Qt::CaseInsensitive) == 0 ||
        card.encryptionKey == own.value().encryptionKey || card.signingKey == own.value().signingKey)
        return makeError(ErrorCode::Invalid, tr("This is your own organisation's card. Add the card of the organisation you share with."));

    Partner partner;
    partner.uuid = FamilyWriter::newUuid();
    partner.name = card.organisationName;
    partner.code = card.organisationCode;
    partner.encryptionKey = card.encryptionKey;
    partner.signingKey = card.signingKey;
    partner.fingerprint = fingerprint;
    partner.addedByName = m_session.user().displayName;

    auto txn = store::Transaction::begin(m_session.database());
    TANDEM_TRY(txn);
    TANDEM_TRY(store::PartnerRepository(m_session.database()).insert(partner, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(m_session.audit(QStringLiteral("partner.add"), QStringLiteral("partner"), {partner.uuid}));
    TANDEM_TRY(txn.value().commit());
    return partner;
}

Result<QList<Partner>> PartnerService::list() const { return store::PartnerRepository(m_session.database()).list(); }

Result<Partner> PartnerService::byCode(const QString& code) const
{
    auto found = store::PartnerRepository(m_session.database()).byCode(code);
    TANDEM_TRY(found);
    if (!found.value())
        return makeError(ErrorCode::NotFound,
                         tr("No partner organisation has the code %1. Add its partner card first (tandem-cli partner add).").arg(code.trimmed()));
    return *found.value();
}

} // namespace tandem
