#include "VisitTestData.h"

#include "HealthVisitingPanel.h"
#include "LeadProfessionalDialog.h"
#include "LeftAreaDialog.h"
#include "NamedHealthVisitorDialog.h"
#include "ScheduleDecisionDialog.h"
#include "ServiceLevelDialog.h"
#include "WrappingItemDelegate.h"

#include "tandem/services/CareTeamService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/ScheduleService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

enum Column { ChildColumn, ContactColumn, WindowColumn, DueColumn, StatusColumn, OutcomeColumn };

QTreeWidgetItem* row(QTreeWidget* schedule, const QString& contact)
{
    for (int i = 0; i < schedule->topLevelItemCount(); ++i)
        if (schedule->topLevelItem(i)->text(ContactColumn) == contact)
            return schedule->topLevelItem(i);
    return nullptr;
}

QPushButton* okButton(QDialog* dialog) { return child<QPushButton>(dialog, "okButton"); }

} // namespace

TEST_CASE("Health visiting panel: each child's mandated contacts, with windows and status in words", "[gui][hv-record][hv-panel]")
{
    VisitStore v;
    HealthVisitingPanel panel(*v.hv);
    panel.resize(1200, 700);
    panel.setRecord(v.record(*v.hv), v.adaUuid());
    panel.show();
    auto* schedule = child<QTreeWidget>(&panel, "scheduleView");
    REQUIRE(schedule->topLevelItemCount() == 5);

    // Ada was born on 3 Jan 2026.
    QTreeWidgetItem* newBirth = row(schedule, QStringLiteral("New birth visit"));
    REQUIRE(newBirth != nullptr);
    CHECK(newBirth->text(ChildColumn) == QStringLiteral("Ada Ashdown"));
    CHECK(newBirth->text(WindowColumn) == QStringLiteral("10–14 days: 13–17 Jan 2026"));
    CHECK(newBirth->text(DueColumn) == QStringLiteral("17 Jan 2026"));
    CHECK(newBirth->text(StatusColumn) == QStringLiteral("● Due"));
    CHECK(newBirth->data(StatusColumn, Qt::AccessibleTextRole).toString() == QStringLiteral("Due"));
    CHECK(newBirth->data(StatusColumn, WrappingItemDelegate::BadgeColourRole).isValid()); // and a colour, never alone
    CHECK(schedule->currentItem() == newBirth); // Ada's next contact to act on
    CHECK(row(schedule, QStringLiteral("6–8 week review"))->text(StatusColumn) == QStringLiteral("○ Not yet due"));
    CHECK(row(schedule, QStringLiteral("6–8 week review"))->text(WindowColumn) == QStringLiteral("6–8 weeks: 14–28 Feb 2026"));
    CHECK(row(schedule, QStringLiteral("Antenatal contact"))->text(StatusColumn).contains(QStringLiteral("Missed")));
    CHECK(child<QLabel>(&panel, "scheduleSummaryLabel")->text() == QStringLiteral("1 due now"));

    // The care team.
    CHECK(child<QLabel>(&panel, "serviceLevelLabel")->text() == QStringLiteral("Universal (no level recorded yet)"));
    CHECK(child<QLabel>(&panel, "namedHealthVisitorLabel")->text() == QStringLiteral("Amara Nwosu-Lane"));
    CHECK(child<QLabel>(&panel, "leadProfessionalLabel")->text().startsWith(QStringLiteral("Amara Nwosu-Lane · Health visiting")));
    CHECK_FALSE(child<QLabel>(&panel, "leftAreaBanner")->isVisible());
}

