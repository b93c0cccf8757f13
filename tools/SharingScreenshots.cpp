// The Sharing pictures for docs/user-guide.md: Northgate's health visitors (the demo store) and
// Brook Lane Children's Centre (a store of its own) exchange cards; the health visitors record
// consent for some families and one safeguarding share, export a bundle, and the centre, which
// already knew one of the children at an older address, previews it, imports it and resolves the
// conflicts. Everything goes through the services; the data is synthetic.
#include "SharingScreenshots.h"

#include "AddPartnerDialog.h"
#include "ConflictsDialog.h"
#include "ExportBundleWizard.h"
#include "ImportBundleDialog.h"
#include "MainWindow.h"

#include "tandem/services/BundleExportService.h"
#include "tandem/services/BundleImportService.h"
#include "tandem/services/CaseloadService.h"
#include "tandem/services/ConsentService.h"
#include "tandem/services/DemoService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/PartnerService.h"
#include "tandem/services/StoreService.h"
#include "tandem/services/UserService.h"
#include "tandem/sharing/OrgKeys.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace tandem {

namespace {

const QString kCentre = QStringLiteral("CC-BL01");
const QString kWestfield = QStringLiteral("WF-FH02");

bool save(QWidget* w, const QString& folder, const char* name)
{
    w->show();
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(QString::fromLatin1(name));
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

bool failed(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return false;
}

// Runs the event loop until the signal, as a person would wait for the dialog.
template <typename Object, typename Signal>
void waitFor(Object* object, Signal signal)
{
    QEventLoop loop;
    QObject::connect(object, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
}

std::unique_ptr<Session> signIn(const QString& path, const char* username, const SecureBuffer& secret, const Clock& clock)
{
    UnlockRequest request{path, QString::fromLatin1(username), std::chrono::milliseconds(0), store::KdfParams::testing()};
    auto session = StoreService::unlock(request, secret, clock);
    if (!session.ok()) {
        failed(session.message());
        return nullptr;
    }
    return std::move(session).value();
}

// The demo families with a born child with an NHS number and an adult with parental responsibility.
QList<FamilyRecord> consentableFamilies(Session& hv)
{
    QList<FamilyRecord> out;
    auto caseload = CaseloadService(hv).caseload();
    if (!caseload.ok())
        return out;
    for (const CaseloadEntry& e : caseload.value().entries) {
        auto record = FamilyRecordService(hv).record(e.familyUuid);
        if (!record.ok())
            continue;
        const Family& f = record.value().family;
        bool born = !f.children.isEmpty();
        for (const Child& c : f.children)
            born = born && c.dateOfBirth && !c.nhsNumber.isEmpty();
        bool responsible = false;
        for (const Person& p : f.adults)
            responsible = responsible || p.parentalResponsibility;
        if (born && responsible)
            out << record.value();
    }
    return out;
}

QString responsibleAdult(const Family& f)
{
    for (const Person& p : f.adults)
        if (p.parentalResponsibility)
            return p.uuid;
    return {};
}

std::optional<Consent> consent(Session& hv, const Family& f, const QStringList& partners, const QList<ShareCategory>& categories,
                               const QDate& givenOn, const QDate& reviewOn, const char* purpose, const char* method = "written")
{
    Consent c;
    c.familyUuid = f.uuid;
    c.givenByPersonUuid = responsibleAdult(f);
    c.partnerCodes = partners;
    c.categories = categories;
    c.purpose = QString::fromUtf8(purpose);
    c.method = QString::fromLatin1(method);
    c.givenOn = givenOn;
    c.reviewOn = reviewOn;
    auto recorded = ConsentService(hv).record(c);
    if (!recorded.ok()) {
        failed(recorded.message());
        return std::nullopt;
    }
    return recorded.value();
}

bool addPartner(Session& admin, const sharing::PartnerCard& card)
{
    auto added = PartnerService(admin).add(card, card.fingerprint());
    return added.ok() || failed(added.message());
}

} // namespace

bool shootSharing(const QString& out, const QString& folder, ManualClock& clock, const SecureBuffer& secret)
{
    const QDateTime before = clock.nowUtc();
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(10, 10), Qt::UTC));

