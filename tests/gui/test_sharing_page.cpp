#include "GuiTestHelpers.h"
#include "SharingTestData.h"

#include "AddPartnerDialog.h"
#include "ConflictsDialog.h"
#include "ExportBundleWizard.h"
#include "MainWindow.h"
#include "PartnersPanel.h"
#include "SharingPage.h"

#include "tandem/services/BundleImportService.h"
#include "tandem/services/FamilyRecordService.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

// The centre holds Wren at another address; importing the health visitors' bundle leaves that
// address as one open conflict.
struct ConflictScene {
    ConflictScene()
    {
        pair.exchangeCards();
        buildExportMatrix(pair);
        Family draft = sampleFamily(QStringLiteral("Wren"), QStringLiteral("Hollowby"), QDate(2025, 3, 1), testNhsNumber(701));
        draft.address.line1 = QStringLiteral("3 Tannery Yard");
        wren = registerSample(*pair.centre.worker, draft);
        REQUIRE(out.isValid());
        const QString path = out.filePath(QStringLiteral("from-hv.tandembundle"));
        exportToCentre(pair, path);
        auto imported = BundleImportService(*pair.centre.worker).import(path);
        INFO(imported.message().toStdString());
        REQUIRE(imported.ok());
        REQUIRE(imported.value().applied.conflicts == 1);
    }

    SharingPair pair;
    QTemporaryDir out;
    Family wren;
};

} // namespace

TEST_CASE("SharingPage: what a health visitor with no partners yet can and cannot do", "[gui][sharing]")
{
    SharingPair pair;
    SharingPage page(*pair.hv.worker);
    page.show();
    CHECK(page.objectName() == QStringLiteral("sharingPage"));
    auto* exportButton = child<QPushButton>(&page, "exportBundleButton");
    auto* importButton = child<QPushButton>(&page, "importBundleButton");
    auto* conflicts = child<QPushButton>(&page, "resolveConflictsButton");
    CHECK_FALSE(exportButton->isEnabled());
    CHECK(exportButton->toolTip().contains(QStringLiteral("Add a partner organisation first")));
    CHECK_FALSE(importButton->isEnabled());
    CHECK(conflicts->text() == QStringLiteral("&Resolve conflicts (0)…"));
    CHECK_FALSE(conflicts->isEnabled());
    CHECK(child<QLabel>(&page, "noPartnersLabel")->isVisible());

    // Trusting a partner's keys is for a team lead or an administrator.
    auto* add = child<QPushButton>(&page, "addPartnerButton");
    CHECK_FALSE(add->isEnabled());
    CHECK(add->toolTip().contains(QStringLiteral("does not allow you to manage partner organisations")));
    CHECK(page.partnersPanel()->openAddPartner() == nullptr);
    CHECK(child<QLabel>(&page, "sharingRoleNote")->isVisible());
}

TEST_CASE("SharingPage: an administrator adds partners but does not exchange bundles", "[gui][sharing]")
{
    SharingPair pair;
    pair.exchangeCards();
    SharingPage page(*pair.hv.admin);
    page.show();
    CHECK(child<QPushButton>(&page, "addPartnerButton")->isEnabled());
    for (const char* name : {"exportBundleButton", "importBundleButton", "resolveConflictsButton"}) {
        auto* b = child<QPushButton>(&page, name);
        INFO(name);
        CHECK_FALSE(b->isEnabled());
        CHECK(b->toolTip().contains(QStringLiteral("does not allow you to exchange sharing bundles")));
    }
    CHECK(page.openExportWizard() == nullptr);
    CHECK(page.openImportDialog() == nullptr);
    CHECK(page.openConflictsDialog() == nullptr);
    auto* dialog = page.partnersPanel()->openAddPartner();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    dialog->reject();
}

