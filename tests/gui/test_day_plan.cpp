#include "CaseloadTestData.h"
#include "GuiTestHelpers.h"

#include "DayPlanDialog.h"
#include "DayPlanDocument.h"

#include "tandem/services/AppointmentService.h"
#include "tandem/services/CaseloadService.h"
#include "tandem/services/NoteService.h"
#include "tandem/services/VisitService.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPageLayout>
#include <QPageSize>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

const QString kSafeguardingText = QStringLiteral("Mum disclosed worries about her partner; strategy discussion booked");
const QString kHealthVisitingText = QStringLiteral("Edinburgh score 14 at the last visit; GP informed");

Appointment book(Session& s, const Family& family, const QTime& at, const QString& purpose = {}, const QDate& day = {})
{
    Appointment a;
    a.familyUuid = family.uuid;
    a.startsAt = QDateTime(day.isValid() ? day : s.today(), at);
    a.durationMinutes = 45;
    a.type = QStringLiteral("new-birth");
    a.place = QStringLiteral("home");
    a.purpose = purpose;
    auto booked = AppointmentService(s).book(a);
    INFO(booked.message().toStdString());
    REQUIRE(booked.ok());
    return booked.value();
}

// Amara's day: the Carrows at 10:00 and the Ashdowns at 14:00 (booked in the other order). The
// Ashdowns were seen yesterday: an action is open, and two restricted notes hold text that
// must never reach paper.
struct PlannedDay {
    CaseloadStore f;
    std::unique_ptr<Session> amara;

    PlannedDay()
    {
        amara = f.as(QStringLiteral("amara"));
        Contact seen;
        seen.familyUuid = f.ashdown.uuid;
        seen.childUuids = {f.ashdown.children.first().uuid};
        seen.occurredAt = QDateTime(amara->today().addDays(-1), QTime(11, 0));
        seen.type = QStringLiteral("additional");
        seen.place = QStringLiteral("home");
        seen.durationMinutes = 30;
        seen.outcome = QStringLiteral("Weighed; feeding well");
        FollowUpAction action;
        action.description = QStringLiteral("Refer to the infant feeding team");
        action.dueOn = amara->today().addDays(7);
        action.ownerName = QStringLiteral("Amara (HV)");
        seen.actions << action;
        Note atVisit;
        atVisit.restriction = NoteRestriction::Safeguarding;
        atVisit.text = kSafeguardingText;
        seen.notes << atVisit;
        auto logged = VisitService(*amara).logContact(seen);
        INFO(logged.message().toStdString());
        REQUIRE(logged.ok());

        Note note;
        note.familyUuid = f.ashdown.uuid;
        note.restriction = NoteRestriction::HealthVisiting;
        note.text = kHealthVisitingText;
        auto added = NoteService(*amara).addNote(note);
        INFO(added.message().toStdString());
        REQUIRE(added.ok());

        book(*amara, f.ashdown, QTime(14, 0), QStringLiteral("Weigh Ada <and> check feeding & sleep"));
        book(*amara, f.carrow, QTime(10, 0));
    }

    DayPlan plan(const QDate& day = {})
    {
        auto loaded = CaseloadService(*amara).dayPlan(day.isValid() ? day : amara->today());
        INFO(loaded.message().toStdString());
        REQUIRE(loaded.ok());
        return loaded.value();
    }
};

} // namespace

