#pragma once

#include "TestStore.h"

#include "tandem/core/Sharing.h"
#include "tandem/sharing/BundleFile.h"
#include "tandem/sharing/PartnerCard.h"
#include "tandem/sharing/SharedRecord.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace tandem::test {

// A store of one organisation, made at the test-only KDF cost, with a health visitor ("hv"), a
// children's centre practitioner ("cc") and a team lead ("lead"), all with kSecondPassphrase, and
// the organisation's key pairs. The clock starts at 15 Jan 2026 09:00 UTC.
class OrgStore {
public:
    OrgStore(const QString& name, const QString& code);

    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString name() const { return m_name; }
    QString code() const { return m_code; }
    ManualClock& clock() { return m_clock; }

    std::unique_ptr<Session> as(const char* username); // REQUIREs success
    std::unique_ptr<Session> admin();
    // Read once when made: unlocking writes an audit entry, so these never touch the store again.
    const sharing::PartnerCard& card() const { return m_card; } // this organisation's public card
    const sharing::OrgKeys& keys() const { return *m_keys; }    // its key pairs, for writing bundles as it
    Partner partner(const QString& code); // a partner as this store knows it; REQUIREs it

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_name;
    QString m_code;
    ManualClock m_clock;
    sharing::PartnerCard m_card;
    std::optional<sharing::OrgKeys> m_keys;
};

// Adds `other` as a partner of `store` (as its team lead, confirming the card's fingerprint).
Partner addPartner(OrgStore& store, OrgStore& other);

// Northgate Health Visiting (HV01) and Riverside Children's Centre (CC01), each the other's partner.
class SharingPair {
public:
    SharingPair();
    OrgStore& hv() { return m_hv; }
    OrgStore& cc() { return m_cc; }

private:
    OrgStore m_hv{QStringLiteral("Northgate Health Visiting"), QStringLiteral("HV01")};
    OrgStore m_cc{QStringLiteral("Riverside Children's Centre"), QStringLiteral("CC01")};
};

// A signed bundle from `from`, encrypted to `to`, carrying the children (FhirWriter + BundleWriter).
// An empty bundleUuid makes a fresh one; an invalid createdAt takes from's clock (whole seconds).
QByteArray buildBundle(OrgStore& from, OrgStore& to, const QList<sharing::SharedChild>& children, const QString& bundleUuid = {},
                       const QDateTime& createdAt = {});
// Writes bytes to dir/name and returns the path.
QString writeBundleFile(const QString& dir, const QString& name, const QByteArray& bytes);

// A synthetic child with every category: identity (address, a mother with parental
// responsibility), birth, a contact, an ASQ-3 with a review, an EYFS check, a support plan and
// the consent that covers them. Ids are fresh uuids; keep the value to send the same child again.
sharing::SharedChild sharedChild(const QString& given, const QString& familyName, const QDate& dob, const QString& nhs);
// Only the minimum (id, NHS number, names, date of birth) and the categories, nothing else.
sharing::SharedChild minimalChild(const sharing::SharedChild& child, const QList<ShareCategory>& categories);
// The notice a partner sends when consent to share the child was withdrawn.
sharing::SharedChild withdrawalNotice(const sharing::SharedChild& child);

// Every row of every table (the audit chain, the search index, everything), sorted: two equal
// dumps mean the store's content did not change.
QStringList dumpStore(store::Database& db);

} // namespace tandem::test