TEST_CASE("SharingPage: partners listed with fingerprints, and our card saved to read aloud", "[gui][sharing]")
{
    SharingPair pair;
    pair.exchangeCards();
    QTemporaryDir out;
    SharingPage page(*pair.hv.worker);
    page.show();

    auto* table = child<QTableWidget>(&page, "partnersTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Brook Lane Children's Centre"));
    CHECK(table->item(0, 1)->text() == kCentreCode);
    const QString fingerprint = pair.centre.card().fingerprint();
    CHECK(sharing::normaliseFingerprint(table->item(0, 2)->text()) == sharing::normaliseFingerprint(fingerprint));
    CHECK(table->item(0, 2)->text().contains(QLatin1Char(' '))); // in groups
    CHECK(table->item(0, 3)->text() == QStringLiteral("Never"));
    CHECK(child<QPushButton>(&page, "exportBundleButton")->isEnabled());
    CHECK(child<QPushButton>(&page, "importBundleButton")->isEnabled());

    const QString path = out.filePath(QStringLiteral("northgate-card.json"));
    REQUIRE(page.partnersPanel()->saveOwnCard(path));
    auto saved = sharing::PartnerCard::fromJson(readFile(path));
    REQUIRE(saved.ok());
    const QString ours = pair.hv.card().fingerprint();
    CHECK(saved.value().fingerprint() == ours);
    CHECK(saved.value().organisationCode == kHvCode);
    CHECK(sharing::normaliseFingerprint(child<QLabel>(&page, "ownFingerprintLabel")->text()) == sharing::normaliseFingerprint(ours));
    auto* savedLabel = child<QLabel>(&page, "ownCardSavedLabel");
    CHECK(savedLabel->isVisible());
    CHECK(savedLabel->text().contains(QStringLiteral("read out the fingerprint")));

    // Exporting is recorded against the partner.
    buildExportMatrix(pair); // consents for the centre, and a second partner (sorted after it)
    exportToCentre(pair, out.filePath(QStringLiteral("bundle.tandembundle")));
    page.reload();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(1, 0)->text() == QStringLiteral("Westfield Family Hub"));
    CHECK(table->item(0, 3)->text() != QStringLiteral("Never"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Never"));

    // The export button opens the wizard, window-modal over the page.
    QTest::mouseClick(child<QPushButton>(&page, "exportBundleButton"), Qt::LeftButton);
    auto* wizard = page.findChild<ExportBundleWizard*>();
    REQUIRE(wizard != nullptr);
    CHECK(wizard->isVisible());
    CHECK(wizard->windowModality() == Qt::WindowModal);
    wizard->reject();
}

TEST_CASE("SharingPage: the open conflicts are counted and resolved from the dialog", "[gui][sharing]")
{
    ConflictScene scene;
    Session& centre = *scene.pair.centre.worker;
    SharingPage page(centre);
    page.show();
    CHECK(page.openConflicts() == 1);
    auto* conflicts = child<QPushButton>(&page, "resolveConflictsButton");
    CHECK(conflicts->text() == QStringLiteral("&Resolve conflicts (1)…"));
    REQUIRE(conflicts->isEnabled());
    CHECK(child<QTableWidget>(&page, "partnersTable")->item(0, 4)->text() != QStringLiteral("Never")); // last received

    QTest::mouseClick(conflicts, Qt::LeftButton);
    auto* dialog = page.findChild<ConflictsDialog*>();
    REQUIRE(dialog != nullptr);
    auto* table = child<QTableWidget>(dialog, "conflictsTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Wren Hollowby"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("3 Tannery Yard"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("12 Larkspur Road"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Northgate Health Visiting Team"));

    QTest::mouseClick(child<QPushButton>(dialog, "usePartnerButton0"), Qt::LeftButton);
    CHECK(table->rowCount() == 0);
    CHECK(child<QLabel>(dialog, "conflictsStatusLabel")->text().contains(QStringLiteral("No conflicts are waiting")));
    CHECK(page.openConflicts() == 0);
    CHECK(conflicts->text() == QStringLiteral("&Resolve conflicts (0)…"));
    CHECK_FALSE(conflicts->isEnabled());

    auto record = FamilyRecordService(centre).record(scene.wren.uuid);
    REQUIRE(record.ok());
    CHECK(record.value().family.address.line1 == QStringLiteral("12 Larkspur Road"));
    auto open = BundleImportService(centre).conflicts();
    REQUIRE(open.ok());
    CHECK(open.value().isEmpty());
}

TEST_CASE("ConflictsDialog: keeping our value leaves the record as it was", "[gui][sharing]")
{
    ConflictScene scene;
    Session& centre = *scene.pair.centre.worker;
    ConflictsDialog dialog(centre);
    dialog.show();
    REQUIRE(dialog.openCount() == 1);
    auto* keep = child<QPushButton>(&dialog, "keepOursButton0");
    CHECK(keep->accessibleName().contains(QStringLiteral("Wren Hollowby")));
    QTest::mouseClick(keep, Qt::LeftButton);
    CHECK(dialog.openCount() == 0);
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("keepOursButton0")) == nullptr); // the old row's button is gone by name
    auto record = FamilyRecordService(centre).record(scene.wren.uuid);
    REQUIRE(record.ok());
    CHECK(record.value().family.address.line1 == QStringLiteral("3 Tannery Yard"));
}

TEST_CASE("SharingPage: the main window's Sharing area is the real page", "[gui][sharing]")
{
    SharingPair pair;
    MainWindow w(*pair.hv.worker);
    w.show();
    w.showArea(QStringLiteral("sharingPage"));
    CHECK(w.currentArea() == QStringLiteral("sharingPage"));
    auto* page = w.findChild<SharingPage*>();
    REQUIRE(page != nullptr);
    CHECK(page->isVisible());
    CHECK(w.findChild<QLabel*>(QStringLiteral("sharingPageStatus")) == nullptr); // no placeholder left
}

TEST_CASE("Accessibility: the Sharing area", "[gui][a11y][sharing]")
{
    ConflictScene scene;
    SharingPage page(*scene.pair.centre.worker);
    checkKeyboardAndNames(&page);
    ConflictsDialog dialog(*scene.pair.centre.worker);
    checkKeyboardAndNames(&dialog);
}