TEST_CASE("Health visiting panel: a contact recorded as not applicable, then the decision cleared", "[gui][hv-record][hv-panel]")
{
    VisitStore v;
    HealthVisitingPanel panel(*v.hv);
    panel.resize(1200, 700);
    panel.setRecord(v.record(*v.hv));
    panel.show();
    QSignalSpy changed(&panel, &HealthVisitingPanel::recordChanged);
    auto* schedule = child<QTreeWidget>(&panel, "scheduleView");
    auto* decide = child<QPushButton>(&panel, "recordDecisionButton");
    auto* clear = child<QPushButton>(&panel, "clearDecisionButton");
    CHECK_FALSE(decide->isEnabled()); // nothing selected
    CHECK_FALSE(clear->isEnabled());

    schedule->setCurrentItem(row(schedule, QStringLiteral("6–8 week review")));
    REQUIRE(decide->isEnabled());
    CHECK_FALSE(clear->isEnabled());
    QTest::mouseClick(decide, Qt::LeftButton);
    auto* dialog = openDialog<ScheduleDecisionDialog>(&panel);
    CHECK(child<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("Ada Ashdown")));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    child<QRadioButton>(dialog, "notApplicableRadio")->setChecked(true);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "decisionReasonEdit"), QStringLiteral("no"));
    CHECK(child<QLabel>(dialog, "decisionReasonIssue")->isVisible()); // too short to be a reason
    CHECK_FALSE(okButton(dialog)->isEnabled());
    child<QPlainTextEdit>(dialog, "decisionReasonEdit")->clear();
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "decisionReasonEdit"), QStringLiteral("In the neonatal unit until March"));
    REQUIRE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(changed.count() == 1);

    QTreeWidgetItem* review = row(schedule, QStringLiteral("6–8 week review"));
    CHECK(review->text(StatusColumn) == QStringLiteral("– Not applicable"));
    CHECK(review->text(OutcomeColumn) == QStringLiteral("Not applicable: In the neonatal unit until March"));
    CHECK(schedule->currentItem() == review); // still selected after the reload
    REQUIRE(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(changed.count() == 2);
    CHECK(row(schedule, QStringLiteral("6–8 week review"))->text(StatusColumn) == QStringLiteral("○ Not yet due"));

    // A contact already done cannot be declined.
    Contact visit;
    visit.familyUuid = v.family.uuid;
    visit.childUuids = {v.adaUuid()};
    visit.occurredAt = QDateTime(v.hv->today(), QTime(9, 0));
    visit.type = QStringLiteral("new-birth");
    visit.place = QStringLiteral("home");
    visit.durationMinutes = 60;
    visit.outcome = QStringLiteral("New birth review.");
    REQUIRE(VisitService(*v.hv).logContact(visit).ok());
    panel.reload();
    schedule->setCurrentItem(row(schedule, QStringLiteral("New birth visit")));
    CHECK(row(schedule, QStringLiteral("New birth visit"))->text(StatusColumn) == QStringLiteral("✓ Done on time"));
    CHECK_FALSE(decide->isEnabled());
}

TEST_CASE("Health visiting panel: service level, named health visitor and lead professional", "[gui][hv-record][hv-panel]")
{
    VisitStore v;
    Involvement centre;
    centre.service = QStringLiteral("childrens-centre");
    centre.workerName = QStringLiteral("Dylan Prothero");
    centre.since = v.admin->today().addDays(-5);
    REQUIRE(FamilyService(*v.admin).addInvolvement(v.family.uuid, centre).ok());
    REQUIRE(UserService(*v.admin).addUser({QStringLiteral("bea"), QStringLiteral("Bea Okonjo"), Role::HealthVisitor},
                                          secret(kSecondPassphrase)).ok());

    HealthVisitingPanel panel(*v.hv);
    panel.resize(1200, 700);
    panel.setRecord(v.record(*v.hv));
    panel.show();
    QSignalSpy changed(&panel, &HealthVisitingPanel::recordChanged);

    QTest::mouseClick(child<QPushButton>(&panel, "changeServiceLevelButton"), Qt::LeftButton);
    auto* level = openDialog<ServiceLevelDialog>(&panel);
    auto* combo = child<QComboBox>(level, "serviceLevelCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("universal")));
    combo->activated(combo->currentIndex()); // as if chosen by the user
    CHECK(child<QLabel>(level, "serviceLevelIssue")->text().contains(QStringLiteral("already")));
    combo->setCurrentIndex(combo->findData(QStringLiteral("universal-plus")));
    QTest::keyClicks(child<QPlainTextEdit>(level, "serviceLevelReasonEdit"),
                     QStringLiteral("Low mood after the birth; extra visits agreed"));
    REQUIRE(okButton(level)->isEnabled());
    QTest::mouseClick(okButton(level), Qt::LeftButton);
    CHECK(level->result() == QDialog::Accepted);
    CHECK(child<QLabel>(&panel, "serviceLevelLabel")->text() == QStringLiteral("Universal Plus, since 15 Jan 2026"));

    // The history is in the dialog next time.
    QTest::mouseClick(child<QPushButton>(&panel, "changeServiceLevelButton"), Qt::LeftButton);
    auto* again = openDialog<ServiceLevelDialog>(&panel);
    auto* history = child<QTableWidget>(again, "serviceLevelHistoryView");
    REQUIRE(history->rowCount() >= 1);
    CHECK(history->item(0, 1)->text() == QStringLiteral("Universal Plus"));
    CHECK(history->item(0, 2)->text() == QStringLiteral("Low mood after the birth; extra visits agreed"));
    again->reject();

    QTest::mouseClick(child<QPushButton>(&panel, "changeNamedHealthVisitorButton"), Qt::LeftButton);
    auto* named = openDialog<NamedHealthVisitorDialog>(&panel);
    auto* visitors = child<QComboBox>(named, "namedHealthVisitorCombo");
    CHECK(visitors->currentData().toString() == v.amara.uuid);
    CHECK(visitors->itemText(0) == QStringLiteral("No named health visitor"));
    CHECK_FALSE(okButton(named)->isEnabled());
    const int bea = visitors->findText(QStringLiteral("Bea Okonjo (Health visitor)"));
    REQUIRE(bea >= 0);
    visitors->setCurrentIndex(bea);
    REQUIRE(okButton(named)->isEnabled());
    QTest::mouseClick(okButton(named), Qt::LeftButton);
    CHECK(child<QLabel>(&panel, "namedHealthVisitorLabel")->text() == QStringLiteral("Bea Okonjo"));

    QTest::mouseClick(child<QPushButton>(&panel, "changeLeadProfessionalButton"), Qt::LeftButton);
    auto* lead = openDialog<LeadProfessionalDialog>(&panel);
    auto* leads = child<QComboBox>(lead, "leadProfessionalCombo");
    const int dylan = leads->findText(QStringLiteral("Dylan Prothero · Children's centre"));
    REQUIRE(dylan >= 0);
    leads->setCurrentIndex(dylan);
    REQUIRE(okButton(lead)->isEnabled());
    QTest::mouseClick(okButton(lead), Qt::LeftButton);
    CHECK(child<QLabel>(&panel, "leadProfessionalLabel")->text() == QStringLiteral("Dylan Prothero · Children's centre"));
    CHECK(changed.count() == 3);
}

TEST_CASE("Health visiting panel: moved out of the area, then back", "[gui][hv-record][hv-panel]")
{
    VisitStore v;
    HealthVisitingPanel panel(*v.hv);
    panel.resize(1200, 700);
    panel.setRecord(v.record(*v.hv));
    panel.show();
    auto* button = child<QPushButton>(&panel, "leftAreaButton");
    CHECK(button->text() == QStringLiteral("Moved out of &area…"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = openDialog<LeftAreaDialog>(&panel);
    auto* date = child<QLineEdit>(dialog, "leftAreaDateInput");
    date->clear();
    QTest::keyClicks(date, QStringLiteral("16/01/2026"));
    CHECK(child<QLabel>(dialog, "leftAreaDateIssue")->text().contains(QStringLiteral("future")));
    date->clear();
    QTest::keyClicks(date, QStringLiteral("14/01/2026"));
    CHECK(child<QLabel>(dialog, "leftAreaDateIssue")->text().contains(QStringLiteral("registered on 15 Jan 2026")));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    date->clear();
    QTest::keyClicks(date, QStringLiteral("15/01/2026"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "leftAreaReasonEdit"), QStringLiteral("Moved to Leeds; records sent on"));
    REQUIRE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);

    auto* banner = child<QLabel>(&panel, "leftAreaBanner");
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("15 Jan 2026")));
    CHECK(banner->text().contains(QStringLiteral("Moved to Leeds")));
    CHECK(button->text() == QStringLiteral("Back in the &area"));
    auto* schedule = child<QTreeWidget>(&panel, "scheduleView");
    CHECK(row(schedule, QStringLiteral("New birth visit"))->text(StatusColumn) == QStringLiteral("– Not applicable"));

    QTest::mouseClick(button, Qt::LeftButton);
    CHECK_FALSE(banner->isVisible());
    CHECK(row(schedule, QStringLiteral("New birth visit"))->text(StatusColumn) == QStringLiteral("● Due"));
}

