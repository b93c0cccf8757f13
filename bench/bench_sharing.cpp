// Sharing bundles at scale (issue 6: a bundle of 10,000 families exported in under 5 s and
// imported in under 5 s, median). A health visiting store of 10,000 synthetic families, each
// with a family consent to share every category with a children's centre, exports to that
// centre; the bundle is then imported into a fresh copy of the centre's store each round (so
// every round creates the 10,000 families, the slow case). Stores are made on the first run
// and reused. Usage: tandem-bench-sharing [WORK_DIR] [ROUNDS]

#include "BenchSupport.h"

#include "tandem/core/Process.h"
#include "tandem/services/BundleExportService.h"
#include "tandem/services/BundleImportService.h"
#include "tandem/services/ConsentService.h"
#include "tandem/services/DemoService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/PartnerService.h"
#include "tandem/services/SearchService.h"
#include "tandem/services/StoreService.h"
#include "tandem/services/UserService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>

#include <cstdio>

using namespace tandem;

namespace {

constexpr int kFamilies = 10000;
const char* kPassphrase = "tandem-demo-2026";

SecureBuffer passphrase()
{
    QString text = QString::fromLatin1(kPassphrase);
    return SecureBuffer::fromPassphrase(text);
}

Result<std::unique_ptr<Session>> unlock(const QString& path, const QString& user)
{
    UnlockRequest r;
    r.path = path;
    r.username = user;
    r.failureDelay = std::chrono::milliseconds(0);
    r.newSlotKdf = store::KdfParams::testing();
    return StoreService::unlock(r, passphrase(), SystemClock::instance());
}

Result<void> makeCentre(const QString& path)
{
    CreateStoreRequest r;
    r.path = path;
    r.organisationName = QStringLiteral("Riverside Children's Centre");
    r.organisationCode = QStringLiteral("CC01");
    r.adminUsername = QStringLiteral("admin");
    r.adminDisplayName = QStringLiteral("Centre Administrator");
    r.kdf = store::KdfParams::testing();
    TANDEM_TRY(StoreService::create(r, passphrase(), SystemClock::instance()));
    auto admin = unlock(path, QStringLiteral("admin"));
    TANDEM_TRY(admin);
    const QList<NewUser> users = {{QStringLiteral("cc"), QStringLiteral("Priya Centre Worker"), Role::ChildrensCentrePractitioner},
                                  {QStringLiteral("lead"), QStringLiteral("Dana Centre Lead"), Role::TeamLead}};
    for (const NewUser& user : users)
        TANDEM_TRY(UserService(*admin.value()).addUser(user, passphrase()));
    return {};
}

Result<void> exchangeCards(Session& hvLead, Session& ccLead)
{
    auto hvCard = PartnerService(hvLead).ownCard();
    TANDEM_TRY(hvCard);
    auto ccCard = PartnerService(ccLead).ownCard();
    TANDEM_TRY(ccCard);
    TANDEM_TRY(PartnerService(hvLead).add(ccCard.value(), ccCard.value().fingerprint()));
    TANDEM_TRY(PartnerService(ccLead).add(hvCard.value(), hvCard.value().fingerprint()));
    return {};
}

// A family consent to share everything with CC01, given by an adult with parental responsibility.
Result<int> consentEveryFamily(Session& hv)
{
    QStringList families;
    QSet<QString> seen;
    SearchService search(hv);
    auto page = search.search(QString(), 0, 1000);
    for (;;) {
        TANDEM_TRY(page);
        for (const ChildSummary& c : page.value().rows)
            if (!seen.contains(c.familyUuid)) {
                seen.insert(c.familyUuid);
                families << c.familyUuid;
            }
        if (!page.value().hasMore)
            break;
        page = search.next(QString(), page.value().nextCursor, 1000);
    }
    int done = 0;
    ConsentService consents(hv);
    FamilyRecordService records(hv);
    for (const QString& family : families) {
        auto record = records.record(family);
        TANDEM_TRY(record);
        for (const Relationship& r : record.value().family.relationships) {
            if (!r.parentalResponsibility)
                continue;
            Consent c;
            c.familyUuid = family;
            c.givenByPersonUuid = r.personUuid;
            c.partnerCodes = {QStringLiteral("CC01")};
            c.categories = ShareCategories::all();
            c.purpose = QStringLiteral("Joined-up support from the children's centre");
            c.method = QStringLiteral("written");
            c.givenOn = hv.today().addDays(-30);
            c.reviewOn = hv.today().addYears(1);
            if (consents.record(c).ok()) {
                ++done;
                break;
            }
        }
        if (done % 1000 == 0)
            std::fprintf(stderr, "consents: %d\n", done);
    }
    return done;
}

bool copyStore(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral(".keys")}) {
        QFile::remove(to + suffix);
        if (!QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

int fail(const Error& e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    initialiseProcess();
    const QStringList args = app.arguments();
    const QDir dir(args.size() > 1 ? args.at(1) : QDir::temp().filePath(QStringLiteral("tandem-bench-sharing")));
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 5;
    QDir().mkpath(dir.path());
    const QString hvPath = dir.filePath(QStringLiteral("hv.tandem"));
    const QString ccPath = dir.filePath(QStringLiteral("cc.tandem"));
    const QString ccRound = dir.filePath(QStringLiteral("cc-round.tandem"));
    const QString bundlePath = dir.filePath(QStringLiteral("hv-to-cc.tandem-bundle"));

    if (!QFile::exists(hvPath)) {
        DemoStoreRequest r;
        r.path = hvPath;
        r.families = kFamilies;
        r.kdf = store::KdfParams::testing();
        if (auto made = DemoService::createDemoStore(r, passphrase(), SystemClock::instance()); !made.ok())
            return fail(made.error());
        if (auto made = makeCentre(ccPath); !made.ok())
            return fail(made.error());
        auto hvLead = unlock(hvPath, QStringLiteral("lead"));
        auto ccLead = unlock(ccPath, QStringLiteral("lead"));
        if (!hvLead.ok() || !ccLead.ok())
            return fail(hvLead.ok() ? ccLead.error() : hvLead.error());
        if (auto ok = exchangeCards(*hvLead.value(), *ccLead.value()); !ok.ok())
            return fail(ok.error());
        auto hv = unlock(hvPath, QStringLiteral("hv"));
        if (!hv.ok())
            return fail(hv.error());
        auto n = consentEveryFamily(*hv.value());
        if (!n.ok())
            return fail(n.error());
        std::fprintf(stderr, "%d family consents recorded\n", n.value());
    }

    auto hv = unlock(hvPath, QStringLiteral("hv"));
    if (!hv.ok())
        return fail(hv.error());
    QList<double> exportMs;
    QList<double> importMs;
    ExportResult last;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto sent = BundleExportService(*hv.value()).exportTo(QStringLiteral("CC01"), bundlePath);
        if (!sent.ok())
            return fail(sent.error());
        exportMs << timer.nsecsElapsed() / 1e6;
        last = sent.value();

        if (!copyStore(ccPath, ccRound)) {
            std::fprintf(stderr, "cannot copy the centre's store\n");
            return 1;
        }
        auto cc = unlock(ccRound, QStringLiteral("cc"));
        if (!cc.ok())
            return fail(cc.error());
        timer.restart();
        auto received = BundleImportService(*cc.value()).import(bundlePath);
        if (!received.ok())
            return fail(received.error());
        importMs << timer.nsecsElapsed() / 1e6;
        std::fprintf(stderr, "round %d: export %.0f ms, import %.0f ms (%lld new children)\n", round + 1, exportMs.last(), importMs.last(),
                     static_cast<long long>(received.value().applied.newChildren.size()));
    }
    std::printf("Machine: %s\n", qPrintable(bench::machineDescription()));
    std::printf("Bundle: %d children, %d contacts, %d assessments, %d reviews, %lld bytes\n\n", last.sent.children, last.sent.contacts,
                last.sent.assessments, last.sent.reviews, static_cast<long long>(last.bytes));
    std::printf("| Operation | median ms | p90 ms | max ms | n | note |\n|---|---|---|---|---|---|\n");
    std::printf("%s\n", qPrintable(bench::tableRow(QStringLiteral("Export 10,000 families"), bench::summarise(exportMs),
                                                   QStringLiteral("gather, FHIR, sign, encrypt, log"))));
    std::printf("%s\n", qPrintable(bench::tableRow(QStringLiteral("Import 10,000 families"), bench::summarise(importMs),
                                                   QStringLiteral("decrypt, verify, validate, create records"))));
    return 0;
}
