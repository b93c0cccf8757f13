// Renders the screens used in docs/user-guide.md from a synthetic demo store, offscreen.
// Usage: tandem-screenshots <output-folder>
#include "AppController.h"
#include "AssessmentScreenshots.h"
#include "ConsentScreenshots.h"
#include "CaseloadPage.h"
#include "CsvImportDialog.h"
#include "DayPlanDialog.h"
#include "FamiliesPage.h"
#include "FamilyRecordPage.h"
#include "LogContactDialog.h"
#include "MainWindow.h"
#include "MergeChildrenDialog.h"
#include "PreferencesDialog.h"
#include "RegisterFamilyDialog.h"
#include "Resources.h"
#include "SharingScreenshots.h"
#include "UnlockDialog.h"

#include "tandem/core/Clock.h"
#include "tandem/core/Sodium.h"
#include "tandem/domain/NhsNumber.h"
#include "tandem/services/AppointmentService.h"
#include "tandem/services/CareTeamService.h"
#include "tandem/services/CaseloadService.h"
#include "tandem/services/DemoService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/ScheduleService.h"
#include "tandem/services/StoreService.h"
#include "tandem/services/VisitService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace tandem;

namespace {
bool save(QWidget* w, const QString& folder, const char* name)
{
    w->show();
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(QString::fromLatin1(name));
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// The Families area over a few hundred synthetic families with a search typed, and the
// registration form with one field left wrong. A store of its own, so the other pictures keep theirs.
bool shootFamilies(const QString& out, const QString& folder, const Clock& clock, const SecureBuffer& secret)
{
    DemoStoreRequest demo;
    demo.path = QDir(folder).filePath(QStringLiteral("families.tandem"));
    demo.families = 300;
    demo.kdf = store::KdfParams::testing();
    if (auto made = DemoService::createDemoStore(demo, secret, clock); !made.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(made.message()));
        return false;
    }
    UnlockRequest request{demo.path, QStringLiteral("hv"), std::chrono::milliseconds(0)};
    auto session = StoreService::unlock(request, secret, clock);
    if (!session.ok())
        return false;
    bool ok = true;
    {
        gui::MainWindow main(*session.value());
        main.setIdleLockMinutes(5);
        main.resize(1100, 680);
        main.showArea(QStringLiteral("familiesPage"));
        main.findChild<QLineEdit*>(QStringLiteral("familySearchEdit"))->setText(QStringLiteral("NG7"));
        main.findChild<gui::FamiliesPage*>()->applySearchNow();
        ok &= save(&main, out, "families-view.png");
    }
    gui::RegisterFamilyDialog dialog(*session.value());
    dialog.show(); // laid out first, as a person sees it before typing
    QApplication::processEvents();
    auto fill = [&dialog](const char* name, const QString& text) {
        auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
        edit->setText(text);
        QFocusEvent left(QEvent::FocusOut); // as if the user moved on, so the field shows its problem
        QApplication::sendEvent(edit, &left);
    };
    fill("childGivenNameEdit", QStringLiteral("Ffion"));
    fill("childFamilyNameEdit", QStringLiteral("Harrowby-Vale"));
    fill("childDateOfBirthEdit", QStringLiteral("14/10/2026"));
    fill("childNhsNumberEdit", QStringLiteral("999 012 3454"));
    fill("adult1GivenNameEdit", QStringLiteral("Bethan"));
    fill("adult1FamilyNameEdit", QStringLiteral("Harrowby-Vale"));
    fill("adult1PhoneEdit", QStringLiteral("07700 900318"));
    fill("addressLine1Edit", QStringLiteral("27 Foundry Close"));
    fill("townEdit", QStringLiteral("Northgate"));
    fill("postcodeEdit", QStringLiteral("NG7 2Q"));
    fill("wardEdit", QStringLiteral("Hillfield"));
    fill("childrensCentreEdit", QStringLiteral("Millfield Family Hub"));
    fill("mainLanguageEdit", QStringLiteral("Welsh"));
    dialog.findChild<QLineEdit*>(QStringLiteral("postcodeEdit"))->setFocus();
    ok &= save(&dialog, out, "register-family.png");
    return ok;
}

// My caseload and the day plan, as the demo health visitor sees them on a Monday morning: a
// caseload of synthetic families, some with contacts overdue, and three visits booked for the
// day. A store of its own, so the other pictures keep theirs.
bool shootCaseload(const QString& out, const QString& folder, ManualClock& clock, const SecureBuffer& secret)
{
    const QDateTime before = clock.nowUtc();
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(8, 15), Qt::UTC));
    DemoStoreRequest demo;
    demo.path = QDir(folder).filePath(QStringLiteral("caseload.tandem"));
    demo.families = 120;
    demo.caseloadFamilies = 42;
    demo.kdf = store::KdfParams::testing();
    if (auto made = DemoService::createDemoStore(demo, secret, clock); !made.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(made.message()));
        return false;
    }
    UnlockRequest request{demo.path, QStringLiteral("hv"), std::chrono::milliseconds(0)};
    auto session = StoreService::unlock(request, secret, clock);
    if (!session.ok())
        return false;
    Session& s = *session.value();

    // The day's visits: the most overdue family first thing, then two more.
    auto caseload = CaseloadService(s).caseload();
    if (!caseload.ok() || caseload.value().entries.size() < 6)
        return false;
    const QList<CaseloadEntry>& entries = caseload.value().entries;
    const struct { int entry; QTime at; int minutes; const char* purpose; } visits[] = {
        {0, QTime(9, 30), 60, "Overdue review: weigh, and talk about feeding and sleep"},
        {3, QTime(11, 15), 45, "Check in after the clinic referral"},
        {5, QTime(14, 0), 60, "Development review; bring the ASQ-3 pack"},
    };
    for (const auto& v : visits) {
        const CaseloadEntry& e = entries.at(v.entry);
        Appointment a;
        a.familyUuid = e.familyUuid;
        a.startsAt = QDateTime(s.today(), v.at);
        a.durationMinutes = v.minutes;
        a.type = e.next && domain::isOpen(e.next->status) ? domain::contactToken(e.next->contact) : QStringLiteral("additional");
        a.place = QStringLiteral("home");
        a.purpose = QString::fromUtf8(v.purpose);
        if (auto booked = AppointmentService(s).book(a); !booked.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(booked.message()));
            return false;
        }
    }

    bool ok = true;
    {
        gui::MainWindow main(s);
        main.setIdleLockMinutes(5);
        main.resize(1280, 800);
        main.showArea(QStringLiteral("caseloadPage"));
        main.show();
        QApplication::processEvents();
        auto* view = main.findChild<QTableView*>(QStringLiteral("caseloadView"));
        view->setFocus();
        view->selectRow(1);
        ok &= save(&main, out, "caseload.png");
    }
    {
        gui::DayPlanDialog plan(s);
        plan.resize(860, 800);
        ok &= save(&plan, out, "day-plan.png");
    }
    clock.set(before);
    return ok;
}

