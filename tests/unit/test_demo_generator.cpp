#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/Postcode.h"
#include "tandem/services/DemoFamilyGenerator.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace tandem;

TEST_CASE("DemoFamilyGenerator: synthetic, valid and repeatable", "[core][demo]")
{
    const QDate today(2026, 11, 22);
    DemoFamilyGenerator a(7, today);
    DemoFamilyGenerator b(7, today);
    QSet<QString> nhs;
    for (int i = 0; i < 300; ++i) {
        const Family fa = a.next(QString());
        const Family fb = b.next(QString());
        CHECK(fa.address.postcode == fb.address.postcode);
        CHECK(domain::Postcode::isValid(fa.address.postcode));
        REQUIRE_FALSE(fa.adults.isEmpty());
        REQUIRE_FALSE(fa.children.isEmpty());
        CHECK(fa.adults.first().phone.startsWith(QStringLiteral("07700 900")));
        for (const Child& c : fa.children) {
            if (c.expectedDeliveryDate) {
                CHECK(*c.expectedDeliveryDate > today);
                CHECK(c.nhsNumber.isEmpty());
                continue;
            }
            REQUIRE(c.dateOfBirth.has_value());
            CHECK(*c.dateOfBirth < today);
            CHECK(c.dateOfBirth->daysTo(today) <= 5 * 366);
            CHECK(domain::NhsNumber::isValid(c.nhsNumber));
            CHECK_FALSE(nhs.contains(c.nhsNumber));
            nhs.insert(c.nhsNumber);
        }
    }
    CHECK(nhs.size() > 250);
}
