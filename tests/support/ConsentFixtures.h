#pragma once

// Partners and consents for the tests of consent and sharing: a partner organisation with fresh
// keys (added by a team lead), and consent drafts given by the household's first adult.

#include "tandem/core/Family.h"
#include "tandem/core/Sharing.h"
#include "tandem/services/ConsentService.h"
#include "tandem/services/PartnerService.h"
#include "tandem/sharing/OrgKeys.h"
#include "tandem/sharing/PartnerCard.h"

#include <catch2/catch.hpp>

namespace tandem::test {

// Adds a partner with newly generated keys; lead must hold Permission::ManagePartners.
inline Partner addTestPartner(Session& lead, const QString& name, const QString& code)
{
    auto keys = sharing::OrgKeys::generate();
    REQUIRE(keys.ok());
    sharing::PartnerCard card;
    card.organisationName = name;
    card.organisationCode = code;
    card.encryptionKey = keys.value().encryptionPublic();
    card.signingKey = keys.value().signingPublic();
    auto added = PartnerService(lead).add(card, card.fingerprint());
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    return added.value();
}

// A written consent from the family's first adult (who holds parental responsibility) for every
// category; childUuid empty for a family consent.
inline Consent testConsentDraft(const Family& family, const QStringList& partnerCodes, const QDate& givenOn, const QDate& reviewOn,
                            const QString& childUuid = {})
{
    Consent c;
    c.familyUuid = family.uuid;
    c.childUuid = childUuid;
    c.givenByPersonUuid = family.adults.first().uuid;
    c.partnerCodes = partnerCodes;
    c.categories = ShareCategories::all();
    c.purpose = QStringLiteral("So the children's centre can offer groups without asking the family again");
    c.method = QStringLiteral("written");
    c.givenOn = givenOn;
    c.reviewOn = reviewOn;
    return c;
}

inline Consent recordTestConsent(Session& session, const Consent& draft)
{
    auto recorded = ConsentService(session).record(draft);
    INFO(recorded.message().toStdString());
    REQUIRE(recorded.ok());
    return recorded.value();
}

} // namespace tandem::test
