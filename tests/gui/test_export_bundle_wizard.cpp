#include "GuiTestHelpers.h"
#include "SharingTestData.h"

#include "ExportBundleWizard.h"

#include "tandem/services/BundleImportService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

QString cell(QTableWidget* table, int row, int column) { return table->item(row, column)->text(); }

int rowOf(QTableWidget* table, const QString& first)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (cell(table, row, 0) == first)
            return row;
    return -1;
}

// Chooses the centre and waits for the preview, as a person pressing Next would.
void previewCentre(ExportBundleWizard& wizard)
{
    REQUIRE(wizard.selectPartner(kCentreCode));
    QSignalSpy ready(&wizard, &ExportBundleWizard::previewReady);
    QTest::mouseClick(child<QPushButton>(&wizard, "nextButton"), Qt::LeftButton);
    CHECK(wizard.step() == ExportBundleWizard::Step::Preview);
    REQUIRE(ready.wait(20000));
    REQUIRE_FALSE(wizard.isBusy());
}

} // namespace

TEST_CASE("ExportBundleWizard: the preview counts what each consent covers and says who is left out and why", "[gui][sharing]")
{
    SharingPair pair;
    pair.exchangeCards();
    const ExportMatrix m = buildExportMatrix(pair);

    ExportBundleWizard wizard(*pair.hv.worker);
    wizard.show();
    CHECK(wizard.step() == ExportBundleWizard::Step::Partner);
    CHECK(child<QComboBox>(&wizard, "partnerCombo")->count() == 2); // the centre and Westfield
    previewCentre(wizard);

    REQUIRE(wizard.preview().has_value());
    CHECK(wizard.preview()->children == 2);
    CHECK(child<QLabel>(&wizard, "previewSummaryLabel")->text().contains(QStringLiteral("2 children")));
    // The safeguarding share is shown apart from the consented ones.
    auto* safeguarding = child<QLabel>(&wizard, "safeguardingNoticeLabel");
    CHECK(safeguarding->isVisible());
    CHECK(safeguarding->text().contains(QStringLiteral("1 child will be shared without consent")));
    CHECK_FALSE(child<QLabel>(&wizard, "withdrawalNoticeLabel")->isVisible()); // never sent, so no notice is due

    auto* categories = child<QTableWidget>(&wizard, "categoryTable");
    REQUIRE(categories->rowCount() == ShareCategories::all().size());
    const auto count = [categories](ShareCategory c) {
        const int row = rowOf(categories, ShareCategories::displayName(c));
        REQUIRE(row >= 0);
        return cell(categories, row, 1);
    };
    CHECK(count(ShareCategory::Identity) == QStringLiteral("2"));
    CHECK(count(ShareCategory::Birth) == QStringLiteral("1"));
    CHECK(count(ShareCategory::Assessments) == QStringLiteral("0"));

    auto* leftOut = child<QTableWidget>(&wizard, "leftOutTable");
    CHECK(leftOut->rowCount() == 3); // Freya, with nothing recorded, is not listed one by one
    const auto reason = [leftOut](const Family& f) {
        const int row = rowOf(leftOut, f.children.first().givenName + QLatin1Char(' ') + f.children.first().familyName);
        INFO("left out: " << f.children.first().givenName.toStdString());
        REQUIRE(row >= 0);
        return cell(leftOut, row, 1);
    };
    CHECK(reason(m.otherPartner).contains(QStringLiteral("other organisations, not CC-BL01")));
    CHECK(reason(m.expired).contains(QStringLiteral("expired on")));
    CHECK(reason(m.withdrawn).contains(QStringLiteral("withdrawn on")));
    CHECK(rowOf(leftOut, QStringLiteral("Freya Castellane")) < 0);
    CHECK(rowOf(leftOut, QStringLiteral("Wren Hollowby")) < 0);

    // Back to the first step and on to Westfield: a different answer.
    QTest::mouseClick(child<QPushButton>(&wizard, "backButton"), Qt::LeftButton);
    CHECK(wizard.step() == ExportBundleWizard::Step::Partner);
    REQUIRE(wizard.selectPartner(QStringLiteral("WF-FH02")));
    QSignalSpy ready(&wizard, &ExportBundleWizard::previewReady);
    QTest::mouseClick(child<QPushButton>(&wizard, "nextButton"), Qt::LeftButton);
    REQUIRE(ready.wait(20000));
    CHECK(wizard.preview()->children == 1);
    CHECK_FALSE(child<QLabel>(&wizard, "safeguardingNoticeLabel")->isVisible());
}

