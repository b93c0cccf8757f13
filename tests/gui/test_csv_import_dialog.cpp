#include "FamilyFixtures.h"
#include "GuiTestHelpers.h"
#include "TestStore.h"

#include "CsvImportDialog.h"

#include "tandem/services/SearchService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

// Changes the last digit, so the number fails Modulus 11.
QString badCheckDigit(const QString& nhs) { return nhs.left(9) + QString::number((nhs.back().digitValue() + 1) % 10); }

QString writeCsv(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("births.csv"));
    writeFile(path, QStringLiteral("NHS No,Forename,Surname,DOB,Address 1,Post Code\n"
                                   "%1,Wren,Hollowby,01/02/2025,4 Elm Road,NG7 2QP\n"
                                   "%2,Tobin,Marchetti,03/03/2025,9 Mill Lane,NG7 2QP\n")
                        .arg(syntheticNhs(41), badCheckDigit(syntheticNhs(42)))
                        .toUtf8());
    return path;
}

QString cell(QTableWidget* table, int row, int column) { return table->item(row, column)->text(); }

// The preview row for a line of the file, or -1.
int rowForLine(QTableWidget* table, int line)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (cell(table, row, 0) == QString::number(line))
            return row;
    return -1;
}

} // namespace

TEST_CASE("CsvImportDialog: preview, import, and importing again finds the child held", "[gui][csv]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeCsv(dir);

    CsvImportDialog dialog(*session);
    dialog.show();
    auto* importButton = child<QPushButton>(&dialog, "csvImportButton");
    auto* previewButton = child<QPushButton>(&dialog, "csvPreviewButton");
    auto* preview = child<QTableWidget>(&dialog, "csvPreviewTable");
    CHECK_FALSE(importButton->isEnabled()); // nothing chosen yet

    REQUIRE(dialog.loadFile(path));
    CHECK_FALSE(child<QLabel>(&dialog, "csvMessageLabel")->isVisible());
    CHECK_FALSE(importButton->isEnabled()); // no preview yet
    // The headings were matched to fields; every field has a row and a named choice.
    auto* mapping = child<QTableWidget>(&dialog, "csvMappingTable");
    REQUIRE(mapping->rowCount() == CsvImportService::fields().size());
    for (int row = 0; row < mapping->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(mapping->cellWidget(row, 1));
        REQUIRE(combo != nullptr);
        CHECK_FALSE(combo->accessibleName().isEmpty());
        if (mapping->item(row, 0)->text().startsWith(QStringLiteral("Postcode")))
            CHECK(combo->currentText() == QStringLiteral("Post Code"));
    }

    QTest::mouseClick(previewButton, Qt::LeftButton);
    REQUIRE(preview->rowCount() == 2);
    const int fine = rowForLine(preview, 2);
    const int bad = rowForLine(preview, 3);
    REQUIRE(fine >= 0);
    REQUIRE(bad >= 0);
    CHECK(cell(preview, fine, 1) == QStringLiteral("New"));
    CHECK(cell(preview, fine, 2) == QStringLiteral("Wren Hollowby"));
    CHECK(cell(preview, bad, 1) == QStringLiteral("Error"));
    CHECK(cell(preview, bad, 3).contains(QStringLiteral("NHS number")));
    CHECK(preview->item(fine, 1)->background() != preview->item(bad, 1)->background());
    CHECK(child<QLabel>(&dialog, "csvSummaryLabel")->text().contains(QStringLiteral("New: 1")));
    REQUIRE(importButton->isEnabled());

    QTest::mouseClick(importButton, Qt::LeftButton);
    REQUIRE(dialog.outcome().has_value());
    CHECK(dialog.outcome()->childrenCreated == 1);
    CHECK(importButton->text().contains(QStringLiteral("Close")));
    CHECK(dialog.isVisible()); // the outcome stays on screen until Close
    auto found = SearchService(*session).search(QStringLiteral("Hollowby"));
    REQUIRE(found.ok());
    REQUIRE(found.value().rows.size() == 1);
    CHECK(found.value().rows.first().givenName == QStringLiteral("Wren"));

    QTest::mouseClick(importButton, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    // The same file again: the child is already held, so there is nothing new to import.
    CsvImportDialog again(*session);
    again.show();
    REQUIRE(again.loadFile(path));
    QTest::mouseClick(child<QPushButton>(&again, "csvPreviewButton"), Qt::LeftButton);
    auto* preview2 = child<QTableWidget>(&again, "csvPreviewTable");
    const int held = rowForLine(preview2, 2);
    REQUIRE(held >= 0);
    CHECK(cell(preview2, held, 1) == QStringLiteral("Already held"));
    CHECK_FALSE(child<QPushButton>(&again, "csvImportButton")->isEnabled());
}

TEST_CASE("CsvImportDialog: a file that cannot be read, and a required column left out, show in the message area", "[gui][csv]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CsvImportDialog dialog(*session);
    dialog.show();
    auto* message = child<QLabel>(&dialog, "csvMessageLabel");

    const QString broken = dir.filePath(QStringLiteral("broken.csv"));
    writeFile(broken, QByteArray("Forename,Surname\n\"Wren,Hollowby\n"));
    CHECK_FALSE(dialog.loadFile(broken));
    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());
    CHECK_FALSE(child<QPushButton>(&dialog, "csvPreviewButton")->isEnabled());

    REQUIRE(dialog.loadFile(writeCsv(dir)));
    CHECK_FALSE(message->isVisible());
    auto* mapping = child<QTableWidget>(&dialog, "csvMappingTable");
    for (int row = 0; row < mapping->rowCount(); ++row)
        if (mapping->item(row, 0)->text().startsWith(QStringLiteral("Postcode")))
            qobject_cast<QComboBox*>(mapping->cellWidget(row, 1))->setCurrentIndex(0); // "(not in this file)"
    QTest::mouseClick(child<QPushButton>(&dialog, "csvPreviewButton"), Qt::LeftButton);
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("Postcode")));
    CHECK(child<QTableWidget>(&dialog, "csvPreviewTable")->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(&dialog, "csvImportButton")->isEnabled());
    CHECK(dialog.isVisible());
}
