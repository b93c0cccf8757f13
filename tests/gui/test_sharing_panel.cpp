#include "ConsentTestData.h"

#include "ConsentListView.h"
#include "FamilyRecordPage.h"
#include "SafeguardingListView.h"
#include "SharedItemsView.h"
#include "SharingPanel.h"
#include "WithdrawConsentDialog.h"
#include "WrappingItemDelegate.h"

#include "tandem/core/Clock.h"
#include "tandem/store/ShareConflictRepository.h"
#include "tandem/store/SharedItemRepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

void showPanel(SharingPanel& panel, ConsentStore& s, Session& session)
{
    panel.resize(1200, 900);
    panel.setRecord(s.record(session));
    panel.show();
}

// The first row whose cell starts with text, or null.
QTreeWidgetItem* rowFor(QTreeWidget* tree, int column, const QString& text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(column).startsWith(text))
            return tree->topLevelItem(i);
    return nullptr;
}

// Four consents: Isla's with Brook Lane (active), the family's with Riverside (review in 20 days),
// an old one that expired, and Rowan's, withdrawn today.
void addConsents(ConsentStore& s)
{
    const QDate today = s.hs.today();
    const QString isla = s.child(QStringLiteral("Isla")).uuid;
    const QString rowan = s.child(QStringLiteral("Rowan")).uuid;
    recordTestConsent(*s.hv, testConsentDraft(s.family, {kBrookLane}, today.addDays(-30), today.addYears(1), isla));
    recordTestConsent(*s.hv, testConsentDraft(s.family, {kRiverside}, today.addMonths(-11), today.addDays(20)));
    recordTestConsent(*s.hv, testConsentDraft(s.family, {kBrookLane}, QDate(2024, 6, 1), QDate(2025, 12, 31), isla));
    const Consent withdrawn = recordTestConsent(*s.hv, testConsentDraft(s.family, {kRiverside}, today.addDays(-60), today.addYears(1), rowan));
    auto done = ConsentService(*s.hv).withdraw(withdrawn.uuid, today, QStringLiteral("Mum would rather tell the hub herself"));
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
}

SafeguardingDecision decision(ConsentStore& s, bool share)
{
    SafeguardingDecision d;
    d.childUuid = s.child(QStringLiteral("Isla")).uuid;
    d.share = share;
    d.partnerCode = kRiverside;
    if (share) {
        d.categories = {ShareCategory::Identity, ShareCategory::HealthVisitingContacts};
        d.shareUntil = s.hs.today().addDays(30);
    }
    d.reason = share ? QStringLiteral("Bruising seen at the visit; the hub's family worker needs the visit history today.")
                     : QStringLiteral("Concern discussed with the lead; not enough to override the family's wishes.");
    d.decidedOn = s.hs.today();
    d.authoriserUserUuid = s.hs.userUuid("lead");
    auto recorded = ConsentService(*s.hv).recordSafeguarding(d);
    INFO(recorded.message().toStdString());
    REQUIRE(recorded.ok());
    return recorded.value();
}

} // namespace

TEST_CASE("Sharing panel: each consent shows who, with whom, what, how, when and its status", "[gui][sharing-panel]")
{
    ConsentStore s;
    addConsents(s);
    SharingPanel panel(*s.hv);
    showPanel(panel, s, *s.hv);

    QTreeWidget* list = panel.consentList();
    REQUIRE(list->isVisible());
    REQUIRE(list->topLevelItemCount() == 4);
    using C = ConsentListView;

    QTreeWidgetItem* active = rowFor(list, C::StatusColumn, QStringLiteral("Active"));
    REQUIRE(active);
    CHECK(active->text(C::ForColumn) == QStringLiteral("Isla Marlowe"));
    CHECK(active->text(C::GivenByColumn) == QStringLiteral("Bethan Marlowe"));
    CHECK(active->text(C::PartnersColumn) == kBrookLane);
    CHECK(active->text(C::CategoriesColumn).startsWith(QStringLiteral("Identity and contact details; Birth details")));
    CHECK(active->text(C::MethodColumn) == QStringLiteral("Written"));
    CHECK(active->text(C::GivenColumn) == QStringLiteral("16 Dec 2025"));
    CHECK(active->text(C::ReviewColumn) == QStringLiteral("15 Jan 2027"));

    // Review in 20 days: said in words, on a badge, in bold.
    QTreeWidgetItem* soon = rowFor(list, C::StatusColumn, QStringLiteral("Expires soon"));
    REQUIRE(soon);
    CHECK(soon->text(C::ForColumn) == QStringLiteral("Whole family"));
    CHECK(soon->data(C::StatusColumn, WrappingItemDelegate::BadgeColourRole).value<QColor>().isValid());
    CHECK(soon->font(C::StatusColumn).bold());
    CHECK(soon->toolTip(C::StatusColumn).contains(QStringLiteral("4 Feb 2026")));
    CHECK_FALSE(active->font(C::StatusColumn).bold());

    CHECK(rowFor(list, C::StatusColumn, QStringLiteral("Expired")));
    QTreeWidgetItem* withdrawn = rowFor(list, C::StatusColumn, QStringLiteral("Withdrawn on 15 Jan 2026"));
    REQUIRE(withdrawn);
    CHECK(withdrawn->text(C::ForColumn) == QStringLiteral("Rowan Marlowe"));
    CHECK(withdrawn->text(C::StatusColumn) == QStringLiteral("Withdrawn on 15 Jan 2026: Mum would rather tell the hub herself"));
    CHECK(withdrawn->toolTip(C::StatusColumn).contains(QStringLiteral("Mum would rather tell the hub herself")));
    CHECK(withdrawn->data(C::StatusColumn, Qt::AccessibleTextRole).toString().contains(QStringLiteral("Mum would rather")));
    CHECK_FALSE(child<QLabel>(&panel, "noConsentsLabel")->isVisible());
}

