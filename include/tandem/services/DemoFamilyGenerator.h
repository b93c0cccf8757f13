#pragma once

#include "tandem/core/Family.h"

#include <QDate>
#include <QSet>

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

private:
    int pick(int size);
    const QString& pickFrom(const QStringList& list);
    QString nhsNumber();
    QString postcode();
    QString phone();

    std::mt19937 m_rng;
    QDate m_today;
    QSet<QString> m_nhsNumbersUsed;
};

} // namespace tandem
