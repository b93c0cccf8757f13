#include "SharingFixtures.h"

#include "tandem/services/Session.h"
#include "tandem/store/Database.h"
#include "tandem/store/PartnerLinkRepository.h"
#include "tandem/store/Transaction.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

struct Links {
    SharingPair pair;
    std::unique_ptr<Session> cc = pair.cc().as("cc");
    QString partner = pair.cc().partner(QStringLiteral("HV01")).uuid;
    store::PartnerLinkRepository repo{cc->database()};
};

const QString kEntity = QStringLiteral("5f0c9e8a-1b2c-4d3e-8f40-123456789abc");

} // namespace

TEST_CASE("PartnerLinkRepository: a link is made, then moved to another record", "[store][sharing]")
{
    Links t;
    CHECK(t.repo.localFor(t.partner, QStringLiteral("remote-1")).value().isEmpty());
    REQUIRE(t.repo.link(t.partner, QStringLiteral("remote-1"), QStringLiteral("child"), QStringLiteral("local-a")).ok());
    CHECK(t.repo.localFor(t.partner, QStringLiteral("remote-1")).value() == QLatin1String("local-a"));
    REQUIRE(t.repo.link(t.partner, QStringLiteral("remote-1"), QStringLiteral("child"), QStringLiteral("local-b")).ok());
    CHECK(t.repo.localFor(t.partner, QStringLiteral("remote-1")).value() == QLatin1String("local-b"));
    CHECK(t.cc->database().scalarInt(QStringLiteral("SELECT count(*) FROM partner_link")).value() == 1);
    CHECK_FALSE(t.repo.isLinked(t.partner, QStringLiteral("local-a")).value());
    CHECK(t.repo.isLinked(t.partner, QStringLiteral("local-b")).value());
}

TEST_CASE("PartnerLinkRepository: a value the table refuses is an error, not a silent skip", "[store][sharing]")
{
    Links t;
    const auto bad = t.repo.link(t.partner, QStringLiteral("remote-1"), QStringLiteral("household"), QStringLiteral("local-a"));
    CHECK_FALSE(bad.ok());
    CHECK(t.repo.localFor(t.partner, QStringLiteral("remote-1")).value().isEmpty());
}

TEST_CASE("PartnerLinkRepository: baselines keep any text exactly", "[store][sharing]")
{
    Links t;
    const QList<QPair<QString, QString>> values{
        {QStringLiteral("child.givenName"), QStringLiteral("Zoë \"Zo\" O'Neill")},
        {QStringLiteral("family.addressLine1"), QStringLiteral("Flat 2\\3, Mill Lane")},
        {QStringLiteral("family.addressLine2"), QStringLiteral("line\nbreak\ttab\x01")},
        {QStringLiteral("family.mainLanguage"), QStringLiteral("Cymraeg – 中文")},
        {QStringLiteral("adult.email"), QString()},
    };
    REQUIRE(t.repo.insertBaselines(t.partner, kEntity, values, QStringLiteral("bundle-1")).ok());
    const auto stored = t.repo.baselines(t.partner, kEntity);
    REQUIRE(stored.ok());
    CHECK(stored.value().size() == values.size());
    for (const auto& [field, value] : values) {
        INFO(field.toStdString());
        CHECK(stored.value().value(field, QStringLiteral("(missing)")) == value);
    }

    // A later bundle changes one field and adds another; the rest stay.
    REQUIRE(t.repo.setBaselines(t.partner, kEntity,
                                {{QStringLiteral("child.givenName"), QStringLiteral("Zoe")}, {QStringLiteral("child.sex"), QStringLiteral("female")}},
                                QStringLiteral("bundle-2"))
                .ok());
    const auto merged = t.repo.baselines(t.partner, kEntity).value();
    CHECK(merged.size() == values.size() + 1);
    CHECK(merged.value(QStringLiteral("child.givenName")) == QLatin1String("Zoe"));
    CHECK(merged.value(QStringLiteral("child.sex")) == QLatin1String("female"));
    CHECK(merged.value(QStringLiteral("family.addressLine1")) == QLatin1String("Flat 2\\3, Mill Lane"));
    CHECK(t.cc->database().scalarInt(QStringLiteral("SELECT count(*) FROM partner_field")).value() == 1);

    // A record's first baselines are inserted: a second insert is refused, not merged.
    CHECK_FALSE(t.repo.insertBaselines(t.partner, kEntity, values, QStringLiteral("bundle-3")).ok());

    const auto removed = t.repo.removeBaselines(t.partner, kEntity);
    REQUIRE(removed.ok());
    CHECK(removed.value() == values.size() + 1);
    CHECK(t.repo.baselines(t.partner, kEntity).value().isEmpty());
}