// A synthetic NHS number from the 999 test range that passes Modulus 11.
QString demoNhs(int n)
{
    for (int k = 424200 + n * 11;; ++k) {
        const QString nine = QStringLiteral("999%1").arg(k % 1000000, 6, 10, QLatin1Char('0'));
        if (auto check = domain::NhsNumber::checkDigit(nine))
            return nine + QChar(u'0' + *check);
    }
}

// The Ashdowns for the family record pictures: registered before Ada's new-birth visit,
// the children's centre since June, a move in April, Kai born in August, and Kai registered
// a second time from the birth list at the old address (the duplicate to merge).
struct DemoRecord {
    QString familyUuid;
    QString adaUuid;
    QString kaiUuid;
};
std::optional<DemoRecord> makeDemoRecord(Session& s, ManualClock& clock)
{
    const QDateTime now = clock.nowUtc();
    auto failed = [](const Error& e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return std::optional<DemoRecord>();
    };
    FamilyService families(s);
    DemoRecord made;
    clock.set(QDateTime(QDate(2025, 2, 3), QTime(10, 15), Qt::UTC));
    Family f;
    f.address = {QStringLiteral("22 Orchard Way"), {}, QStringLiteral("Northgate"), QStringLiteral("NG7 2QP")};
    f.ward = QStringLiteral("Riverside");
    f.childrensCentre = QStringLiteral("Brook Lane Children's Centre");
    f.mainLanguage = QStringLiteral("Polish");
    f.interpreterNeeded = true;
    f.accessibilityNeeds = QStringLiteral("Kasia uses a wheelchair: visits in the ground-floor front room.");
    f.keyWorkerUuid = s.user().uuid;
    Person mum;
    mum.givenName = QStringLiteral("Kasia");
    mum.familyName = QStringLiteral("Ashdown");
    mum.phone = QStringLiteral("07700 900431");
    mum.email = QStringLiteral("kasia.ashdown@example.org");
    mum.preferredContact = QStringLiteral("text");
    mum.relationship = QStringLiteral("mother");
    mum.parentalResponsibility = true;
    Person dad = mum;
    dad.givenName = QStringLiteral("Marek");
    dad.phone = QStringLiteral("07700 900872");
    dad.email.clear();
    dad.preferredContact = QStringLiteral("phone");
    dad.relationship = QStringLiteral("father");
    f.adults << mum << dad;
    Child ada;
    ada.givenName = QStringLiteral("Ada");
    ada.familyName = QStringLiteral("Ashdown");
    ada.dateOfBirth = QDate(2025, 1, 20);
    ada.sex = QStringLiteral("female");
    ada.nhsNumber = demoNhs(1);
    ada.gpPractice = QStringLiteral("Northgate Medical Practice");
    ada.gestationWeeks = 39;
    f.children << ada;
    auto family = families.registerFamily(f);
    if (!family.ok())
        return failed(family.error());
    made.familyUuid = family.value().uuid;
    made.adaUuid = family.value().children.first().uuid;

    clock.set(QDateTime(QDate(2025, 6, 10), QTime(14, 0), Qt::UTC));
    Involvement centre;
    centre.service = QStringLiteral("childrens-centre");
    centre.workerName = QStringLiteral("Dylan Prothero");
    centre.since = QDate(2025, 6, 2);
    if (auto added = families.addInvolvement(made.familyUuid, centre); !added.ok())
        return failed(added.error());

    clock.set(QDateTime(QDate(2026, 4, 15), QTime(11, 40), Qt::UTC));
    const Address canalStreet{QStringLiteral("Flat 3, Wharf House"), QStringLiteral("7 Canal Street"), QStringLiteral("Northgate"),
                              QStringLiteral("NG7 1FB")};
    if (auto moved = families.changeAddress(made.familyUuid, canalStreet, QDate(2026, 4, 11)); !moved.ok())
        return failed(moved.error());

    clock.set(QDateTime(QDate(2026, 9, 2), QTime(9, 5), Qt::UTC));
    Child kai;
    kai.givenName = QStringLiteral("Kai");
    kai.familyName = QStringLiteral("Ashdown");
    kai.dateOfBirth = QDate(2026, 8, 28);
    kai.sex = QStringLiteral("male");
    kai.nhsNumber = demoNhs(2);
    kai.gestationWeeks = 38;
    auto addedKai = families.addChild(made.familyUuid, kai);
    if (!addedKai.ok())
        return failed(addedKai.error());
    made.kaiUuid = addedKai.value().uuid;

    clock.set(QDateTime(QDate(2026, 9, 9), QTime(16, 20), Qt::UTC));
    Family fromBirthList;
    fromBirthList.address = f.address;
    Child again = kai;
    again.nhsNumber.clear();
    again.gestationWeeks.reset();
    again.gpPractice = QStringLiteral("Northgate Medical Practice");
    fromBirthList.children << again;
    Person mother = mum;
    mother.email.clear();
    fromBirthList.adults << mother;
    if (auto dup = families.registerFamily(fromBirthList, WriteOptions{true}); !dup.ok())
        return failed(dup.error());
    clock.set(now);
    return made;
}
}

