#include "FamilyFixtures.h"
#include "TestStore.h"

#include "tandem/services/FamilyService.h"
#include "tandem/services/SearchService.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

TEST_CASE("Search: paging with the cursor visits every child once, in order", "[services][search]")
{
    TestStore t;
    auto s = t.unlockAdmin();
    // Several children share a family name, so the cursor must break ties by record.
    for (int i = 0; i < 23; ++i) {
        Family f = syntheticFamily(QStringLiteral("Child%1").arg(i % 3), i % 2 ? QStringLiteral("Ashdown") : QStringLiteral("Brightwell"),
                                   QDate(2022, 1, 1).addDays(i), syntheticNhs(100 + i));
        REQUIRE(FamilyService(*s).registerFamily(f, WriteOptions{true}).ok());
    }
    SearchService search(*s);
    for (const QString& text : {QString(), QStringLiteral("ashdown"), QStringLiteral("NG7")}) {
        INFO(text.toStdString());
        auto all = search.search(text, 0, 1000);
        REQUIRE(all.ok());
        QStringList expected;
        for (const ChildSummary& c : all.value().rows)
            expected << c.uuid;
        QStringList paged;
        auto page = search.search(text, 0, 5);
        REQUIRE(page.ok());
        for (;;) {
            for (const ChildSummary& c : page.value().rows)
                paged << c.uuid;
            if (!page.value().hasMore)
                break;
            page = search.next(text, page.value().nextCursor, 5);
            REQUIRE(page.ok());
        }
        CHECK(paged == expected);
    }
    CHECK(search.next(QString(), QStringLiteral("no separator"), 5).error().code == ErrorCode::Invalid);
}