TEST_CASE("ExportBundleWizard: exports with progress and ends on the path and a summary", "[gui][sharing]")
{
    SharingPair pair;
    pair.exchangeCards();
    buildExportMatrix(pair);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("to-centre.tandembundle"));

    ExportBundleWizard wizard(*pair.hv.worker);
    wizard.show();
    previewCentre(wizard);
    QTest::mouseClick(child<QPushButton>(&wizard, "nextButton"), Qt::LeftButton);
    REQUIRE(wizard.step() == ExportBundleWizard::Step::File);
    auto* pathEdit = child<QLineEdit>(&wizard, "bundlePathEdit");
    CHECK(pathEdit->text().endsWith(QStringLiteral(".tandembundle"))); // a name is suggested
    pathEdit->setText(path);
    auto* exportButton = child<QPushButton>(&wizard, "exportButton");
    REQUIRE(exportButton->isEnabled());

    QSignalSpy exported(&wizard, &ExportBundleWizard::exported);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    CHECK(wizard.isBusy());
    CHECK_FALSE(child<QPushButton>(&wizard, "cancelButton")->isEnabled()); // no leaving half way
    wizard.reject();
    CHECK(wizard.isVisible());
    REQUIRE(exported.wait(20000));
    auto* bar = child<QProgressBar>(&wizard, "exportProgressBar");
    CHECK(bar->maximum() == 2); // one step per child written
    CHECK(bar->value() == 2);

    CHECK(wizard.step() == ExportBundleWizard::Step::Done);
    REQUIRE(wizard.exportResult().has_value());
    CHECK(wizard.exportResult()->sent.children == 2);
    const QString done = child<QLabel>(&wizard, "doneLabel")->text();
    CHECK(done.contains(QDir::toNativeSeparators(path)));
    CHECK(done.contains(QStringLiteral("2 children")));
    CHECK(done.contains(QStringLiteral("1 shared without consent")));
    CHECK(child<QPushButton>(&wizard, "cancelButton")->text().contains(QStringLiteral("Close")));

    auto header = BundleImportService::inspectHeader(path);
    REQUIRE(header.ok());
    CHECK(header.value().recipientCode == kCentreCode);
    CHECK(header.value().senderCode == kHvCode);
    auto centre = PartnerService(*pair.hv.worker).byCode(kCentreCode);
    REQUIRE(centre.ok());
    CHECK(centre.value().lastSentAt.has_value());
}

TEST_CASE("ExportBundleWizard: nothing to send stops at the preview, and a file is never replaced unasked", "[gui][sharing]")
{
    SharingPair pair;
    pair.exchangeCards();
    ExportBundleWizard empty(*pair.hv.worker);
    empty.show();
    previewCentre(empty);
    CHECK(child<QLabel>(&empty, "previewSummaryLabel")->text().contains(QStringLiteral("Nothing can be sent")));
    CHECK_FALSE(child<QPushButton>(&empty, "nextButton")->isEnabled());
    empty.hide();

    buildExportMatrix(pair);
    QTemporaryDir out;
    const QString existing = out.filePath(QStringLiteral("keep-me.tandembundle"));
    writeFile(existing, QByteArray("a file someone wants to keep"));
    ExportBundleWizard wizard(*pair.hv.worker);
    wizard.show();
    previewCentre(wizard);
    QTest::mouseClick(child<QPushButton>(&wizard, "nextButton"), Qt::LeftButton);
    child<QLineEdit>(&wizard, "bundlePathEdit")->setText(existing);
    QTest::mouseClick(child<QPushButton>(&wizard, "exportButton"), Qt::LeftButton);
    CHECK_FALSE(wizard.isBusy());
    auto* message = child<QLabel>(&wizard, "exportMessageLabel");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("already exists")));
    CHECK(readFile(existing) == QByteArray("a file someone wants to keep"));
    CHECK(wizard.step() == ExportBundleWizard::Step::File);
}

TEST_CASE("Accessibility: the export wizard", "[gui][a11y][sharing]")
{
    SharingPair pair;
    pair.exchangeCards();
    buildExportMatrix(pair);
    ExportBundleWizard wizard(*pair.hv.worker);
    checkKeyboardAndNames(&wizard);
    previewCentre(wizard);
    checkKeyboardAndNames(&wizard);
    QTest::mouseClick(child<QPushButton>(&wizard, "nextButton"), Qt::LeftButton);
    checkKeyboardAndNames(&wizard);
}