TEST_CASE("Sharing panel: Withdraw… withdraws the selected consent in one action", "[gui][sharing-panel]")
{
    ConsentStore s;
    addConsents(s);
    SharingPanel panel(*s.hv);
    showPanel(panel, s, *s.hv);
    QSignalSpy changed(&panel, &SharingPanel::recordChanged);
    QTreeWidget* list = panel.consentList();
    auto* withdraw = child<QPushButton>(&panel, "withdrawConsentButton");

    // Already withdrawn: nothing to do.
    list->setCurrentItem(rowFor(list, ConsentListView::StatusColumn, QStringLiteral("Withdrawn on 15 Jan 2026")));
    CHECK_FALSE(withdraw->isEnabled());
    CHECK_FALSE(withdraw->toolTip().isEmpty());

    list->setCurrentItem(rowFor(list, ConsentListView::StatusColumn, QStringLiteral("Active")));
    REQUIRE(withdraw->isEnabled());
    QTest::mouseClick(withdraw, Qt::LeftButton);
    auto* dialog = openDialogOf<WithdrawConsentDialog>(&panel);
    CHECK(dialog->isModal());
    CHECK(child<QLineEdit>(dialog, "withdrawnOnInput")->text() == QStringLiteral("15/01/2026"));
    auto* ok = child<QPushButton>(dialog, "okButton");
    CHECK_FALSE(ok->isEnabled()); // a reason is needed
    auto* reason = child<QPlainTextEdit>(dialog, "reasonEdit");
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("Family moved their support to the hub"));
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    CHECK(changed.count() == 1);
    int withdrawnRows = 0;
    for (const ConsentView& v : s.consents())
        withdrawnRows += v.status == ConsentStatus::Withdrawn ? 1 : 0;
    CHECK(withdrawnRows == 2);
    CHECK(rowFor(list, ConsentListView::StatusColumn, QStringLiteral("Active")) == nullptr);
    // The row the user withdrew stays selected, now withdrawn: Withdraw… is off.
    REQUIRE(list->currentItem());
    CHECK(list->currentItem()->text(ConsentListView::StatusColumn) ==
          QStringLiteral("Withdrawn on 15 Jan 2026: Family moved their support to the hub"));
    CHECK_FALSE(withdraw->isEnabled());
}