    // Northgate's health visitors: the demo store.
    DemoStoreRequest demo;
    demo.path = QDir(folder).filePath(QStringLiteral("sharing-hv.tandem"));
    demo.families = 60;
    demo.caseloadFamilies = 30;
    demo.kdf = store::KdfParams::testing();
    if (auto made = DemoService::createDemoStore(demo, secret, clock); !made.ok())
        return failed(made.message());
    // Brook Lane Children's Centre: its own store, organisation and people.
    CreateStoreRequest create;
    create.path = QDir(folder).filePath(QStringLiteral("sharing-centre.tandem"));
    create.organisationName = QStringLiteral("Brook Lane Children's Centre");
    create.organisationCode = kCentre;
    create.adminUsername = QStringLiteral("admin");
    create.adminDisplayName = QStringLiteral("Gwen Tallis");
    create.kdf = store::KdfParams::testing();
    if (auto made = StoreService::create(create, secret, clock); !made.ok())
        return failed(made.message());

    auto hvAdmin = signIn(demo.path, "admin", secret, clock);
    auto hv = signIn(demo.path, "hv", secret, clock);
    auto centreAdmin = signIn(create.path, "admin", secret, clock);
    if (!hvAdmin || !hv || !centreAdmin)
        return false;
    auto sian = UserService(*centreAdmin).addUser({QStringLiteral("sian"), QStringLiteral("Siân Okafor"), Role::ChildrensCentrePractitioner}, secret);
    if (!sian.ok())
        return failed(sian.message());
    auto centre = signIn(create.path, "sian", secret, clock);
    auto lead = signIn(demo.path, "lead", secret, clock);
    if (!centre || !lead)
        return false;

    auto hvCard = PartnerService(*hv).ownCard();
    auto centreCard = PartnerService(*centre).ownCard();
    if (!hvCard.ok() || !centreCard.ok())
        return failed(hvCard.message() + centreCard.message());
    bool ok = true;

