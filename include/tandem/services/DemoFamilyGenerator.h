#pragma once

#include "tandem/core/Family.h"
#include "tandem/core/Involvement.h"

#include <QDate>
#include <QSet>

#include <optional>
#include <random>

namespace tandem {

// Synthetic households for demos, tests and benchmarks. Names are combined from short lists,
// NHS numbers come from the 999 test range and pass Modulus 11, phone numbers from Ofcom's
// drama range, e-mail addresses from example.org. Deterministic for a given seed and date.
class DemoFamilyGenerator {
public:
    DemoFamilyGenerator(quint32 seed, QDate today);

    Family next(const QString& keyWorkerUuid);
    // How long the last family has lived at its address, in days.
    int daysAtAddress() { return 30 + pick(1500); }
    // About one family in six has moved since registration: their new address, else nullopt.
    std::optional<Address> move();
    // About one family in four has another service involved (speech and language therapy,
    // family support, an early years setting, midwifery): nullopt otherwise.
    std::optional<Involvement> extraInvolvement(const QDate& today);

private:
    int pick(int size);
    const QString& pickFrom(const QStringList& list);
    QString nhsNumber();
    QString postcode();
    QString phone();
    Address address();

    std::mt19937 m_rng;
    QDate m_today;
    QSet<QString> m_nhsNumbersUsed;
};

} // namespace tandem
