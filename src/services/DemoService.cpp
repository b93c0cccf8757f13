#include "tandem/services/DemoService.h"
#include "FamilyWriter.h"
#include "tandem/services/DemoFamilyGenerator.h"
#include "tandem/services/DemoHealthVisiting.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/StoreService.h"
#include "tandem/services/UserService.h"
#include "tandem/store/Transaction.h"

#include <QFile>

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::DemoService", text); }
constexpr int kMaxDemoFamilies = 200000;

Result<DemoStoreSummary> populate(const DemoStoreRequest& r, const SecureBuffer& passphrase, const Clock& clock)
{
    UnlockRequest unlock;
    unlock.path = r.path;
    unlock.username = QString::fromLatin1(DemoService::users().first().username);
    unlock.failureDelay = std::chrono::milliseconds(0);
    unlock.newSlotKdf = r.kdf;
    auto session = StoreService::unlock(unlock, passphrase, clock);
    TANDEM_TRY(session);
    Session& s = *session.value();

    UserService userService(s);
    QString healthVisitorUuid;
    for (const DemoUser& u : DemoService::users().mid(1)) {
        auto added = userService.addUser({QString::fromLatin1(u.username), QString::fromUtf8(u.displayName),
                                          roleFromToken(QString::fromLatin1(u.roleToken)).value()},
                                         passphrase);
        TANDEM_TRY(added);
        if (added.value().role == Role::HealthVisitor)
            healthVisitorUuid = added.value().uuid;
    }

    DemoFamilyGenerator generator(r.seed, s.today());
    FamilyWriter writer(s);
    FamilyService service(s);
    auto txn = store::Transaction::begin(s.database());
    TANDEM_TRY(txn);
    const int target = r.children > 0 ? r.children : r.families;
    int families = 0;
    int children = 0;
    while ((r.children > 0 ? children : families) < target) {
        Family family = generator.next(healthVisitorUuid);
        const int days = generator.daysAtAddress();
        TANDEM_TRY(writer.insertFamily(family, s.today().addDays(-days)));
        if (auto moved = generator.move())
            TANDEM_TRY(service.changeAddress(family.uuid, *moved, s.today().addDays(-days / 3)));
        if (auto other = generator.extraInvolvement(s.today()))
            TANDEM_TRY(service.addInvolvement(family.uuid, *other));
        ++families;
        children += static_cast<int>(family.children.size());
        const int done = r.children > 0 ? children : families;
        if (r.progress && (families % 500 == 0 || done >= target))
            r.progress(std::min(done, target), target);
    }
    TANDEM_TRY(txn.value().commit());

    // Visits are a health visitor's to record, so the caseload is written in their name.
    unlock.username = QString::fromLatin1(DemoService::users().at(1).username);
    auto hv = StoreService::unlock(unlock, passphrase, clock);
    TANDEM_TRY(hv);
    TANDEM_TRY(DemoHealthVisiting::addCaseload(*hv.value(), r.caseloadFamilies, r.seed));
    return DemoStoreSummary{families, children};
}

} // namespace

QList<DemoUser> DemoService::users()
{
    return {
        {"admin", "Morgan Ellery", "administrator"},
        {"hv", "Amara Nwosu-Lane", "health-visitor"},
        {"cc", "Dylan Prothero", "childrens-centre"},
        {"lead", "Rosa Kettleby", "team-lead"},
    };
}

Result<DemoStoreSummary> DemoService::createDemoStore(const DemoStoreRequest& r, const SecureBuffer& passphrase, const Clock& clock)
{
    if (r.families < 0 || r.families > kMaxDemoFamilies)
        return makeError(ErrorCode::Invalid, tr("A demo store can hold between 0 and %1 families.").arg(kMaxDemoFamilies));
    if (r.caseloadFamilies < 0 || r.caseloadFamilies > kMaxDemoFamilies)
        return makeError(ErrorCode::Invalid, tr("A demo caseload can hold between 0 and %1 families.").arg(kMaxDemoFamilies));
    if (r.children < 0 || r.children > kMaxDemoFamilies)
        return makeError(ErrorCode::Invalid, tr("A demo store can hold between 0 and %1 children.").arg(kMaxDemoFamilies));
    CreateStoreRequest create;
    create.path = r.path;
    create.organisationName = QStringLiteral("Northgate Health Visiting Team");
    create.organisationCode = QStringLiteral("RX1-HV01");
    create.adminUsername = QString::fromLatin1(users().first().username);
    create.adminDisplayName = QString::fromUtf8(users().first().displayName);
    create.kdf = r.kdf;
    TANDEM_TRY(StoreService::create(create, passphrase, clock));

    auto filled = populate(r, passphrase, clock);
    if (!filled.ok())
        StoreService::discardNewStore(r.path); // all or nothing: a half-filled demo helps nobody
    return filled;
}

} // namespace tandem
