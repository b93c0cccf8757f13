// My caseload on a 100,000-child synthetic store: how long the caseload takes to open for a
// health visitor holding 400 families (issue 4: under 100 ms median), with each filter, plus
// the day plan. The store is the one tandem-bench-search uses; the caseload is added to it
// on first run (named health visitor, past visits, service levels, bookings), and an ASQ-3
// for each child of a year or more on it (one in ten below the cutoff with no plan yet), so
// the development flags have work to do.
// Usage: tandem-bench-caseload [STORE_PATH] [ROUNDS]

#include "BenchSupport.h"

#include "tandem/core/Process.h"
#include "tandem/services/AssessmentService.h"
#include "tandem/services/CaseloadService.h"
#include "tandem/services/DemoHealthVisiting.h"
#include "tandem/services/SearchService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>

using namespace tandem;

namespace {
constexpr int kCaseload = 400;

template <typename Call>
QList<double> time(int rounds, Call call)
{
    QList<double> millis;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        if (!call())
            return {};
        millis << timer.nsecsElapsed() / 1e6;
    }
    return millis;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    initialiseProcess();
    const QStringList args = app.arguments();
    const QString path = args.size() > 1 ? args.at(1) : QDir::temp().filePath(QStringLiteral("tandem-bench-100k.tandem"));
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 50;
    auto session = bench::openOrCreateStore(path, 100000);
    if (!session.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return 1;
    }
    Session& hv = *session.value();
    CaseloadService caseload(hv);
    auto held = caseload.caseload();
    if (!held.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(held.error().message));
        return 1;
    }
    if (held.value().familiesHeld < kCaseload) {
        std::fprintf(stderr, "giving the health visitor a caseload of %d families…\n", kCaseload);
        auto added = DemoHealthVisiting::addCaseload(hv, kCaseload - held.value().familiesHeld, 2026,
                                                     [](int done, int total) { std::fprintf(stderr, "  %d of %d\n", done, total); });
        if (!added.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error().message));
            return 1;
        }
        held = caseload.caseload();
    }
    // Added once: the first child of a year or more having none means the store has none yet.
    auto firstEligible = [&]() -> QString {
        for (const CaseloadEntry& e : held.value().entries)
            for (const CaseloadChild& child : e.children)
                if (child.dateOfBirth && child.dateOfBirth->addMonths(12) <= hv.today())
                    return child.uuid;
        return {};
    };
    const QString probe = firstEligible();
    if (!probe.isEmpty() && AssessmentService(hv).forChild(probe).value().isEmpty()) {
        std::fprintf(stderr, "adding ASQ-3s to the caseload…\n");
        AssessmentService assessments(hv);
        int added = 0;
        for (const CaseloadEntry& e : held.value().entries)
            for (const CaseloadChild& child : e.children) {
                if (!child.dateOfBirth || child.dateOfBirth->addMonths(12) > hv.today())
                    continue;
                Asq3Draft d;
                d.childUuid = child.uuid;
                d.assessedOn = hv.today().addDays(-(added % 60));
                d.entryMode = Asq3EntryMode::Totals;
                const bool below = added % 10 == 0;
                for (const char* key : {"communication", "gross-motor", "fine-motor", "problem-solving", "personal-social"})
                    d.domains << Asq3DomainInput{QString::fromLatin1(key), {}, below ? 5.0 : 55.0};
                if (assessments.addAsq3(d).ok()) // children past every ASQ-3 window are skipped
                    ++added;
            }
        std::fprintf(stderr, "  %d ASQ-3s\n", added);
        held = caseload.caseload();
    }
    const Caseload& c = held.value();
    int children = 0, overdue = 0, flags = 0;
    for (const CaseloadEntry& e : c.entries) {
        children += static_cast<int>(e.children.size());
        overdue += e.overdueCount > 0;
        flags += e.flagCount;
    }
    auto total = SearchService(hv).countChildren();

    struct Case { const char* label; CaseloadFilter filter; };
    const Case cases[] = {
        {"My caseload (no filter)", {}},
        {"Overdue only", {{}, {}, true, false}},
        {"Due this week", {{}, {}, false, true}},
        {"Universal Plus only", {{}, QStringLiteral("universal-plus"), false, false}},
        {"Flagged only", {{}, {}, false, false, true}},
    };
    std::printf("Store: %s, %lld children\nCaseload: %d families, %d children, %d with overdue contacts, %d development flags\n"
                "Machine: %s\n\n",
                qPrintable(path), static_cast<long long>(total.ok() ? total.value() : -1), c.familiesHeld, children, overdue, flags,
                qPrintable(bench::machineDescription()));
    std::printf("| operation | median ms | p90 ms | max ms | runs | rows |\n|---|---|---|---|---|---|\n");
    for (const Case& k : cases) {
        qsizetype rows = 0;
        const auto millis = time(rounds, [&] {
            auto r = caseload.caseload(k.filter);
            rows = r.ok() ? r.value().entries.size() : -1;
            return r.ok();
        });
        std::printf("%s\n", qPrintable(bench::tableRow(QString::fromLatin1(k.label), bench::summarise(millis), QString::number(rows))));
    }
    qsizetype visits = 0;
    const auto plan = time(rounds, [&] {
        auto r = caseload.dayPlan(hv.today());
        visits = r.ok() ? r.value().visits.size() : -1;
        return r.ok();
    });
    std::printf("%s\n", qPrintable(bench::tableRow(QStringLiteral("Day plan (today)"), bench::summarise(plan), QString::number(visits))));
    return 0;
}