// The Ashdowns' health visiting since registration, for the record page pictures: Ada's
// contacts done on time (her antenatal contact marked not applicable: the family moved here
// after the birth), Kai's new birth visit with a health-visiting-only note, a clinic he was not
// brought to, a phone call with an open action, and his 6–8 week review now overdue.
bool addHealthVisiting(Session& s, ManualClock& clock, const DemoRecord& r)
{
    const QDateTime now = clock.nowUtc();
    auto check = [](const auto& result) {
        if (!result.ok())
            std::fprintf(stderr, "%s\n", qPrintable(result.message()));
        return result.ok();
    };
    VisitService visits(s);
    auto visit = [&](const QString& child, const QDateTime& at, const char* type, const char* place, int minutes,
                     const char* outcome, const char* people) {
        clock.set(at.addSecs(2 * 3600).toUTC());
        Contact c;
        c.familyUuid = r.familyUuid;
        c.childUuids = {child};
        c.occurredAt = at;
        c.type = QString::fromLatin1(type);
        c.place = QString::fromLatin1(place);
        c.durationMinutes = minutes;
        c.outcome = QString::fromUtf8(outcome);
        c.peoplePresent = QString::fromUtf8(people);
        return c;
    };
    auto action = [](const char* what, const QDate& due, const char* owner) {
        FollowUpAction a;
        a.description = QString::fromUtf8(what);
        a.dueOn = due;
        a.ownerName = QString::fromUtf8(owner);
        return a;
    };

    Contact adaNewBirth = visit(r.adaUuid, QDateTime(QDate(2025, 2, 3), QTime(14, 0)), "new-birth", "home", 75,
                                "Feeding well (breastfed), weight 3.4 kg. Safe sleep and car seat discussed; Kasia's mood good.",
                                "Kasia (mother), Marek (father)");
    if (!check(visits.logContact(adaNewBirth)) ||
        !check(ScheduleService(s).recordDecision(r.adaUuid, domain::MandatedContact::Antenatal, false,
                                                 QStringLiteral("The family moved into the area after Ada was born."), QDate(2025, 2, 3))) ||
        !check(CareTeamService(s).setNamedHealthVisitor(r.familyUuid, s.user().uuid)))
        return false;
    if (!check(visits.logContact(visit(r.adaUuid, QDateTime(QDate(2025, 3, 10), QTime(10, 0)), "six-to-eight-week", "home", 50,
                                       "Growing along the 50th centile; immunisations booked. Kasia back at her Polish group.",
                                       "Kasia (mother)"))) ||
        !check(visits.logContact(visit(r.adaUuid, QDateTime(QDate(2026, 1, 14), QTime(13, 30)), "twelve-month", "childrens-centre", 40,
                                       "Walking with support, babbling in Polish and English. ASQ-3 all in the expected range.",
                                       "Kasia (mother), Ada")))) 
        return false;

    Contact kaiNewBirth = visit(r.kaiUuid, QDateTime(QDate(2026, 9, 8), QTime(11, 0)), "new-birth", "home", 60,
                                "Kai feeding well, weight regained. Ada adjusting to her brother.", "Kasia (mother), Ada");
    Note low;
    low.familyUuid = r.familyUuid;
    low.text = QStringLiteral("Kasia tearful when talking about the birth; EPDS 13. Listening visits agreed; GP informed with consent.");
    low.restriction = NoteRestriction::HealthVisiting;
    kaiNewBirth.notes << low;
    if (!check(visits.logContact(kaiNewBirth)) ||
        !check(CareTeamService(s).setServiceLevel(r.familyUuid, QStringLiteral("universal-plus"),
                                                  QStringLiteral("Low mood after Kai's birth; listening visits agreed."), QDate(2026, 9, 8))))
        return false;

    Contact notBrought = visit(r.kaiUuid, QDateTime(QDate(2026, 10, 16), QTime(14, 0)), "not-brought", "clinic", 0,
                               "Not brought to the 6–8 week clinic. Letter sent offering a home visit.", "");
    notBrought.actions << action("Phone Kasia to rebook the 6–8 week review", QDate(2026, 10, 23), "Amara (HV)");
    auto logged = visits.logContact(notBrought);
    if (!check(logged))
        return false;
    clock.set(QDateTime(QDate(2026, 10, 20), QTime(12, 0), Qt::UTC));
    if (!check(visits.completeAction(logged.value().actions.first().uuid, QDate(2026, 10, 20))))
        return false;

    Contact call = visit(r.kaiUuid, QDateTime(QDate(2026, 11, 18), QTime(10, 0)), "phone-video", "virtual", 20,
                         "Kasia feeling brighter. Agreed a home visit next week for Kai's 6–8 week review.", "Kasia (mother)");
    call.actions << action("6–8 week review at home, with the scales", QDate(2026, 11, 25), "Amara (HV)");
    if (!check(visits.logContact(call)))
        return false;
    clock.set(now);
    return true;
}