TEST_CASE("Health visiting panel: buttons follow the user's permissions", "[gui][hv-record][hv-panel]")
{
    VisitStore v;
    HealthVisitingPanel worker(*v.cc);
    worker.setRecord(v.record(*v.cc));
    worker.show();
    CHECK_FALSE(child<QPushButton>(&worker, "recordDecisionButton")->isVisible());
    CHECK_FALSE(child<QPushButton>(&worker, "clearDecisionButton")->isVisible());
    CHECK_FALSE(child<QPushButton>(&worker, "changeServiceLevelButton")->isVisible());
    CHECK_FALSE(child<QPushButton>(&worker, "changeNamedHealthVisitorButton")->isVisible());
    CHECK(child<QPushButton>(&worker, "changeLeadProfessionalButton")->isVisible());
    CHECK(child<QPushButton>(&worker, "leftAreaButton")->isVisible());
    CHECK(child<QTreeWidget>(&worker, "scheduleView")->topLevelItemCount() == 5); // read, not changed
}

TEST_CASE("Accessibility: the health visiting panel and its dialogs", "[gui][a11y][hv-record][hv-panel]")
{
    VisitStore v;
    HealthVisitingPanel panel(*v.hv);
    const FamilyRecord record = v.record(*v.hv);
    panel.setRecord(record, v.adaUuid()); // a row selected: the decision buttons are enabled
    checkKeyboardAndNames(&panel);
    auto team = CareTeamService(*v.hv).careTeam(v.family.uuid);
    REQUIRE(team.ok());
    ServiceLevelDialog level(*v.hv, team.value());
    checkKeyboardAndNames(&level);
    NamedHealthVisitorDialog named(*v.hv, team.value());
    checkKeyboardAndNames(&named);
    LeadProfessionalDialog lead(*v.hv, record);
    checkKeyboardAndNames(&lead);
    LeftAreaDialog left(*v.hv, record);
    checkKeyboardAndNames(&left);
    auto schedules = ScheduleService(*v.hv).forFamily(v.family.uuid);
    REQUIRE(schedules.ok());
    ScheduleDecisionDialog decision(*v.hv, schedules.value().first(), schedules.value().first().contacts.at(1));
    checkKeyboardAndNames(&decision);
}