TEST_CASE("Sharing panel: safeguarding decisions are listed apart and labelled", "[gui][sharing-panel]")
{
    ConsentStore s;
    addConsents(s);
    decision(s, true);
    decision(s, false);
    SharingPanel panel(*s.hv);
    showPanel(panel, s, *s.hv);

    CHECK(panel.consentList()->topLevelItemCount() == 4); // consents only
    QTreeWidget* decisions = panel.safeguardingList();
    REQUIRE(decisions->isVisible());
    REQUIRE(decisions->topLevelItemCount() == 2);
    using D = SafeguardingListView;
    QTreeWidgetItem* shared = rowFor(decisions, D::DecisionColumn, QStringLiteral("Shared without consent"));
    QTreeWidgetItem* notShared = rowFor(decisions, D::DecisionColumn, QStringLiteral("Decided not to share"));
    REQUIRE(shared);
    REQUIRE(notShared);
    const QColor sharedBadge = shared->data(D::DecisionColumn, WrappingItemDelegate::BadgeColourRole).value<QColor>();
    const QColor notSharedBadge = notShared->data(D::DecisionColumn, WrappingItemDelegate::BadgeColourRole).value<QColor>();
    CHECK(sharedBadge.isValid());
    CHECK(notSharedBadge.isValid());
    CHECK(sharedBadge != notSharedBadge);
    CHECK(shared->font(D::DecisionColumn).bold());
    CHECK(shared->text(D::ChildColumn) == QStringLiteral("Isla Marlowe"));
    CHECK(shared->text(D::PartnerColumn) == kRiverside);
    CHECK(shared->text(D::CategoriesColumn) == QStringLiteral("Identity and contact details; Summary of health visiting contacts"));
    CHECK(shared->text(D::ReasonColumn).startsWith(QStringLiteral("Bruising seen")));
    CHECK(shared->text(D::AuthorisedColumn) == QStringLiteral("Priya Castellan"));
    CHECK(shared->text(D::DatesColumn) == QStringLiteral("15 Jan 2026 to 14 Feb 2026"));
    CHECK(notShared->text(D::CategoriesColumn) == QStringLiteral("Nothing"));
    CHECK(notShared->text(D::DatesColumn) == QStringLiteral("15 Jan 2026"));
    CHECK_FALSE(child<QLabel>(&panel, "noSafeguardingLabel")->isVisible());
}

TEST_CASE("Sharing panel: what partners shared, marked when without consent, and conflicts waiting", "[gui][sharing-panel]")
{
    ConsentStore s;
    SharingPanel panel(*s.hv);
    showPanel(panel, s, *s.hv);
    CHECK(child<QLabel>(&panel, "noSharedItemsLabel")->isVisible());
    CHECK_FALSE(panel.sharedItems()->isVisible());
    CHECK_FALSE(child<QLabel>(&panel, "sharingConflictsLabel")->isVisible());

    // As an import from Riverside would have stored them.
    auto partner = PartnerService(*s.hv).byCode(kRiverside);
    REQUIRE(partner.ok());
    store::Database& db = s.hv->database();
    const QString at = toStoreTimestamp(QDateTime(QDate(2026, 1, 14), QTime(16, 0), Qt::UTC));
    store::SharedItem visit;
    visit.partnerUuid = partner.value().uuid;
    visit.bundleUuid = QStringLiteral("b1");
    visit.familyUuid = s.family.uuid;
    visit.childUuid = s.child(QStringLiteral("Isla")).uuid;
    visit.category = QStringLiteral("hv-contacts");
    visit.kind = QStringLiteral("contact");
    visit.remoteId = QStringLiteral("r1");
    visit.occurredOn = QDate(2026, 1, 9);
    visit.title = QStringLiteral("Stay and play session");
    visit.detail = QStringLiteral("Place: Riverside Family Hub\nOutcome: Settled well; joined in with songs");
    visit.receivedAt = at;
    REQUIRE(store::SharedItemRepository(db).upsert(visit).ok());
    store::SharedItem plan = visit;
    plan.uuid.clear();
    plan.kind = QStringLiteral("plan");
    plan.category = QStringLiteral("support-plan");
    plan.remoteId = QStringLiteral("plan");
    plan.occurredOn = QDate(2026, 1, 12);
    plan.title = QStringLiteral("Family support plan");
    plan.detail = QStringLiteral("Action: Referral to the hub's parenting group");
    plan.safeguarding = true;
    REQUIRE(store::SharedItemRepository(db).upsert(plan).ok());
    store::StoredConflict conflict;
    conflict.partnerUuid = partner.value().uuid;
    conflict.bundleUuid = QStringLiteral("b1");
    conflict.familyUuid = s.family.uuid;
    conflict.childUuid = visit.childUuid;
    conflict.entityUuid = visit.childUuid;
    conflict.field = QStringLiteral("child.gpPractice");
    conflict.localValue = QStringLiteral("Northgate Surgery");
    conflict.partnerValue = QStringLiteral("Riverside Medical Practice");
    conflict.detectedAt = at;
    REQUIRE(store::ShareConflictRepository(db).insert(conflict).ok());

    panel.reload();
    QTreeWidget* items = panel.sharedItems()->list();
    REQUIRE(items->isVisible());
    REQUIRE(items->topLevelItemCount() == 2);
    using V = SharedItemsView;
    QTreeWidgetItem* newest = items->topLevelItem(0);
    CHECK(newest->text(V::TitleColumn) == QStringLiteral("Family support plan"));
    CHECK(newest->text(V::PartnerColumn) == QStringLiteral("Riverside Family Hub"));
    CHECK(newest->text(V::ChildColumn).startsWith(QStringLiteral("Isla")));
    CHECK(newest->text(V::DateColumn) == QStringLiteral("12 Jan 2026"));
    CHECK(newest->text(V::ReceivedColumn) == QStringLiteral("14 Jan 2026"));
    CHECK(newest->text(V::BasisColumn) == QStringLiteral("Shared without consent"));
    CHECK(newest->data(V::BasisColumn, WrappingItemDelegate::BadgeColourRole).value<QColor>().isValid());
    QTreeWidgetItem* older = items->topLevelItem(1);
    CHECK(older->text(V::BasisColumn) == QStringLiteral("Consent"));
    CHECK_FALSE(older->data(V::BasisColumn, WrappingItemDelegate::BadgeColourRole).value<QColor>().isValid());

    // The selected item's detail shows below.
    QLabel* details = panel.sharedItems()->details();
    items->setCurrentItem(older);
    CHECK(details->isVisible());
    CHECK(details->text().contains(QStringLiteral("Settled well; joined in with songs")));
    items->setCurrentItem(newest);
    CHECK(details->text().contains(QStringLiteral("shared without consent")));

    auto* conflicts = child<QLabel>(&panel, "sharingConflictsLabel");
    CHECK(conflicts->isVisible());
    CHECK(conflicts->text().startsWith(QStringLiteral("1 conflict to resolve")));
    QSignalSpy open(&panel, &SharingPanel::sharingAreaRequested);
    Q_EMIT conflicts->linkActivated(QStringLiteral("sharing"));
    CHECK(open.count() == 1);
}

