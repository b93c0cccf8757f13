#include "SharingFixtures.h"

#include "tandem/services/PartnerService.h"
#include "tandem/services/UserService.h"
#include "tandem/sharing/FhirWriter.h"
#include "tandem/store/Database.h"
#include "tandem/store/OrgKeyRepository.h"
#include "tandem/store/PartnerRepository.h"
#include "tandem/store/Statement.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QUuid>

namespace tandem::test {

namespace {
QString freshUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
}

OrgStore::OrgStore(const QString& name, const QString& code) : m_name(name), m_code(code)
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("org.tandem"));
    CreateStoreRequest request = standardRequest(m_path);
    request.organisationName = name;
    request.organisationCode = code;
    auto created = StoreService::create(request, secret(kAdminPassphrase), m_clock);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    auto administrator = admin();
    UserService users(*administrator);
    const struct { const char* name; const char* display; Role role; } people[] = {
        {"hv", "Amara Nwosu-Lane", Role::HealthVisitor},
        {"cc", "Jo Pemberton-Hale", Role::ChildrensCentrePractitioner},
        {"lead", "Priya Castellan", Role::TeamLead},
    };
    for (const auto& p : people)
        addTestUser(*administrator, QString::fromLatin1(p.name), QString::fromLatin1(p.display), p.role);
    auto keys = store::OrgKeyRepository(administrator->database()).load();
    REQUIRE(keys.ok());
    REQUIRE(keys.value().has_value());
    m_keys.emplace(std::move(*keys.value()));
    auto card = PartnerService(*administrator).ownCard();
    INFO(card.message().toStdString());
    REQUIRE(card.ok());
    m_card = card.value();
}

std::unique_ptr<Session> OrgStore::as(const char* username)
{
    UnlockRequest r;
    r.path = m_path;
    r.username = QString::fromLatin1(username);
    r.failureDelay = std::chrono::milliseconds(0);
    r.newSlotKdf = store::KdfParams::testing();
    const bool administrator = r.username == QLatin1String("admin");
    auto s = StoreService::unlock(r, secret(administrator ? kAdminPassphrase : kSecondPassphrase), m_clock);
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
    return std::move(s).value();
}

std::unique_ptr<Session> OrgStore::admin() { return as("admin"); }

Partner OrgStore::partner(const QString& code)
{
    auto session = as("lead");
    auto found = store::PartnerRepository(session->database()).byCode(code);
    REQUIRE(found.ok());
    REQUIRE(found.value().has_value());
    return *found.value();
}

Partner addPartner(OrgStore& store, OrgStore& other)
{
    const sharing::PartnerCard card = other.card();
    auto session = store.as("lead");
    auto added = PartnerService(*session).add(card, card.fingerprint());
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    return added.value();
}

SharingPair::SharingPair()
{
    addPartner(m_hv, m_cc);
    addPartner(m_cc, m_hv);
}

QByteArray buildBundle(OrgStore& from, OrgStore& to, const QList<sharing::SharedChild>& children, const QString& bundleUuid,
                       const QDateTime& createdAt)
{
    QDateTime created = createdAt.isValid() ? createdAt : from.clock().nowUtc();
    created = QDateTime::fromSecsSinceEpoch(created.toSecsSinceEpoch(), Qt::UTC);
    sharing::SharedBundleInfo info;
    info.bundleUuid = bundleUuid.isEmpty() ? freshUuid() : bundleUuid;
    info.senderCode = from.code();
    info.senderName = from.name();
    info.recipientCode = to.code();
    info.createdAt = created;
    sharing::BundleHeader header;
    header.format = sharing::BundleWriter::kFormat;
    header.senderCode = from.code();
    header.recipientCode = to.code();
    header.bundleUuid = info.bundleUuid;
    header.createdAt = created;

    const sharing::OrgKeys& senderKeys = from.keys();
    const QByteArray recipientKey = to.card().encryptionKey;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    auto writer = sharing::BundleWriter::start(buffer, header, senderKeys, recipientKey);
    INFO(writer.message().toStdString());
    REQUIRE(writer.ok());
    sharing::FhirWriter fhir(info);
    REQUIRE(writer.value()->write(fhir.begin()).ok());
    for (const sharing::SharedChild& child : children)
        REQUIRE(writer.value()->write(fhir.entries(child)).ok());
    REQUIRE(writer.value()->write(fhir.end()).ok());
    REQUIRE(writer.value()->finish().ok());
    return bytes;
}

QString writeBundleFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(name);
    writeFile(path, bytes);
    return path;
}

