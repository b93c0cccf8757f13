// The consent and sharing pictures for docs/user-guide.md: the Okafors' consents to share with two
// children's centres (one in force, one about to lapse, one withdrawn), a safeguarding share and a
// decision not to share, what Brook Lane Children's Centre sent back in a bundle, the forms, and
// the caseload's flag for the consent about to lapse. Synthetic data only.
#include "ConsentScreenshots.h"

#include "CaseloadModel.h"
#include "CaseloadPage.h"
#include "ConsentDialog.h"
#include "FamilyRecordPage.h"
#include "SafeguardingDialog.h"
#include "SharingPanel.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/services/BundleExportService.h"
#include "tandem/services/BundleImportService.h"
#include "tandem/services/CareTeamService.h"
#include "tandem/services/ConsentService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/PartnerService.h"
#include "tandem/services/StoreService.h"
#include "tandem/services/UserService.h"
#include "tandem/services/VisitService.h"
#include "tandem/sharing/OrgKeys.h"
#include "tandem/store/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableView>

#include <cstdio>

namespace tandem {

namespace {

const QString kHvCode = QStringLiteral("RX1-HV01"); // the demo store's organisation
const QString kBrookLane = QStringLiteral("RX1-CC01");
const QString kRiverside = QStringLiteral("RX1-CC02");

bool save(QWidget* w, const QString& folder, const char* name)
{
    w->show();
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(QString::fromLatin1(name));
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

bool failed(const QString& what, const Error& e)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(e.message));
    return false;
}

QString nhs(int k)
{
    for (;; ++k) {
        const QString nine = QStringLiteral("999%1").arg(k % 1000000, 6, 10, QLatin1Char('0'));
        if (auto check = domain::NhsNumber::checkDigit(nine))
            return nine + QChar(u'0' + *check);
    }
}

// Grace Okafor with Ada (2 in March) and Kai (15 months); the same household in both stores.
Family okafors()
{
    Family f;
    f.address = {QStringLiteral("31 Weaver's Row"), {}, QStringLiteral("Northgate"), QStringLiteral("NG7 5RW")};
    f.mainLanguage = QStringLiteral("English");
    Person grace;
    grace.givenName = QStringLiteral("Grace");
    grace.familyName = QStringLiteral("Okafor");
    grace.phone = QStringLiteral("07700 900472");
    grace.relationship = QStringLiteral("mother");
    grace.parentalResponsibility = true;
    f.adults << grace;
    Child ada;
    ada.givenName = QStringLiteral("Ada");
    ada.familyName = QStringLiteral("Okafor");
    ada.dateOfBirth = QDate(2024, 3, 12);
    ada.sex = QStringLiteral("female");
    ada.nhsNumber = nhs(731400);
    ada.gestationWeeks = 39;
    Child kai = ada;
    kai.givenName = QStringLiteral("Kai");
    kai.dateOfBirth = QDate(2025, 8, 20);
    kai.sex = QStringLiteral("male");
    kai.nhsNumber = nhs(731500);
    f.children << ada << kai;
    return f;
}

Consent consent(const Family& f, const QString& child, const QString& partner, const QList<ShareCategory>& categories,
                const QString& method, const QDate& given, const QDate& review, const QString& purpose)
{
    Consent c;
    c.familyUuid = f.uuid;
    c.childUuid = child;
    c.givenByPersonUuid = f.adults.first().uuid;
    c.partnerCodes = {partner};
    c.categories = categories;
    c.method = method;
    c.givenOn = given;
    c.reviewOn = review;
    c.purpose = purpose;
    return c;
}

std::unique_ptr<Session> unlockAs(const QString& path, const QString& user, const SecureBuffer& secret, const Clock& clock)
{
    UnlockRequest request{path, user, std::chrono::milliseconds(0)};
    request.newSlotKdf = store::KdfParams::testing();
    auto s = StoreService::unlock(request, secret, clock);
    if (!s.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(s.message()));
        return nullptr;
    }
    return std::move(s).value();
}

