#include "GuiTestHelpers.h"
#include "SharingTestData.h"

#include "ImportBundleDialog.h"

#include "tandem/services/BundleImportService.h"
#include "tandem/services/SearchService.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

QString cell(QTableWidget* table, int row, int column) { return table->item(row, column)->text(); }

int rowOf(QTableWidget* table, int column, const QString& startsWith)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (cell(table, row, column).startsWith(startsWith))
            return row;
    return -1;
}

int found(Session& session, const QString& text)
{
    auto page = SearchService(session).search(text);
    REQUIRE(page.ok());
    return static_cast<int>(page.value().rows.size());
}

// Health visitors send the centre Wren (consent) and Theo (safeguarding share). The centre
// already knows Wren, by the same NHS number, at another address.
struct ImportScene {
    ImportScene()
    {
        pair.exchangeCards();
        buildExportMatrix(pair);
        Family wren = sampleFamily(QStringLiteral("Wren"), QStringLiteral("Hollowby"), QDate(2025, 3, 1), testNhsNumber(701));
        wren.address.line1 = QStringLiteral("3 Tannery Yard");
        registerSample(*pair.centre.worker, wren);
        REQUIRE(out.isValid());
        path = out.filePath(QStringLiteral("from-hv.tandembundle"));
        exportToCentre(pair, path);
    }

    Session& centre() { return *pair.centre.worker; }

    SharingPair pair;
    QTemporaryDir out;
    QString path;
};

enum class Expect { Preview, Refusal };

// Loads the file and waits for the checks in the background to end as expected.
void load(ImportBundleDialog& dialog, const QString& path, Expect expect = Expect::Preview)
{
    QSignalSpy ready(&dialog, &ImportBundleDialog::previewReady);
    QSignalSpy refused(&dialog, &ImportBundleDialog::refused);
    REQUIRE(dialog.loadFile(path));
    REQUIRE((expect == Expect::Preview ? ready : refused).wait(20000));
    CHECK((expect == Expect::Preview ? refused : ready).isEmpty());
    REQUIRE_FALSE(dialog.isBusy());
}

} // namespace

TEST_CASE("ImportBundleDialog: preview of a partner's bundle, then import in one go", "[gui][sharing]")
{
    ImportScene scene;
    ImportBundleDialog dialog(scene.centre());
    dialog.show();
    auto* importButton = child<QPushButton>(&dialog, "importBundleButton");
    CHECK_FALSE(importButton->isEnabled());

    load(dialog, scene.path);
    CHECK(dialog.refusal().isEmpty());
    const QString header = child<QLabel>(&dialog, "bundleHeaderLabel")->text();
    CHECK(header.contains(QStringLiteral("Northgate Health Visiting Team")));
    CHECK(header.contains(QStringLiteral("this organisation")));
    REQUIRE(dialog.preview().has_value());

    auto* children = child<QTableWidget>(&dialog, "childrenTable");
    REQUIRE(children->rowCount() == 2);
    const int theo = rowOf(children, 0, QStringLiteral("Theo Lindqvist"));
    const int wren = rowOf(children, 0, QStringLiteral("Wren Hollowby"));
    REQUIRE(theo >= 0);
    REQUIRE(wren >= 0);
    CHECK(cell(children, theo, 1) == QStringLiteral("New · shared without consent"));
    CHECK(cell(children, wren, 1) == QStringLiteral("Matched by NHS number"));
    auto* notice = child<QLabel>(&dialog, "importNoticeLabel");
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("Shared without consent")));
    CHECK(notice->text().contains(QStringLiteral("Theo Lindqvist")));

    // The address changed on both sides: both values shown, the row highlighted.
    auto* changes = child<QTableWidget>(&dialog, "changesTable");
    const int conflict = rowOf(changes, 2, QStringLiteral("3 Tannery Yard"));
    REQUIRE(conflict >= 0);
    CHECK(cell(changes, conflict, 0) == QStringLiteral("Wren Hollowby"));
    CHECK(cell(changes, conflict, 3) == QStringLiteral("12 Larkspur Road"));
    CHECK(cell(changes, conflict, 4).startsWith(QStringLiteral("Conflict")));
    CHECK(changes->item(conflict, 3)->background().color() == QColor(0xff, 0xf4, 0xce));
    CHECK(dialog.preview()->conflicts == 1);
    CHECK(child<QLabel>(&dialog, "importSummaryLabel")->text().contains(QStringLiteral("1 new child")));

    // Nothing is written by the preview.
    CHECK(found(scene.centre(), QStringLiteral("Lindqvist")) == 0);
    REQUIRE(importButton->isEnabled());
    QSignalSpy imported(&dialog, &ImportBundleDialog::imported);
    QTest::mouseClick(importButton, Qt::LeftButton);
    CHECK(dialog.isBusy());
    REQUIRE(imported.wait(20000));
    REQUIRE(dialog.importResult().has_value());
    CHECK(child<QLabel>(&dialog, "importSummaryLabel")->text().contains(QStringLiteral("Imported from Northgate")));
    CHECK(importButton->text().contains(QStringLiteral("Close")));
    CHECK(found(scene.centre(), QStringLiteral("Lindqvist")) == 1);
    auto open = BundleImportService(scene.centre()).conflicts();
    REQUIRE(open.ok());
    CHECK(open.value().size() == 1);
    auto sender = PartnerService(scene.centre()).byCode(kHvCode);
    REQUIRE(sender.ok());
    CHECK(sender.value().lastReceivedAt.has_value());
    QTest::mouseClick(importButton, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    // The same file again: shown as already imported, and there is nothing to import.
    ImportBundleDialog again(scene.centre());
    again.show();
    load(again, scene.path);
    REQUIRE(again.preview().has_value());
    CHECK(again.preview()->alreadyImported);
    CHECK(child<QLabel>(&again, "importNoticeLabel")->text().contains(QStringLiteral("already been imported")));
    CHECK_FALSE(child<QPushButton>(&again, "importBundleButton")->isEnabled());
}