// The record screen with the health visiting panel (care team and schedule) in view, and the
// log contact dialog as the health visitor fills it in for Kai's overdue 6–8 week review.
bool shootHealthVisiting(Session& s, const DemoRecord& r, const QString& out)
{
    bool ok = true;
    gui::FamilyRecordPage page(s);
    page.resize(1280, 900);
    page.showFamily(r.familyUuid, r.kaiUuid);
    ok &= save(&page, out, "health-visiting-panel.png");
    page.hide();

    gui::LogContactDialog dialog(s, page.record(), r.kaiUuid);
    dialog.show();
    QApplication::processEvents();
    dialog.findChild<QLineEdit*>(QStringLiteral("peoplePresentEdit"))->setText(QStringLiteral("Kasia (mother), Kai"));
    dialog.findChild<QSpinBox*>(QStringLiteral("durationSpin"))->setValue(45);
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("outcomeEdit"))
        ->setPlainText(QStringLiteral("Kai 5.9 kg, tracking the 50th centile. Hips and eyes normal. Immunisations due: booked."));
    dialog.findChild<QPushButton*>(QStringLiteral("addActionButton"))->click();
    auto* actions = dialog.findChild<QTableWidget*>(QStringLiteral("actionsTable"));
    for (QLineEdit* editor : actions->viewport()->findChildren<QLineEdit*>()) {
        if (!editor->isVisible())
            continue;
        editor->setText(QStringLiteral("Check Kasia's mood again (EPDS)"));
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(editor, &enter);
    }
    QApplication::processEvents();
    actions->clearSelection();
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"))
        ->setPlainText(QStringLiteral("Kasia says the listening visits are helping; sleeping better."));
    auto* restriction = dialog.findChild<QComboBox*>(QStringLiteral("noteRestrictionCombo"));
    restriction->setCurrentIndex(restriction->findData(QStringLiteral("health-visiting")));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("outcomeEdit"))->setFocus();
    ok &= save(&dialog, out, "log-contact.png");
    return ok;
}