TEST_CASE("Sharing panel: roles that cannot record consent see the buttons off, with the reason", "[gui][sharing-panel]")
{
    ConsentStore s;
    addConsents(s);
    auto admin = s.hs.store().unlockAdmin();
    SharingPanel panel(*admin);
    showPanel(panel, s, *admin);
    CHECK(panel.consentList()->topLevelItemCount() == 4); // reading is allowed
    for (const char* name : {"recordConsentButton", "withdrawConsentButton", "recordSafeguardingButton"}) {
        auto* b = child<QPushButton>(&panel, name);
        INFO(name);
        CHECK(b->isVisible());
        CHECK_FALSE(b->isEnabled());
        CHECK(b->toolTip().contains(QStringLiteral("cannot record consent")));
    }

    SharingPanel mine(*s.hv);
    showPanel(mine, s, *s.hv);
    CHECK(child<QPushButton>(&mine, "recordConsentButton")->isEnabled());
    CHECK(child<QPushButton>(&mine, "recordSafeguardingButton")->isEnabled());
}

TEST_CASE("Family record: the sharing panel follows the assessments and reloads after a change", "[gui][sharing-panel]")
{
    ConsentStore s;
    FamilyRecordPage page(*s.hv);
    page.resize(1200, 900);
    page.showFamily(s.family.uuid);
    page.show();
    auto* panel = page.findChild<SharingPanel*>();
    REQUIRE(panel);
    CHECK(panel->consentList()->topLevelItemCount() == 0);
    CHECK(child<QLabel>(panel, "noConsentsLabel")->isVisible());
    QSignalSpy changed(&page, &FamilyRecordPage::recordChanged);

    auto* record = child<QPushButton>(panel, "recordConsentButton");
    QTest::mouseClick(record, Qt::LeftButton);
    auto* dialog = openDialogOf<QDialog>(panel);
    CHECK(dialog->objectName() == QStringLiteral("consentDialog"));
    tick(child<QCheckBox>(dialog, "partnerCheck_RX1-CC01"));
    tick(child<QCheckBox>(dialog, "categoryCheck_identity"));
    auto* purpose = child<QPlainTextEdit>(dialog, "purposeEdit");
    purpose->setFocus();
    QTest::keyClicks(purpose, QStringLiteral("Stay and play at Brook Lane"));
    tick(child<QRadioButton>(dialog, "writtenRadio"));
    auto* ok = child<QPushButton>(dialog, "okButton");
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    CHECK(changed.count() == 1);
    panel = page.findChild<SharingPanel*>();
    REQUIRE(panel->consentList()->topLevelItemCount() == 1);
    CHECK(panel->consentList()->topLevelItem(0)->text(ConsentListView::ForColumn) == QStringLiteral("Whole family"));
    // The timeline has it too, in words, under Consent.
    bool onTimeline = false;
    for (const TimelineEvent& e : page.record().timeline)
        onTimeline = onTimeline || (e.category == QStringLiteral("consent") &&
                                    e.summary == QStringLiteral("Consent to share with RX1-CC01 recorded: Identity and contact details"));
    CHECK(onTimeline);
}
