// Renders the screens used in docs/user-guide.md from a synthetic demo store, offscreen.
// Usage: tandem-screenshots <output-folder>
#include "AppController.h"
#include "CsvImportDialog.h"
#include "FamiliesPage.h"
#include "FamilyRecordPage.h"
#include "MainWindow.h"
#include "MergeChildrenDialog.h"
#include "PreferencesDialog.h"
#include "RegisterFamilyDialog.h"
#include "Resources.h"
#include "UnlockDialog.h"

#include "tandem/core/Clock.h"
#include "tandem/core/Sodium.h"
#include "tandem/domain/NhsNumber.h"
#include "tandem/services/DemoService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/StoreService.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFocusEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
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

    // The family record, as the health visitor who is the Ashdowns' key worker sees it.
    const auto ashdowns = makeDemoRecord(*session.value(), clock);
    if (!ashdowns)
        return 1;
    gui::FamilyRecordPage record(*session.value());
    record.resize(1100, 720);
    record.showFamily(ashdowns->familyUuid, ashdowns->adaUuid);
    ok &= save(&record, out, "family-record.png");
    record.hide();

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
    return ok ? 0 : 1;
}