// The CSV import after a preview: new births (two in one household), a child already held,
// a possible duplicate and a row with a mistyped NHS number. Needs the Ashdowns from makeDemoRecord.
bool shootCsvImport(Session& admin, const QString& out, const QString& folder)
{
    QString wrong = demoNhs(23);
    wrong.back() = QChar(u'0' + (wrong.back().digitValue() + 1) % 10);
    const QString csv = QStringList{
        QStringLiteral("NHS No,Forename,Surname,DOB,Address 1,Post Code,Parent Forename,Parent Surname,Relationship,PR,Tel"),
        QStringLiteral("%1,Isla,Brennan,14/10/2026,5 Weaver Court,NG7 3HD,Niamh,Brennan,mother,yes,07700 900215").arg(demoNhs(21)),
        QStringLiteral("%1,Oscar,Brennan,14/10/2026,5 Weaver Court,NG7 3HD,Niamh,Brennan,mother,yes,07700 900215").arg(demoNhs(22)),
        QStringLiteral("%1,Ada,Ashdown,20/01/2025,\"Flat 3, Wharf House\",NG7 1FB,Kasia,Ashdown,mother,yes,").arg(demoNhs(1)),
        QStringLiteral(",Adah,Ashdown,20/01/2025,\"Flat 3, Wharf House\",NG7 1FB,Kasia,Ashdown,mother,yes,"),
        QStringLiteral("%1,Theo,Lindqvist,02/11/2026,18 Kiln Street,NG7 2QP,Freya,Lindqvist,mother,yes,").arg(wrong),
    }.join(QLatin1Char('\n'));
    const QString path = QDir(folder).filePath(QStringLiteral("new-births-november.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0)
        return false;
    file.close();
    gui::CsvImportDialog dialog(admin);
    if (!dialog.loadFile(path))
        return false;
    dialog.findChild<QPushButton*>(QStringLiteral("csvPreviewButton"))->click();
    return save(&dialog, out, "csv-import.png");
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    gui::initResources();
    if (argc < 2 || !ensureSodium()) {
        std::fprintf(stderr, "usage: tandem-screenshots <output-folder>\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));
    DemoStoreRequest demo;
    demo.path = dir.filePath(QStringLiteral("demo.tandem"));
    demo.families = 40;
    demo.kdf = store::KdfParams::testing();
    QByteArray pass("tandem-demo-2026");
    SecureBuffer secret = SecureBuffer::takeFrom(pass);
    if (auto made = DemoService::createDemoStore(demo, secret, clock); !made.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(made.message()));
        return 1;
    }

    bool ok = true;
    gui::UnlockDialog unlock(clock);
    unlock.setStorePath(demo.path);
    unlock.setUsername(QStringLiteral("hv"));
    unlock.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(QStringLiteral("tandem-demo-2026"));
    ok &= save(&unlock, out, "unlock-dialog.png");
    unlock.setMessage(QObject::tr("Locked after 5 minutes without activity."));
    unlock.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->clear();
    ok &= save(&unlock, out, "unlock-dialog-locked.png");
    unlock.hide();

    UnlockRequest request{demo.path, QStringLiteral("hv"), std::chrono::milliseconds(0)};
    auto session = StoreService::unlock(request, secret, clock);
    if (!session.ok())
        return 1;
    gui::MainWindow main(*session.value());
    main.setIdleLockMinutes(5);
    main.resize(1100, 680);
    ok &= save(&main, out, "main-window-families.png");
    main.showArea(QStringLiteral("teamPage"));
    ok &= save(&main, out, "main-window-team.png");
    gui::PreferencesDialog prefs(5);
    ok &= save(&prefs, out, "preferences.png");
    ok &= shootFamilies(out, dir.path(), clock, secret);
    ok &= shootCaseload(out, dir.path(), clock, secret);

    // The family record, as the health visitor who is the Ashdowns' key worker sees it.
    const auto ashdowns = makeDemoRecord(*session.value(), clock);
    if (!ashdowns || !addHealthVisiting(*session.value(), clock, *ashdowns))
        return 1;
    gui::FamilyRecordPage record(*session.value());
    record.resize(1100, 720);
    record.showFamily(ashdowns->familyUuid, ashdowns->adaUuid);
    ok &= save(&record, out, "family-record.png");
    record.hide();
    ok &= shootHealthVisiting(*session.value(), *ashdowns, out);

    // Merging Kai's duplicate from the birth list, as the administrator.
    UnlockRequest adminRequest{demo.path, QStringLiteral("admin"), std::chrono::milliseconds(0)};
    auto admin = StoreService::unlock(adminRequest, secret, clock);
    if (!admin.ok())
        return 1;
    auto ashdownRecord = FamilyRecordService(*admin.value()).record(ashdowns->familyUuid);
    if (!ashdownRecord.ok())
        return 1;
    gui::MergeChildrenDialog merge(*admin.value(), ashdownRecord.value(), ashdowns->kaiUuid);
    merge.findChild<QLineEdit*>(QStringLiteral("duplicateSearchEdit"))->setText(QStringLiteral("kai ashdown"));
    merge.findChild<QListWidget*>(QStringLiteral("duplicateResultsView"))->setCurrentRow(0);
    merge.findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))
        ->setPlainText(QStringLiteral("Registered again from the September birth list before the NHS number came through."));
    merge.findChild<QCheckBox*>(QStringLiteral("confirmCheck"))->setChecked(true);
    ok &= save(&merge, out, "merge-children.png");
    merge.hide();
    ok &= shootCsvImport(*admin.value(), out, dir.path());
    ok &= shootAssessments(*session.value(), *admin.value(), clock, out);
    ok &= shootConsent(*session.value(), clock, secret, dir.path(), out);
    ok &= shootSharing(out, dir.path(), clock, secret);
    return ok ? 0 : 1;
}