sharing::SharedChild sharedChild(const QString& given, const QString& familyName, const QDate& dob, const QString& nhs)
{
    sharing::SharedChild c;
    c.id = freshUuid();
    c.nhsNumber = nhs;
    c.givenName = given;
    c.familyName = familyName;
    c.dateOfBirth = dob;
    c.lastUpdated = QDateTime(QDate(2026, 1, 10), QTime(14, 30), Qt::UTC);
    c.categories = ShareCategories::all();

    sharing::SharedIdentity id;
    id.preferredName = given.left(3);
    id.sex = QStringLiteral("female");
    id.gpPractice = QStringLiteral("Foundry Lane Surgery");
    id.address = Address{QStringLiteral("12 Foundry Close"), QStringLiteral("Flat 2"), QStringLiteral("Northgate"),
                         QStringLiteral("NG7 2QP")};
    id.mainLanguage = QStringLiteral("English");
    sharing::SharedAdult mum;
    mum.id = freshUuid();
    mum.givenName = QStringLiteral("Bethan");
    mum.familyName = familyName;
    mum.relationship = QStringLiteral("mother");
    mum.parentalResponsibility = true;
    mum.phone = QStringLiteral("07700 900123");
    mum.email = QStringLiteral("bethan@example.org");
    id.adults << mum;
    c.identity = id;

    sharing::SharedBirth birth;
    birth.gestationWeeks = 39;
    c.birth = birth;

    sharing::SharedContact contact;
    contact.id = freshUuid();
    contact.occurredAt = QDateTime(dob.addDays(12), QTime(10, 15));
    contact.type = QStringLiteral("new-birth");
    contact.place = QStringLiteral("home");
    contact.durationMinutes = 50;
    contact.practitionerName = QStringLiteral("Amara Nwosu-Lane");
    contact.outcome = QStringLiteral("Feeding well; weight on the 50th centile.");
    c.contacts << contact;

    sharing::SharedAssessment asq;
    asq.id = freshUuid();
    asq.kind = QStringLiteral("asq3");
    asq.assessedOn = dob.addMonths(24);
    asq.practitionerName = QStringLiteral("Amara Nwosu-Lane");
    asq.intervalMonths = 24;
    asq.outcome = QStringLiteral("All areas on schedule");
    asq.definitionVersion = QStringLiteral("asq3-2024.1");
    sharing::SharedResultPart part;
    part.part = QStringLiteral("communication");
    part.score = 50;
    part.zone = QStringLiteral("on-schedule");
    part.cutoff = 25.17;
    part.monitoring = 36.94;
    asq.parts << part;
    c.assessments << asq;

    sharing::SharedReview review;
    review.id = freshUuid();
    review.reviewedOn = dob.addMonths(24).addDays(3);
    review.practitionerName = QStringLiteral("Amara Nwosu-Lane");
    review.summary = QStringLiteral("Developing well; parents confident.");
    review.parentViews = QStringLiteral("Happy with progress.");
    review.assessmentIds << asq.id;
    c.reviews << review;

    sharing::SharedAssessment eyfs;
    eyfs.id = freshUuid();
    eyfs.kind = QStringLiteral("eyfs");
    eyfs.assessedOn = dob.addMonths(25);
    eyfs.practitionerName = QStringLiteral("Jo Pemberton-Hale");
    eyfs.setting = QStringLiteral("Brook Lane Nursery");
    eyfs.completedByName = QStringLiteral("Sam Okafor");
    eyfs.outcome = QStringLiteral("Meeting expected levels");
    c.eyfsChecks << eyfs;

    sharing::SharedPlan plan;
    plan.serviceLevel = QStringLiteral("universal-plus");
    plan.serviceLevelReason = QStringLiteral("Extra support with sleep routines.");
    plan.serviceLevelFrom = QDate(2025, 11, 3);
    sharing::SharedAction action;
    action.id = freshUuid();
    action.description = QStringLiteral("Sleep workshop at the children's centre");
    action.dueOn = QDate(2026, 2, 2);
    action.ownerName = QStringLiteral("Jo Pemberton-Hale");
    plan.actions << action;
    c.plan = plan;

    sharing::SharedConsent consent;
    consent.id = freshUuid();
    consent.categories = ShareCategories::all();
    consent.purpose = QStringLiteral("Joined-up support from the children's centre");
    consent.method = QStringLiteral("written");
    consent.givenByName = QStringLiteral("Bethan ") + familyName;
    consent.givenOn = QDate(2026, 1, 5);
    consent.reviewOn = QDate(2027, 1, 5);
    c.consents << consent;
    return c;
}

sharing::SharedChild minimalChild(const sharing::SharedChild& child, const QList<ShareCategory>& categories)
{
    sharing::SharedChild c;
    c.id = child.id;
    c.nhsNumber = child.nhsNumber;
    c.givenName = child.givenName;
    c.familyName = child.familyName;
    c.dateOfBirth = child.dateOfBirth;
    c.lastUpdated = child.lastUpdated;
    c.categories = categories;
    return c;
}

sharing::SharedChild withdrawalNotice(const sharing::SharedChild& child)
{
    sharing::SharedChild c = minimalChild(child, {});
    c.withdrawalNotice = true;
    return c;
}

namespace {
// Every row of a query's first column; an empty optional when the query fails.
std::optional<QStringList> column(store::Database& db, const QString& sql, int index = 0)
{
    auto st = db.query(sql);
    if (!st.ok())
        return std::nullopt;
    QStringList out;
    for (;;) {
        auto more = st.value().next();
        if (!more.ok())
            return std::nullopt;
        if (!more.value())
            return out;
        out << st.value().text(index);
    }
}
} // namespace

QStringList dumpStore(store::Database& db)
{
    const auto tables = column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                                  "ORDER BY name"));
    REQUIRE(tables.has_value());
    QStringList rows;
    bool readAll = true;
    for (const QString& table : *tables) {
        const auto names = column(db, QStringLiteral("PRAGMA table_info(\"%1\")").arg(table), 1);
        readAll = readAll && names && !names->isEmpty();
        if (!names || names->isEmpty())
            continue;
        QStringList quoted;
        for (const QString& n : *names)
            quoted << QStringLiteral("quote(\"%1\")").arg(n);
        const auto all = column(db, QStringLiteral("SELECT '%1|' || %2 FROM \"%1\"").arg(table, quoted.join(QStringLiteral(" || '|' || "))));
        readAll = readAll && all.has_value();
        if (all)
            rows += *all;
    }
    REQUIRE(readAll);
    rows.sort();
    return rows;
}

} // namespace tandem::test
