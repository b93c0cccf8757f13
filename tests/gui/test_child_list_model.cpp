#include "FamilyTestData.h"
#include "GuiTestHelpers.h"

#include "ChildListModel.h"

#include "tandem/services/SearchService.h"

#include <QRegularExpression>
#include <QSignalSpy>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {
QString cell(const ChildListModel& m, int row, int column) { return m.data(m.index(row, column)).toString(); }
}

TEST_CASE("ChildListModel: reads the list a page at a time and stops at the end", "[gui][families]")
{
    DemoStore demo(360); // about 450 children: one first page, a second, and a short third
    auto total = SearchService(*demo.session).countChildren();
    REQUIRE(total.ok());
    REQUIRE(total.value() > 2 * ChildListModel::kPageSize);

    ChildListModel model(*demo.session);
    model.setQuery(QString());
    CHECK(model.rowCount() == ChildListModel::kPageSize);
    CHECK(model.columnCount() == 4);
    REQUIRE(model.canFetchMore());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore();
    CHECK(model.rowCount() == 2 * ChildListModel::kPageSize);
    CHECK(inserted.count() == 1);
    REQUIRE(model.canFetchMore());
    model.fetchMore();
    CHECK(model.rowCount() == total.value());
    CHECK_FALSE(model.canFetchMore());
    model.fetchMore(); // a view asking again at the end changes nothing
    CHECK(model.rowCount() == total.value());
    CHECK(inserted.count() == 2);

    // Ordered by the service: family name, then given name, across page boundaries.
    for (int row = 1; row < model.rowCount(); ++row) {
        const ChildSummary a = model.summaryAt(row - 1);
        const ChildSummary b = model.summaryAt(row);
        INFO("rows " << row - 1 << " and " << row);
        CHECK(a.familyName.compare(b.familyName, Qt::CaseInsensitive) <= 0);
    }
}

TEST_CASE("ChildListModel: columns, roles and formats", "[gui][families]")
{
    DemoStore demo(40);
    ChildListModel model(*demo.session);
    model.setQuery(QString());
    REQUIRE(model.rowCount() > 0);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Name"));
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Date of birth"));
    CHECK(model.headerData(2, Qt::Horizontal).toString() == QStringLiteral("NHS number"));
    CHECK(model.headerData(3, Qt::Horizontal).toString() == QStringLiteral("Postcode"));

    const QRegularExpression nhs(QStringLiteral("^999 \\d{3} \\d{4}$"));
    int born = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ChildSummary c = model.summaryAt(row);
        CHECK(cell(model, row, ChildListModel::NameColumn) == c.familyName + QStringLiteral(", ") + c.givenName);
        CHECK(model.data(model.index(row, 0), ChildListModel::ChildUuidRole).toString() == c.uuid);
        CHECK(model.data(model.index(row, 3), ChildListModel::FamilyUuidRole).toString() == c.familyUuid);
        CHECK(cell(model, row, ChildListModel::PostcodeColumn) == c.postcode);
        if (c.dateOfBirth) {
            ++born;
            CHECK(cell(model, row, ChildListModel::DateOfBirthColumn) == c.dateOfBirth->toString(QStringLiteral("d MMM yyyy")));
            CHECK(nhs.match(cell(model, row, ChildListModel::NhsNumberColumn)).hasMatch());
        }
    }
    CHECK(born > 0);
}

TEST_CASE("ChildListModel: unborn children show their due date; preferred names are in brackets", "[gui][families]")
{
    TestStore t;
    auto session = t.unlockAdmin(); // the test clock says 15 Jan 2026
    Family unborn = sampleFamily(QStringLiteral("Baby"), QStringLiteral("Okafor-Lund"), QDate());
    unborn.children[0].expectedDeliveryDate = QDate(2026, 3, 2);
    registerSample(*session, unborn);
    Family born = sampleFamily(QStringLiteral("Tegan"), QStringLiteral("Quillfeather"), QDate(2025, 11, 3), testNhsNumber(314159));
    born.children[0].preferredName = QStringLiteral("Teg");
    registerSample(*session, born);

    ChildListModel model(*session);
    model.setQuery(QString());
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, ChildListModel::NameColumn) == QStringLiteral("Okafor-Lund, Baby"));
    CHECK(cell(model, 0, ChildListModel::DateOfBirthColumn) == QStringLiteral("Unborn — due 2 Mar 2026"));
    CHECK(cell(model, 0, ChildListModel::NhsNumberColumn).isEmpty());
    CHECK(cell(model, 1, ChildListModel::NameColumn) == QStringLiteral("Quillfeather, Tegan (Teg)"));
    CHECK(cell(model, 1, ChildListModel::DateOfBirthColumn) == QStringLiteral("3 Nov 2025"));
    CHECK(cell(model, 1, ChildListModel::NhsNumberColumn) == domain::NhsNumber::format(testNhsNumber(314159)));
    CHECK(cell(model, 1, ChildListModel::PostcodeColumn) == QStringLiteral("NG7 2QP"));
}

TEST_CASE("ChildListModel: setQuery starts again with only the matches", "[gui][families]")
{
    DemoStore demo(360);
    ChildListModel model(*demo.session);
    model.setQuery(QString());
    model.fetchMore();
    REQUIRE(model.rowCount() == 2 * ChildListModel::kPageSize);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setQuery(QStringLiteral("ashd"));
    CHECK(reset.count() == 1);
    CHECK(model.query() == QStringLiteral("ashd"));
    REQUIRE(model.rowCount() > 0);
    CHECK(model.rowCount() < ChildListModel::kPageSize);
    CHECK_FALSE(model.canFetchMore());
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.summaryAt(row).familyName == QStringLiteral("Ashdown"));

    // One NHS number, typed 3-3-4, finds one child.
    ChildSummary someone;
    for (int row = 0; row < model.rowCount() && someone.nhsNumber.isEmpty(); ++row)
        someone = model.summaryAt(row);
    REQUIRE_FALSE(someone.nhsNumber.isEmpty());
    model.setQuery(domain::NhsNumber::format(someone.nhsNumber));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.summaryAt(0).uuid == someone.uuid);

    model.setQuery(QStringLiteral("Zzyzx"));
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore());
}