TEST_CASE("ImportBundleDialog: a damaged bundle is refused with the reason, and nothing changes", "[gui][sharing]")
{
    ImportScene scene;
    QByteArray bytes = readFile(scene.path);
    bytes[bytes.size() - 20] = static_cast<char>(bytes.at(bytes.size() - 20) ^ 0x01);
    const QString damaged = scene.out.filePath(QStringLiteral("damaged.tandembundle"));
    writeFile(damaged, bytes);

    ImportBundleDialog dialog(scene.centre());
    dialog.show();
    load(dialog, damaged, Expect::Refusal);
    auto* refusal = child<QLabel>(&dialog, "refusalLabel");
    CHECK(refusal->isVisible());
    CHECK(refusal->text().contains(QStringLiteral("Bundle refused")));
    CHECK(refusal->text().contains(QStringLiteral("damaged")));
    CHECK_FALSE(dialog.preview().has_value());
    CHECK_FALSE(child<QPushButton>(&dialog, "importBundleButton")->isEnabled());
    CHECK(child<QTableWidget>(&dialog, "childrenTable")->rowCount() == 0);

    CHECK(found(scene.centre(), QStringLiteral("Lindqvist")) == 0);
    auto sender = PartnerService(scene.centre()).byCode(kHvCode);
    REQUIRE(sender.ok());
    CHECK_FALSE(sender.value().lastReceivedAt.has_value());
    auto open = BundleImportService(scene.centre()).conflicts();
    REQUIRE(open.ok());
    CHECK(open.value().isEmpty());

    // The intact file still imports afterwards: the refusal left no trace.
    ImportBundleDialog intact(scene.centre());
    load(intact, scene.path);
    CHECK(intact.refusal().isEmpty());
    CHECK(child<QPushButton>(&intact, "importBundleButton")->isEnabled());
}

TEST_CASE("ImportBundleDialog: a file that is not a bundle, and one addressed elsewhere, are refused", "[gui][sharing]")
{
    ImportScene scene;
    const QString notes = scene.out.filePath(QStringLiteral("notes.txt"));
    writeFile(notes, QByteArray("Minutes of the strategy meeting"));
    ImportBundleDialog dialog(scene.centre());
    dialog.show();
    CHECK_FALSE(dialog.loadFile(notes));
    CHECK_FALSE(dialog.isBusy());
    CHECK(child<QLabel>(&dialog, "refusalLabel")->isVisible());
    CHECK(dialog.refusal().contains(QStringLiteral("not a Tandem sharing bundle")));

    // Tobin's bundle for Westfield cannot be opened at the centre.
    const QString westfield = scene.out.filePath(QStringLiteral("to-westfield.tandembundle"));
    auto sent = BundleExportService(*scene.pair.hv.worker).exportTo(QStringLiteral("WF-FH02"), westfield);
    REQUIRE(sent.ok());
    load(dialog, westfield, Expect::Refusal);
    CHECK(child<QLabel>(&dialog, "bundleHeaderLabel")->text().contains(QStringLiteral("WF-FH02")));
    CHECK(dialog.refusal().contains(QStringLiteral("not to this organisation")));
    CHECK_FALSE(child<QPushButton>(&dialog, "importBundleButton")->isEnabled());
    CHECK(found(scene.centre(), QStringLiteral("Marchetti")) == 0);
}

TEST_CASE("Accessibility: importing a bundle", "[gui][a11y][sharing]")
{
    ImportScene scene;
    ImportBundleDialog dialog(scene.centre());
    load(dialog, scene.path);
    checkKeyboardAndNames(&dialog);
}
