#include "tandem/domain/InstrumentDefinition.h"

#include "InstrumentJson.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

// The InstrumentFiles::parse* functions live in <Instrument>DefinitionParser.cpp, the strict
// JSON reading they share in InstrumentJson.cpp.

// The resource lives in the static tandem_core library; registering it explicitly does not rely
// on the linker keeping its initialiser. Q_INIT_RESOURCE must be used outside any namespace.
static void initInstrumentResources() { Q_INIT_RESOURCE(tandem_instruments); }

namespace tandem::domain {
namespace {

using InstrumentJson::kMaxAgeMonths;
using InstrumentJson::tr;

} // namespace

std::optional<AgeSpan> parseAgeSpan(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,3})m(?:([0-9]{1,2})d)?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    AgeSpan span{m.captured(1).toInt(), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt()};
    // The days since the last monthly birthday never exceed 30.
    if (span.months > kMaxAgeMonths || span.days > 30)
        return std::nullopt;
    return span;
}

const SourcedValue* Asq3Interval::cutoff(const QString& domain) const
{
    for (const auto& [key, value] : cutoffs)
        if (key == domain)
            return &value;
    return nullptr;
}

const SourcedValue* Asq3Interval::monitoringThreshold(const QString& domain) const
{
    for (const auto& [key, value] : monitoring)
        if (key == domain)
            return &value;
    return nullptr;
}

const Asq3Interval* Asq3Definition::interval(int months) const
{
    for (const Asq3Interval& i : intervals)
        if (i.months == months)
            return &i;
    return nullptr;
}

const AsqSe2Interval* AsqSe2Definition::interval(int months) const
{
    for (const AsqSe2Interval& i : intervals)
        if (i.months == months)
            return &i;
    return nullptr;
}

const WellCommSection* WellCommDefinition::section(int number) const
{
    for (const WellCommSection& s : sections)
        if (s.number == number)
            return &s;
    return nullptr;
}

namespace InstrumentFiles {

namespace {

Result<QByteArray> readResource(const QString& name)
{
    QFile file(QStringLiteral(":/tandem/instruments/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal,
                         tr("The instrument definition %1 is missing from this build of Tandem: reinstall Tandem.").arg(name));
    return file.readAll();
}

Result<InstrumentDefinitions> loadBuiltIn()
{
    initInstrumentResources();
    const Result<QByteArray> asq3 = readResource(QStringLiteral("asq3.json"));
    const Result<QByteArray> asqSe2 = readResource(QStringLiteral("asqse2.json"));
    const Result<QByteArray> wellComm = readResource(QStringLiteral("wellcomm.json"));
    const Result<QByteArray> eyfs = readResource(QStringLiteral("eyfs.json"));
    for (const Result<QByteArray>* file : {&asq3, &asqSe2, &wellComm, &eyfs})
        if (!file->ok())
            return file->error();

    InstrumentDefinitions defs;
    Result<Asq3Definition> a = parseAsq3(asq3.value());
    if (!a.ok())
        return a.error();
    Result<AsqSe2Definition> s = parseAsqSe2(asqSe2.value());
    if (!s.ok())
        return s.error();
    Result<WellCommDefinition> w = parseWellComm(wellComm.value());
    if (!w.ok())
        return w.error();
    Result<EyfsDefinition> e = parseEyfs(eyfs.value());
    if (!e.ok())
        return e.error();
    defs.asq3 = std::move(a).value();
    defs.asqSe2 = std::move(s).value();
    defs.wellComm = std::move(w).value();
    defs.eyfs = std::move(e).value();
    return defs;
}

} // namespace

Result<InstrumentDefinitions> builtIn()
{
    // The files are compiled in and cannot change while Tandem runs: parse once per process
    // (a function-local static is initialised exactly once, even across threads).
    static const Result<InstrumentDefinitions> cached = loadBuiltIn();
    return cached;
}

} // namespace InstrumentFiles

namespace {

// "Corrected in this store by <name> on <date>: <reason>", the date as users read it.
QString correctionSource(const ThresholdOverride& o)
{
    QDateTime at = QDateTime::fromString(o.setAt, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(o.setAt, Qt::ISODate);
    const QString date = at.isValid() ? at.toUTC().date().toString(QStringLiteral("dd/MM/yyyy")) : o.setAt;
    return tr("Corrected in this store by %1 on %2: %3").arg(o.setByName, date, o.reason);
}

SourcedValue corrected(const ThresholdOverride& o) { return SourcedValue{o.value, true, correctionSource(o)}; }

bool replaceIn(QList<std::pair<QString, SourcedValue>>& values, const ThresholdOverride& o)
{
    for (auto& [key, value] : values)
        if (key == o.part) {
            value = corrected(o);
            return true;
        }
    return false;
}

bool applyAsq3(Asq3Definition& def, const ThresholdOverride& o)
{
    for (Asq3Interval& interval : def.intervals) {
        if (interval.months != o.intervalMonths)
            continue;
        if (o.kind == QLatin1String("cutoff"))
            return replaceIn(interval.cutoffs, o);
        if (o.kind == QLatin1String("monitoring"))
            return replaceIn(interval.monitoring, o);
        return false;
    }
    return false;
}

bool applyAsqSe2(AsqSe2Definition& def, const ThresholdOverride& o)
{
    if (o.part != QLatin1String("total"))
        return false;
    for (AsqSe2Interval& interval : def.intervals) {
        if (interval.months != o.intervalMonths)
            continue;
        if (o.kind == QLatin1String("cutoff"))
            interval.cutoff = corrected(o);
        else if (o.kind == QLatin1String("monitoring"))
            interval.monitoring = corrected(o);
        else
            return false;
        return true;
    }
    return false;
}

} // namespace

InstrumentDefinitions applyOverrides(InstrumentDefinitions definitions, const QList<ThresholdOverride>& overrides)
{
    int asq3 = 0;
    int asqSe2 = 0;
    for (const ThresholdOverride& o : overrides) {
        if (o.instrument == QLatin1String("asq3") && applyAsq3(definitions.asq3, o))
            ++asq3;
        else if (o.instrument == QLatin1String("asqse2") && applyAsqSe2(definitions.asqSe2, o))
            ++asqSe2;
    }
    if (asq3 > 0)
        definitions.asq3.version += QStringLiteral("+store.%1").arg(asq3);
    if (asqSe2 > 0)
        definitions.asqSe2.version += QStringLiteral("+store.%1").arg(asqSe2);
    return definitions;
}

} // namespace tandem::domain
