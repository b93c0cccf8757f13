#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/Sharing.h"
#include "tandem/sharing/PartnerCard.h"

namespace tandem {

class Session;

// Partner organisations and this store's own card. Adding a partner is trusting its keys, so the
// caller must have confirmed the fingerprint with the other organisation (Permission::ManagePartners).
class PartnerService {
public:
    explicit PartnerService(Session& session) : m_session(session) {}

    // This organisation's public card (any signed-in user).
    Result<sharing::PartnerCard> ownCard() const;

    // Reads a card file (Invalid error when it is not a valid card).
    static Result<sharing::PartnerCard> readCard(const QString& path);

    // Adds the partner. confirmedFingerprint must equal the card's fingerprint (digits compared,
    // spaces ignored): Invalid error otherwise. Refuses this store's own card, a code already used
    // by another partner (Conflict), or the same keys under another code. Audited.
    Result<Partner> add(const sharing::PartnerCard& card, const QString& confirmedFingerprint);

    // Sorted by name.
    Result<QList<Partner>> list() const;
    Result<Partner> byCode(const QString& code) const; // NotFound names the code

private:
    Session& m_session;
};

} // namespace tandem