TEST_CASE("Day plan: each visit in time order, with the address and the contacts due", "[gui][caseload]")
{
    PlannedDay d;
    const DayPlan plan = d.plan();
    REQUIRE(plan.visits.size() == 2);
    DayPlanDocument doc(plan, d.amara->organisation().name);
    const QString html = doc.html();
    const QString text = doc.document()->toPlainText();

    CHECK(text.contains(QStringLiteral("Amara Nwosu-Lane")));
    CHECK(text.contains(QStringLiteral("Thursday 15 January 2026")));
    CHECK(text.contains(QStringLiteral("Northgate Health Visiting Team")));
    CHECK(text.contains(QStringLiteral("2 visits")));
    // Time order, whatever the booking order.
    const auto carrow = text.indexOf(QStringLiteral("10:00–10:45 (45 min)"));
    const auto ashdown = text.indexOf(QStringLiteral("14:00–14:45 (45 min)"));
    REQUIRE(carrow >= 0);
    REQUIRE(ashdown >= 0);
    CHECK(carrow < ashdown);
    // What is needed at the Ashdowns' door.
    const QString at = text.mid(ashdown);
    CHECK(at.contains(QStringLiteral("Ashdown")));
    CHECK(at.contains(QStringLiteral("3 Canal Street, Northgate NG7 2QP")));
    CHECK(at.contains(QStringLiteral("Bethan Ashdown: 07700 900123")));
    CHECK(at.contains(QStringLiteral("English")));
    CHECK(at.contains(QStringLiteral("Universal")));
    CHECK(at.contains(QStringLiteral("Ada Ashdown, 3 weeks")));
    CHECK(at.contains(QStringLiteral("New birth visit: OVERDUE, was due by 3 Jan 2026")));
    CHECK(at.contains(QStringLiteral("Refer to the infant feeding team — Amara (HV), due 22 Jan 2026")));
    CHECK(at.contains(QStringLiteral("14 Jan 2026"))); // last contact
    CHECK(at.contains(QStringLiteral("Weigh Ada <and> check feeding & sleep")));
    CHECK(at.contains(QStringLiteral("Notes at the visit")));
    // The Carrows: Universal Plus, 12-month review due.
    const QString carrows = text.mid(carrow, ashdown - carrow);
    CHECK(carrows.contains(QStringLiteral("Universal Plus")));
    CHECK(carrows.contains(QStringLiteral("12-month review: due by 1 Mar 2026")) );

    // Record text is escaped, never markup.
    CHECK(html.contains(QStringLiteral("Weigh Ada &lt;and&gt; check feeding &amp; sleep")));
    CHECK_FALSE(html.contains(QStringLiteral("<and>")));
    // Restricted notes never reach the page, whoever prints it.
    for (const QString& secretText : {kSafeguardingText, kHealthVisitingText}) {
        CHECK_FALSE(html.contains(secretText));
        CHECK_FALSE(html.contains(secretText.toHtmlEscaped()));
        CHECK_FALSE(text.contains(secretText));
    }
    CHECK_FALSE(text.contains(QStringLiteral("Weighed; feeding well"))); // nor the contact's outcome
}

TEST_CASE("Day plan: a visit starts a new page only when it would be split", "[gui][caseload]")
{
    CaseloadStore f;
    auto amara = f.as(QStringLiteral("amara"));
    const QDate day = amara->today().addDays(1);
    for (int i = 0; i < 7; ++i)
        book(*amara, i % 2 ? f.brennan : f.ashdown, QTime(9 + i, 0), QStringLiteral("Visit %1").arg(i + 1), day);
    auto plan = CaseloadService(*amara).dayPlan(day);
    REQUIRE(plan.ok());
    REQUIRE(plan.value().visits.size() == 7);
    DayPlanDocument doc(plan.value());
    const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    auto paged = doc.paginated(a4);
    const qreal page = paged->pageSize().height();
    REQUIRE(page > 0);
    CHECK(paged->pageCount() > 1);
    CHECK(paged->pageCount() <= 7); // breaks only where needed: not one page per visit and more
    int visits = 0;
    for (QTextFrame* frame : paged->rootFrame()->childFrames()) {
        if (!qobject_cast<QTextTable*>(frame))
            continue;
        ++visits;
        const QRectF box = paged->documentLayout()->frameBoundingRect(frame);
        INFO("visit " << visits << " from " << box.top() << " to " << box.bottom() << ", page height " << page);
        CHECK(static_cast<int>(box.top() / page) == static_cast<int>((box.bottom() - 1) / page));
    }
    CHECK(visits == 7);
}

