#include "BenchSupport.h"

#include "tandem/services/DemoService.h"
#include "tandem/services/StoreService.h"

#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace tandem::bench {

namespace {
const char* kPassphrase = "tandem-demo-2026";
}

Result<std::unique_ptr<Session>> openOrCreateStore(const QString& path, int children)
{
    QString text = QString::fromLatin1(kPassphrase);
    const SecureBuffer passphrase = SecureBuffer::fromPassphrase(text); // wipes text
    if (!QFile::exists(path)) {
        DemoStoreRequest r;
        r.path = path;
        r.children = children;
        r.kdf = store::KdfParams::testing();
        r.progress = [](int done, int total) {
            if (done % 10000 < 700 || done == total)
                std::fprintf(stderr, "creating store: %d of %d children\n", done, total);
        };
        TANDEM_TRY(DemoService::createDemoStore(r, passphrase, SystemClock::instance()));
        std::fprintf(stderr, "\n");
    }
    UnlockRequest unlock;
    unlock.path = path;
    unlock.username = QStringLiteral("hv");
    unlock.failureDelay = std::chrono::milliseconds(0);
    unlock.newSlotKdf = store::KdfParams::testing();
    return StoreService::unlock(unlock, passphrase, SystemClock::instance());
}

Stats summarise(QList<double> millis)
{
    Stats s;
    s.samples = static_cast<int>(millis.size());
    if (millis.isEmpty())
        return s;
    std::sort(millis.begin(), millis.end());
    const auto at = [&](double q) { return millis.at(std::min<qsizetype>(millis.size() - 1, static_cast<qsizetype>(q * millis.size()))); };
    s.median = millis.size() % 2 ? millis.at(millis.size() / 2) : (millis.at(millis.size() / 2 - 1) + millis.at(millis.size() / 2)) / 2;
    s.p90 = at(0.9);
    s.max = millis.last();
    return s;
}

QString tableRow(const QString& label, const Stats& s, const QString& note)
{
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
        .arg(label)
        .arg(s.median, 0, 'f', 2)
        .arg(s.p90, 0, 'f', 2)
        .arg(s.max, 0, 'f', 2)
        .arg(s.samples)
        .arg(note);
}

QString machineDescription()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(info.readAll()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("model name"))) {
                cpu = line.section(QLatin1Char(':'), 1).trimmed();
                break;
            }
        }
    }
    return QStringLiteral("%1, %2 logical CPUs, %3 %4")
        .arg(cpu.isEmpty() ? QStringLiteral("unknown CPU") : cpu)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
}

} // namespace tandem::bench