    // The centre's administrator adds Northgate's card, typing the fingerprint read out on the phone.
    {
        const QString path = QDir(folder).filePath(QStringLiteral("RX1-HV01-partner-card.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(hvCard.value().toJson()) < 0)
            return failed(QStringLiteral("cannot write the card"));
        file.close();
        gui::AddPartnerDialog dialog(*centreAdmin);
        dialog.show();
        QApplication::processEvents();
        if (!dialog.loadCard(path))
            return failed(QStringLiteral("cannot read the card"));
        dialog.findChild<QLineEdit*>(QStringLiteral("typedFingerprintEdit"))->setText(hvCard.value().fingerprint());
        ok &= save(&dialog, out, "sharing-add-partner.png");
    }
    sharing::PartnerCard westfield;
    westfield.organisationName = QStringLiteral("Westfield Family Hub");
    westfield.organisationCode = kWestfield;
    auto westfieldKeys = sharing::OrgKeys::generate();
    if (!westfieldKeys.ok())
        return failed(westfieldKeys.message());
    westfield.encryptionKey = westfieldKeys.value().encryptionPublic();
    westfield.signingKey = westfieldKeys.value().signingPublic();
    if (!addPartner(*centreAdmin, hvCard.value()) || !addPartner(*hvAdmin, centreCard.value()) || !addPartner(*hvAdmin, westfield))
        return false;

    // Consent for some of Amara's families; one expired, one withdrawn, one for Westfield only.
    const QList<FamilyRecord> families = consentableFamilies(*hv);
    if (families.size() < 8)
        return failed(QStringLiteral("the demo store has too few families for the sharing pictures"));
    const QDate today = hv->today();
    using C = ShareCategory;
    const char* stayAndPlay = "Joined-up support at Brook Lane stay-and-play and the family support team";
    const bool recorded =
        consent(*hv, families.at(0).family, {kCentre}, ShareCategories::all(), today.addDays(-21), today.addMonths(12), stayAndPlay) &&
        consent(*hv, families.at(1).family, {kCentre}, {C::Identity, C::Birth, C::HealthVisitingContacts}, today.addDays(-12),
                today.addMonths(12), stayAndPlay, "verbal") &&
        consent(*hv, families.at(2).family, {kCentre}, {C::Identity, C::Assessments, C::EyfsCheck}, today.addDays(-40),
                today.addMonths(6), "Speech and language group at the centre: share the development reviews") &&
        consent(*hv, families.at(3).family, {kCentre, kWestfield}, {C::Identity, C::SupportPlan}, today.addDays(-8),
                today.addMonths(12), "Family support plan shared with the centre and the family hub") &&
        consent(*hv, families.at(6).family, {kWestfield}, {C::Identity, C::HealthVisitingContacts}, today.addDays(-30),
                today.addMonths(12), "Parenting course at the family hub");
    if (!recorded)
        return false;
    clock.set(QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));
    const bool expired = consent(*hv, families.at(4).family, {kCentre}, {C::Identity, C::HealthVisitingContacts}, QDate(2026, 3, 2),
                                 QDate(2026, 9, 30), stayAndPlay).has_value();
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(10, 10), Qt::UTC));
    auto toWithdraw = consent(*hv, families.at(5).family, {kCentre}, {C::Identity}, today.addDays(-40), today.addMonths(12), stayAndPlay);
    if (!expired || !toWithdraw)
        return false;
    if (auto w = ConsentService(*hv).withdraw(toWithdraw->uuid, today.addDays(-3),
                                              QStringLiteral("The family have moved out of the area and asked us to stop sharing."));
        !w.ok())
        return failed(w.message());
    // A safeguarding share, authorised by the team lead: no consent, a child at risk of harm.
    auto leadUser = lead->user();
    SafeguardingDecision decision;
    decision.familyUuid = families.at(7).family.uuid;
    decision.childUuid = families.at(7).family.children.first().uuid;
    decision.partnerCode = kCentre;
    decision.categories = {C::Identity, C::HealthVisitingContacts};
    decision.reason = QStringLiteral("Concerns about neglect discussed at the strategy meeting on 20 November; the centre's family "
                                     "support worker joins the home visits and needs the address and the recent contacts.");
    decision.decidedOn = today.addDays(-1);
    decision.shareUntil = today.addDays(45);
    decision.authoriserUserUuid = leadUser.uuid;
    if (auto d = ConsentService(*hv).recordSafeguarding(decision); !d.ok())
        return failed(d.message());

    // The centre already knew the second family, at the address they had before they moved.
    {
        Family known = families.at(1).family;
        known.uuid.clear();
        known.keyWorkerUuid.clear();
        known.meta = {};
        known.address.line1 = QStringLiteral("41 Tannery Yard");
        known.address.postcode = QStringLiteral("NG7 3TY");
        for (Person& p : known.adults) {
            p.uuid.clear();
            p.meta = {};
        }
        for (Child& c : known.children) {
            c.uuid.clear();
            c.familyUuid.clear();
            c.meta = {};
        }
        known.relationships.clear();
        if (auto r = FamilyService(*centre).registerFamily(known, WriteOptions{true}); !r.ok())
            return failed(r.message());
    }

    // The export wizard's preview, as Amara sees it before saving the bundle.
    {
        gui::ExportBundleWizard wizard(*hv);
        wizard.resize(940, 600);
        wizard.show();
        wizard.selectPartner(kCentre);
        QMetaObject::invokeMethod(wizard.findChild<QPushButton*>(QStringLiteral("nextButton")), "click");
        waitFor(&wizard, &gui::ExportBundleWizard::previewReady);
        if (!wizard.preview())
            return failed(QStringLiteral("no export preview"));
        ok &= save(&wizard, out, "sharing-export-preview.png");
    }
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(10, 25), Qt::UTC));
    const QString bundle = QDir(folder).filePath(QStringLiteral("RX1-HV01-to-CC-BL01-20261123-1025.tandembundle"));
    if (auto sent = BundleExportService(*hv).exportTo(kCentre, bundle); !sent.ok())
        return failed(sent.message());

    // The partners list, after the export.
    {
        gui::MainWindow main(*hv);
        main.setIdleLockMinutes(5);
        main.resize(1180, 720);
        main.showArea(QStringLiteral("sharingPage"));
        ok &= save(&main, out, "sharing-partners.png");
    }

    // At the centre: the import preview, then the import and the conflicts it left.
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(14, 5), Qt::UTC));
    {
        gui::ImportBundleDialog dialog(*centre);
        dialog.resize(1100, 720);
        dialog.show();
        QApplication::processEvents();
        dialog.loadFile(bundle);
        waitFor(&dialog, &gui::ImportBundleDialog::previewReady);
        if (!dialog.preview())
            return failed(dialog.refusal());
        ok &= save(&dialog, out, "sharing-import-preview.png");
    }
    if (auto imported = BundleImportService(*centre).import(bundle); !imported.ok())
        return failed(imported.message());
    {
        gui::ConflictsDialog dialog(*centre);
        dialog.resize(1040, 300);
        ok &= save(&dialog, out, "sharing-conflicts.png");
    }
    clock.set(before);
    return ok;
}

} // namespace tandem