TEST_CASE("Day plan dialog: today's plan in the preview, saved as a PDF in place", "[gui][caseload]")
{
    PlannedDay d;
    DayPlanDialog dialog(*d.amara);
    dialog.show();
    CHECK(dialog.date() == d.amara->today());
    CHECK(child<QLineEdit>(&dialog, "dayPlanDateEdit")->text() == QStringLiteral("15/01/2026"));
    CHECK_FALSE(child<QComboBox>(&dialog, "dayPlanWorkerCombo")->isVisible()); // health visitors plan their own day
    auto* preview = child<QTextBrowser>(&dialog, "dayPlanPreview");
    CHECK(preview->toPlainText().contains(QStringLiteral("3 Canal Street")));
    CHECK_FALSE(preview->toPlainText().contains(kSafeguardingText));
    auto* save = child<QPushButton>(&dialog, "saveDayPlanPdfButton");
    CHECK(save->isEnabled());
    CHECK(child<QPushButton>(&dialog, "printDayPlanButton")->isEnabled());

    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString path = out.filePath(QStringLiteral("day-plan.pdf"));
    writeFile(path, QByteArrayLiteral("an older plan"));
    REQUIRE(dialog.savePdf(path));
    const QByteArray pdf = readFile(path);
    CHECK(pdf.size() > 1000);
    CHECK(pdf.startsWith("%PDF"));
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("day-plan.pdf")}); // no temporary left
    CHECK(child<QLabel>(&dialog, "savedLabel")->isVisible());

    // A folder that does not exist: the dialog says so and stays open.
    CHECK_FALSE(dialog.savePdf(out.filePath(QStringLiteral("missing/day-plan.pdf"))));
    auto* message = child<QLabel>(&dialog, "messageLabel");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("Could not")));
    CHECK(dialog.isVisible());
}

TEST_CASE("Day plan dialog: other days, and a day with nothing booked", "[gui][caseload]")
{
    PlannedDay d;
    DayPlanDialog dialog(*d.amara);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "nextDayButton"), Qt::LeftButton);
    CHECK(dialog.date() == QDate(2026, 1, 16));
    CHECK(dialog.plan().visits.isEmpty());
    CHECK(child<QTextBrowser>(&dialog, "dayPlanPreview")->toPlainText().contains(QStringLiteral("No visits are booked for this day")));
    CHECK_FALSE(child<QPushButton>(&dialog, "saveDayPlanPdfButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&dialog, "printDayPlanButton")->isEnabled());

    auto* date = child<QLineEdit>(&dialog, "dayPlanDateEdit");
    date->clear();
    QTest::keyClicks(date, QStringLiteral("15/1/2026"));
    CHECK(dialog.date() == QDate(2026, 1, 15));
    CHECK(dialog.plan().visits.size() == 2);
    date->clear();
    QTest::keyClicks(date, QStringLiteral("40/1/2026"));
    CHECK(child<QLabel>(&dialog, "dayPlanDateIssue")->isVisible());
    CHECK(dialog.plan().visits.size() == 2); // the last good day stays in view
    QTest::mouseClick(child<QPushButton>(&dialog, "todayButton"), Qt::LeftButton);
    CHECK_FALSE(child<QLabel>(&dialog, "dayPlanDateIssue")->isVisible());
    CHECK(dialog.date() == QDate(2026, 1, 15));
}

TEST_CASE("Day plan dialog: a team lead prints any worker's plan", "[gui][caseload]")
{
    PlannedDay d;
    auto priya = d.f.as(QStringLiteral("priya"));
    DayPlanDialog dialog(*priya, d.f.amara.uuid);
    dialog.show();
    auto* worker = child<QComboBox>(&dialog, "dayPlanWorkerCombo");
    CHECK(worker->isVisible());
    CHECK(worker->currentData().toString() == d.f.amara.uuid);
    CHECK(dialog.plan().workerName == QStringLiteral("Amara Nwosu-Lane"));
    CHECK(dialog.plan().visits.size() == 2);
    REQUIRE(dialog.setWorker(d.f.priya.uuid));
    CHECK(dialog.plan().visits.isEmpty());
    CHECK(dialog.plan().workerName == QStringLiteral("Priya Castellano"));
}

TEST_CASE("Day plan dialog: every control has a name and Tab reaches it", "[gui][caseload][a11y]")
{
    PlannedDay d;
    SECTION("health visitor")
    {
        DayPlanDialog dialog(*d.amara);
        checkKeyboardAndNames(&dialog);
    }
    SECTION("team lead")
    {
        auto priya = d.f.as(QStringLiteral("priya"));
        DayPlanDialog dialog(*priya, d.f.amara.uuid);
        checkKeyboardAndNames(&dialog);
    }
}


TEST_CASE("Day plan dialog: closing it while the date field has the focus is safe", "[gui][caseload]")
{
    PlannedDay d;
    auto* dialog = new DayPlanDialog(*d.amara);
    dialog->show();
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    child<QLineEdit>(dialog, "dayPlanDateEdit")->setFocus();
    delete dialog; // hiding on the way out ends the date field's editing after the form is gone
    SUCCEED();
}