// Brook Lane Children's Centre's own store, partnered with the demo store, which sends back what the
// family agreed it may share: its stay-and-play sessions with Ada, and (under its own safeguarding
// decision) a session with Kai. Returns the bundle's path, or empty.
QString centreBundle(Session& hvLead, ManualClock& clock, const SecureBuffer& secret, const QString& folder)
{
    CreateStoreRequest create;
    create.path = QDir(folder).filePath(QStringLiteral("brook-lane.tandem"));
    create.organisationName = QStringLiteral("Brook Lane Children's Centre");
    create.organisationCode = kBrookLane;
    create.adminUsername = QStringLiteral("admin");
    create.adminDisplayName = QStringLiteral("Lowri Pritchard");
    create.kdf = store::KdfParams::testing();
    if (auto made = StoreService::create(create, secret, clock); !made.ok())
        return failed(QStringLiteral("partner store"), made.error()), QString();
    auto admin = unlockAs(create.path, QStringLiteral("admin"), secret, clock);
    if (!admin)
        return {};
    for (const NewUser& u : {NewUser{QStringLiteral("lead"), QStringLiteral("Hannah Iqbal"), Role::TeamLead},
                             NewUser{QStringLiteral("worker"), QStringLiteral("Dylan Prothero"), Role::ChildrensCentrePractitioner}})
        if (auto added = UserService(*admin).addUser(u, secret); !added.ok())
            return failed(QStringLiteral("partner user"), added.error()), QString();
    auto lead = unlockAs(create.path, QStringLiteral("lead"), secret, clock);
    auto worker = unlockAs(create.path, QStringLiteral("worker"), secret, clock);
    if (!lead || !worker)
        return {};

    // The two teams exchange cards and read the fingerprints to each other.
    auto centreCard = PartnerService(*lead).ownCard();
    auto hvCard = PartnerService(hvLead).ownCard();
    if (!centreCard.ok() || !hvCard.ok())
        return {};
    if (auto a = PartnerService(hvLead).add(centreCard.value(), centreCard.value().fingerprint()); !a.ok())
        return failed(QStringLiteral("partner card"), a.error()), QString();
    if (auto b = PartnerService(*lead).add(hvCard.value(), hvCard.value().fingerprint()); !b.ok())
        return failed(QStringLiteral("partner card"), b.error()), QString();

    auto family = FamilyService(*worker).registerFamily(okafors());
    if (!family.ok())
        return failed(QStringLiteral("partner family"), family.error()), QString();
    const Family& f = family.value();
    const QString ada = f.children.at(0).uuid;
    const QString kai = f.children.at(1).uuid;
    if (auto c = ConsentService(*worker).record(consent(f, ada, kHvCode, {ShareCategory::Identity, ShareCategory::HealthVisitingContacts},
                                                        QStringLiteral("written"), QDate(2026, 9, 8), QDate(2027, 9, 8),
                                                        QStringLiteral("So Ada's health visitor knows how she is getting on at stay and play")));
        !c.ok())
        return failed(QStringLiteral("partner consent"), c.error()), QString();
    const struct { QString child; QDate on; const char* outcome; } sessions[] = {
        {ada, QDate(2026, 11, 10), "Joined in with the songs; using two-word phrases with the staff"},
        {ada, QDate(2026, 11, 17), "Played alongside others for the whole session; Grace asked about toilet training"},
        {kai, QDate(2026, 11, 17), "Kai was unsettled and had a bruise on his cheek; Grace said he fell at home"},
    };
    for (const auto& s : sessions) {
        Contact c;
        c.familyUuid = f.uuid;
        c.childUuids = {s.child};
        c.occurredAt = QDateTime(s.on, QTime(10, 0));
        c.type = QStringLiteral("additional");
        c.place = QStringLiteral("childrens-centre");
        c.durationMinutes = 90;
        c.peoplePresent = QStringLiteral("Grace (mother)");
        c.outcome = QString::fromUtf8(s.outcome);
        if (auto logged = VisitService(*worker).logContact(c); !logged.ok())
            return failed(QStringLiteral("partner contact"), logged.error()), QString();
    }
    SafeguardingDecision share;
    share.childUuid = kai;
    share.share = true;
    share.partnerCode = kHvCode;
    share.categories = {ShareCategory::HealthVisitingContacts}; // Grace's details already travel with Ada's consent
    share.reason = QStringLiteral("Unexplained bruise seen at stay and play; the health visitor needs to know before the next visit.");
    share.decidedOn = QDate(2026, 11, 18);
    share.shareUntil = QDate(2026, 12, 16);
    share.authoriserUserUuid = lead->user().uuid;
    if (auto d = ConsentService(*worker).recordSafeguarding(share); !d.ok())
        return failed(QStringLiteral("partner safeguarding"), d.error()), QString();

    const QString path = QDir(folder).filePath(QStringLiteral("brook-lane-to-northgate.tandem-bundle"));
    if (auto sent = BundleExportService(*worker).exportTo(kHvCode, path); !sent.ok())
        return failed(QStringLiteral("partner export"), sent.error()), QString();
    return path;
}

} // namespace

