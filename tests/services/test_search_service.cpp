#include "FamilyFixtures.h"
#include "TestStore.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/RecordAdminService.h"
#include "tandem/services/SearchService.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/SearchIndex.h"
#include "tandem/store/Transaction.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

struct SearchFixture {
    TestStore t;
    std::unique_ptr<Session> s = t.unlockAdmin();
    QString zoeNhs = syntheticNhs(21);
    Family zoe, kai;

    SearchFixture()
    {
        zoe = add(syntheticFamily(QStringLiteral("Zoë"), QStringLiteral("O'Brien-Smith"), QDate(2024, 3, 15), zoeNhs,
                                  QStringLiteral("NG7 2QP")));
        kai = add(syntheticFamily(QStringLiteral("Kai"), QStringLiteral("Carrow"), QDate(2023, 11, 30), syntheticNhs(22),
                                  QStringLiteral("NG1 5AB")));
    }
    Family add(const Family& f)
    {
        auto r = FamilyService(*s).registerFamily(f);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        return r.value();
    }
    QStringList names(const QString& text)
    {
        auto r = SearchService(*s).search(text);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        QStringList out;
        for (const ChildSummary& c : r.value().rows)
            out << c.givenName;
        return out;
    }
};

const QStringList kZoe{QStringLiteral("Zoë")};
const QStringList kKai{QStringLiteral("Kai")};

} // namespace

TEST_CASE("Search: name prefixes in any order, case and accents folded", "[services][search]")
{
    SearchFixture f;
    CHECK(f.names(QStringLiteral("zoe")) == kZoe);
    CHECK(f.names(QStringLiteral("ZO")) == kZoe);
    CHECK(f.names(QStringLiteral("smith zoe")) == kZoe);
    CHECK(f.names(QStringLiteral("obrien")) == kZoe);
    CHECK(f.names(QStringLiteral("O'Brien")) == kZoe);
    CHECK(f.names(QStringLiteral("car ka")) == kKai);
    CHECK(f.names(QStringLiteral("bethan carrow")) == kKai); // the parent's name finds the child
    CHECK(f.names(QStringLiteral("zoe carrow")).isEmpty()); // every word must match
    CHECK(f.names(QStringLiteral("xylophone")).isEmpty());
}

TEST_CASE("Search: NHS number with or without spaces", "[services][search]")
{
    SearchFixture f;
    CHECK(f.names(f.zoeNhs) == kZoe);
    CHECK(f.names(domain::NhsNumber::format(f.zoeNhs)) == kZoe);
    CHECK(f.names(QStringLiteral(" ") + domain::NhsNumber::format(f.zoeNhs) + QStringLiteral(" ")) == kZoe);
}

TEST_CASE("Search: postcode, with or without the space, any case, and district", "[services][search]")
{
    SearchFixture f;
    CHECK(f.names(QStringLiteral("NG7 2QP")) == kZoe);
    CHECK(f.names(QStringLiteral("ng72qp")) == kZoe);
    CHECK(f.names(QStringLiteral("ng1 5ab")) == kKai);
    CHECK(f.names(QStringLiteral("NG1")) == kKai);
    CHECK(f.names(QStringLiteral("NG1 5AB kai")) == kKai);
    CHECK(f.names(QStringLiteral("NG1 5AB zoe")).isEmpty());
}

TEST_CASE("Search: date of birth in the usual formats", "[services][search]")
{
    SearchFixture f;
    CHECK(f.names(QStringLiteral("15/03/2024")) == kZoe);
    CHECK(f.names(QStringLiteral("15/3/2024")) == kZoe);
    CHECK(f.names(QStringLiteral("2024-03-15")) == kZoe);
    CHECK(f.names(QStringLiteral("30.11.2023")) == kKai);
    CHECK(f.names(QStringLiteral("16/03/2024")).isEmpty());
}

TEST_CASE("Search: the index follows every change, including deletion", "[services][search]")
{
    SearchFixture f;
    Child renamed = f.kai.children.first();
    renamed.preferredName = QStringLiteral("Kofi");
    REQUIRE(FamilyService(*f.s).updateChild(renamed).ok());
    CHECK(f.names(QStringLiteral("kofi")) == kKai);

    REQUIRE(RecordAdminService(*f.s).deleteChild(f.kai.children.first().uuid, QStringLiteral("Registered in error")).ok());
    CHECK(f.names(QStringLiteral("kai")).isEmpty());
    CHECK(SearchService(*f.s).countChildren().value() == 1);
}

TEST_CASE("Search: many households refreshed at once are each indexed once, as they now are", "[services][search]")
{
    // The bulk refresh a bundle import uses: a household named twice, one changed behind the
    // index's back, one unchanged.
    SearchFixture f;
    store::Database& db = f.s->database();
    store::ChildRepository children(db);
    Child kai = children.load(f.kai.children.first().uuid).value();
    kai.givenName = QStringLiteral("Kian");
    {
        auto txn = store::Transaction::begin(db);
        REQUIRE(txn.ok());
        REQUIRE(children.update(kai, f.s->user().uuid, f.s->now()).ok());
        REQUIRE(store::SearchIndex(db).refreshFamilies({f.kai.uuid, f.zoe.uuid, f.kai.uuid}).ok());
        REQUIRE(txn.value().commit().ok());
    }
    CHECK(f.names(QStringLiteral("kian")) == QStringList{QStringLiteral("Kian")});
    CHECK(f.names(QStringLiteral("kai")).isEmpty());
    CHECK(f.names(QStringLiteral("zoe")) == kZoe);
    CHECK(f.names(QString()) == (QStringList{QStringLiteral("Kian"), QStringLiteral("Zoë")})); // by family name: Carrow, O'Brien-Smith
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM child_search")).value() == 2);
    CHECK(store::SearchIndex(db).refreshFamilies({}).ok());
}

TEST_CASE("Search: an empty box lists every child by family name, a page at a time", "[services][search]")
{
    SearchFixture f;
    for (int i = 0; i < 5; ++i)
        f.add(syntheticFamily(QStringLiteral("Child%1").arg(QChar(u'A' + i)), QStringLiteral("Ashdown"), QDate(2022, 1, 1 + i),
                              syntheticNhs(30 + i)));
    SearchService search(*f.s);
    auto first = search.search(QString(), 0, 4);
    REQUIRE(first.ok());
    CHECK(first.value().rows.size() == 4);
    CHECK(first.value().hasMore);
    CHECK(first.value().rows.first().familyName == QStringLiteral("Ashdown"));
    auto rest = search.search(QString(), 4, 4);
    REQUIRE(rest.ok());
    CHECK(rest.value().rows.size() == 3);
    CHECK_FALSE(rest.value().hasMore);
    CHECK(rest.value().rows.last().familyName == QStringLiteral("O'Brien-Smith"));
    CHECK(search.search(QString(), 0, 0).error().code == ErrorCode::Invalid);
}

TEST_CASE("Search: text that cannot match anything returns nothing, not everything", "[services][search]")
{
    SearchFixture f;
    CHECK(f.names(QStringLiteral("\"*) OR (")).isEmpty());
    CHECK(f.names(QStringLiteral("31/02/2024")).isEmpty());
}
