#pragma once

// Synthetic families for the Families area's tests: a demo store of a few hundred, and
// single households registered through FamilyService. Names are made up, NHS numbers come
// from the 999 test range and pass Modulus 11, postcodes have the valid format.

#include "TestStore.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/services/DemoService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/StoreService.h"

#include <QTemporaryDir>

namespace tandem::test {

// "999" + six digits + the check digit; serial picks the six digits.
inline QString testNhsNumber(int serial)
{
    for (int n = serial;; ++n) {
        const QString nine = QStringLiteral("999%1").arg(n % 1000000, 6, 10, QLatin1Char('0'));
        if (const auto check = domain::NhsNumber::checkDigit(nine))
            return nine + QChar(u'0' + *check);
    }
}

// A demo store of synthetic families, unlocked as its health visitor "hv".
struct DemoStore {
    explicit DemoStore(int families)
    {
        REQUIRE(dir.isValid());
        DemoStoreRequest request;
        request.path = dir.filePath(QStringLiteral("demo.tandem"));
        request.families = families;
        request.kdf = store::KdfParams::testing();
        auto made = DemoService::createDemoStore(request, secret(kAdminPassphrase), clock);
        INFO(made.message().toStdString());
        REQUIRE(made.ok());
        UnlockRequest unlock;
        unlock.path = request.path;
        unlock.username = QStringLiteral("hv");
        unlock.failureDelay = std::chrono::milliseconds(0);
        unlock.newSlotKdf = store::KdfParams::testing();
        auto opened = StoreService::unlock(unlock, secret(kAdminPassphrase), clock);
        REQUIRE(opened.ok());
        session = std::move(opened).value();
    }

    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Session> session;
};

// One household: a child (born, or unborn when dateOfBirth is invalid) and their mother.
inline Family sampleFamily(const QString& given, const QString& family, const QDate& dateOfBirth, const QString& nhsNumber = {})
{
    Family f;
    f.address.line1 = QStringLiteral("12 Larkspur Road");
    f.address.town = QStringLiteral("Northgate");
    f.address.postcode = QStringLiteral("NG7 2QP");
    Child c;
    c.givenName = given;
    c.familyName = family;
    if (dateOfBirth.isValid())
        c.dateOfBirth = dateOfBirth;
    c.nhsNumber = nhsNumber;
    f.children << c;
    Person mother;
    mother.givenName = QStringLiteral("Rhiannon");
    mother.familyName = family;
    mother.relationship = QStringLiteral("mother");
    mother.parentalResponsibility = true;
    f.adults << mother;
    return f;
}

inline Family registerSample(Session& session, Family draft)
{
    auto registered = FamilyService(session).registerFamily(std::move(draft));
    INFO(registered.message().toStdString());
    REQUIRE(registered.ok());
    return std::move(registered).value();
}

} // namespace tandem::test