bool shootConsent(Session& hv, ManualClock& clock, const SecureBuffer& secret, const QString& folder, const QString& out)
{
    auto lead = unlockAs(hv.database().path(), QStringLiteral("lead"), secret, clock);
    if (!lead)
        return false;
    auto family = FamilyService(hv).registerFamily(okafors());
    if (!family.ok())
        return failed(QStringLiteral("family"), family.error());
    const Family f = family.value();
    const QString ada = f.children.at(0).uuid;
    const QString kai = f.children.at(1).uuid;
    if (auto named = CareTeamService(hv).setNamedHealthVisitor(f.uuid, hv.user().uuid); !named.ok())
        return failed(QStringLiteral("named health visitor"), named.error());

    // Brook Lane has a store of its own and sends a bundle; Riverside only a card so far.
    const QString bundle = centreBundle(*lead, clock, secret, folder);
    auto riversideKeys = sharing::OrgKeys::generate();
    if (!riversideKeys.ok())
        return false;
    sharing::PartnerCard riverside{QStringLiteral("Riverside Family Hub"), kRiverside, riversideKeys.value().encryptionPublic(),
                                   riversideKeys.value().signingPublic()};
    if (auto added = PartnerService(*lead).add(riverside, riverside.fingerprint()); !added.ok())
        return failed(QStringLiteral("partner"), added.error());

    ConsentService consents(hv);
    const QList<ShareCategory> hvCategories{ShareCategory::Identity, ShareCategory::Birth, ShareCategory::HealthVisitingContacts,
                                            ShareCategory::Assessments};
    const Consent drafts[] = {
        consent(f, {}, kBrookLane, hvCategories, QStringLiteral("written"), QDate(2026, 5, 12), QDate(2027, 5, 12),
                QStringLiteral("Joined-up support from the Brook Lane stay-and-play team")),
        consent(f, ada, kRiverside, {ShareCategory::Identity, ShareCategory::EyfsCheck}, QStringLiteral("verbal"), QDate(2025, 12, 15),
                QDate(2026, 12, 14), QStringLiteral("Ada's funded nursery place at the Riverside hub")),
        consent(f, kai, kRiverside, {ShareCategory::Identity}, QStringLiteral("written"), QDate(2026, 2, 1), QDate(2027, 2, 1),
                QStringLiteral("Baby massage at the Riverside hub")),
    };
    QStringList recorded;
    for (const Consent& d : drafts) {
        auto r = consents.record(d);
        if (!r.ok())
            return failed(QStringLiteral("consent"), r.error());
        recorded << r.value().uuid;
    }
    if (auto w = consents.withdraw(recorded.at(2), QDate(2026, 10, 3), QStringLiteral("Grace now takes Kai to Brook Lane instead"));
        !w.ok())
        return failed(QStringLiteral("withdrawal"), w.error());
    SafeguardingDecision share;
    share.childUuid = kai;
    share.share = true;
    share.partnerCode = kBrookLane;
    share.categories = {ShareCategory::Identity, ShareCategory::HealthVisitingContacts};
    share.reason = QStringLiteral("Bruise reported by Brook Lane; their family worker needs our visit history to plan with us.");
    share.decidedOn = QDate(2026, 11, 20);
    share.shareUntil = QDate(2026, 12, 18);
    share.authoriserUserUuid = lead->user().uuid;
    SafeguardingDecision noShare;
    noShare.childUuid = ada;
    noShare.share = false;
    noShare.partnerCode = kRiverside;
    noShare.reason = QStringLiteral("Asked about Ada's development notes; no risk of harm, so the family's choice stands.");
    noShare.decidedOn = QDate(2026, 11, 21);
    noShare.authoriserUserUuid = lead->user().uuid;
    for (const SafeguardingDecision& d : {share, noShare})
        if (auto r = consents.recordSafeguarding(d); !r.ok())
            return failed(QStringLiteral("safeguarding decision"), r.error());
    if (!bundle.isEmpty()) {
        if (auto imported = BundleImportService(hv).import(bundle); !imported.ok())
            failed(QStringLiteral("import (the panel is shown without partner items)"), imported.error());
    }

    auto record = FamilyRecordService(hv).record(f.uuid);
    if (!record.ok())
        return failed(QStringLiteral("record"), record.error());
    bool ok = true;
    {
        gui::ConsentDialog dialog(hv, record.value(), kai);
        dialog.resize(680, 0);
        dialog.findChild<QCheckBox*>(QStringLiteral("partnerCheck_") + kBrookLane)->setChecked(true);
        for (const char* token : {"identity", "birth", "hv-contacts"})
            dialog.findChild<QCheckBox*>(QStringLiteral("categoryCheck_") + QString::fromLatin1(token))->setChecked(true);
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("purposeEdit"))
            ->setPlainText(QStringLiteral("So Brook Lane's family worker can plan Kai's sessions with us"));
        dialog.findChild<QRadioButton*>(QStringLiteral("writtenRadio"))->setChecked(true);
        ok &= save(&dialog, out, "consent-dialog.png");
    }
    {
        gui::FamilyRecordPage page(hv);
        page.resize(1200, 1000);
        page.showFamily(f.uuid, ada);
        page.show();
        QApplication::processEvents();
        if (auto* panel = page.findChild<gui::SharingPanel*>()) {
            if (auto* scroll = page.findChild<QScrollArea*>())
                scroll->ensureWidgetVisible(panel, 0, 0);
            QApplication::processEvents();
            ok &= save(panel, out, "family-sharing-panel.png");
        } else {
            ok = false;
        }
    }
    {
        gui::SafeguardingDialog dialog(hv, record.value(), kai);
        dialog.resize(700, 0);
        dialog.findChild<QRadioButton*>(QStringLiteral("shareRadio"))->setChecked(true);
        auto* partner = dialog.findChild<QComboBox*>(QStringLiteral("partnerCombo"));
        partner->setCurrentIndex(partner->findData(kBrookLane));
        for (const char* token : {"identity", "hv-contacts"})
            dialog.findChild<QCheckBox*>(QStringLiteral("categoryCheck_") + QString::fromLatin1(token))->setChecked(true);
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("Bruise reported by Brook Lane; their family worker needs our visit history to plan with us."));
        dialog.findChild<QLineEdit*>(QStringLiteral("shareUntilInput"))->setText(QStringLiteral("18/12/2026"));
        auto* authoriser = dialog.findChild<QComboBox*>(QStringLiteral("authoriserCombo"));
        authoriser->setCurrentIndex(authoriser->findData(lead->user().uuid));
        ok &= save(&dialog, out, "safeguarding-dialog.png");
    }
    {
        gui::CaseloadPage caseload(hv);
        caseload.resize(1300, 560);
        caseload.findChild<QCheckBox*>(QStringLiteral("flaggedFilter"))->setChecked(true);
        caseload.show();
        QApplication::processEvents();
        if (auto* view = caseload.findChild<QTableView*>(QStringLiteral("caseloadView")); view && caseload.model()) {
            const int row = caseload.model()->rowOf(f.uuid);
            if (row >= 0) {
                view->setFocus();
                view->selectRow(row);
                view->scrollTo(caseload.model()->index(row, 0));
            }
        }
        ok &= save(&caseload, out, "caseload-consent-flag.png");
    }
    return ok;
}

} // namespace tandem
