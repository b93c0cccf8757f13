// instrument show / corrections / correct: the instrument definitions in force in a store.
#include "AssessOptions.h"
#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "VisitOptions.h"
#include "VisitView.h"

#include "tandem/services/InstrumentService.h"

#include <QJsonArray>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

int usageFor(CliContext& c, const QString& command, const QString& message)
{
    return c.out.usage(message + QLatin1Char(' ') + tr("See tandem-cli %1 --help.").arg(command));
}

const QStringList kInstruments{QStringLiteral("asq3"), QStringLiteral("asqse2"), QStringLiteral("wellcomm"), QStringLiteral("eyfs")};

// Sources are long sentences, many shared: text output numbers them once and lists them at the end.
class Sources {
public:
    QString ref(const QString& source)
    {
        qsizetype i = m_list.indexOf(source);
        if (i < 0) {
            m_list << source;
            i = m_list.size() - 1;
        }
        return QStringLiteral("[%1]").arg(i + 1);
    }
    QString state(bool verified, const QString& source) { return (verified ? tr("verified") : tr("unverified")) + QLatin1Char(' ') + ref(source); }
    QString value(const domain::SourcedValue& v)
    {
        return (v.verified ? showNumber(v.value) : tr("%1 unverified").arg(showNumber(v.value))) + QLatin1Char(' ') + ref(v.source);
    }
    QStringList footer() const
    {
        QStringList out{tr("Sources")};
        for (int i = 0; i < m_list.size(); ++i)
            out << QStringLiteral("  [%1] %2").arg(i + 1).arg(m_list.at(i));
        return out;
    }

private:
    QStringList m_list;
};

QJsonObject sourcedJson(const domain::SourcedValue& v)
{
    return {{QStringLiteral("value"), v.value}, {QStringLiteral("verified"), v.verified}, {QStringLiteral("source"), v.source}};
}

QJsonObject ageJson(const domain::AgeSpan& age) { return {{QStringLiteral("months"), age.months}, {QStringLiteral("days"), age.days}}; }

QJsonObject windowJson(const domain::AgeWindow& w)
{
    return {{QStringLiteral("from"), ageJson(w.from)}, {QStringLiteral("to"), ageJson(w.to)}, {QStringLiteral("verified"), w.verified},
            {QStringLiteral("source"), w.source}};
}

// Windows as the questionnaires state them, in months and days ("25 months 16 days").
QString ageText(const domain::AgeSpan& age) { return tr("%1 months %2 days").arg(age.months).arg(age.days); }

QJsonObject prematurityJson(const domain::PrematurityRule& p)
{
    return {{QStringLiteral("min_weeks_early"), p.minWeeksEarly}, {QStringLiteral("until_months"), p.untilMonths},
            {QStringLiteral("verified"), p.verified}, {QStringLiteral("source"), p.source}};
}

QJsonArray keysJson(const QList<domain::NamedKey>& keys)
{
    QJsonArray out;
    for (const domain::NamedKey& k : keys)
        out.append(QJsonObject{{QStringLiteral("key"), k.key}, {QStringLiteral("name"), k.name}});
    return out;
}

QString keysText(const QList<domain::NamedKey>& keys)
{
    QStringList out;
    for (const domain::NamedKey& k : keys)
        out << QStringLiteral("%1 (%2)").arg(k.key, k.name);
    return out.join(QStringLiteral(", "));
}

QString windowText(const domain::AgeWindow& w)
{
    return tr("%1 to %2").arg(ageText(w.from), ageText(w.to));
}

QString line(const QString& label, const QString& value) { return QStringLiteral("  ") + label.leftJustified(15) + QLatin1Char(' ') + value; }

// The ASQ-3 definition, all intervals or only `months`.
void showAsq3(const domain::Asq3Definition& d, std::optional<int> months, QJsonObject* json, QStringList* text, Sources& sources)
{
    QJsonArray intervals;
    *text << tr("ASQ-3, version %1 (results carry \"asq3 %1\")").arg(d.version)
          << line(tr("Domains"), keysText(d.domains))
          << line(tr("Scoring"), tr("%1 items per domain: yes 10, sometimes 5, not yet 0; 0-%2 per domain").arg(d.itemsPerDomain).arg(d.maxDomainScore))
          << line(tr("Missing items"), tr("up to %1 per domain adjusted by averaging; %2").arg(d.maxMissingAdjusted)
                                            .arg(sources.state(d.missingItemRule.verified, d.missingItemRule.source)))
          << line(tr("Prematurity"), tr("corrected age for a child born %1 or more weeks early, until %2 months; %3")
                                          .arg(d.prematurity.minWeeksEarly)
                                          .arg(d.prematurity.untilMonths)
                                          .arg(sources.state(d.prematurity.verified, d.prematurity.source)));
    for (const domain::Asq3Interval& i : d.intervals) {
        if (months && i.months != *months)
            continue;
        // The heading first, so the sources are numbered in the order they are printed.
        const QString heading = tr("  %1-month questionnaire, for ages %2; window %3")
                                    .arg(i.months)
                                    .arg(windowText(i.window), sources.state(i.window.verified, i.window.source));
        QJsonArray domains;
        QList<QStringList> rows{{tr("Domain"), tr("Cutoff"), tr("Monitoring")}};
        for (const domain::NamedKey& k : d.domains) {
            const domain::SourcedValue* cutoff = i.cutoff(k.key);
            const domain::SourcedValue* monitoring = i.monitoringThreshold(k.key);
            domains.append(QJsonObject{{QStringLiteral("domain"), k.key}, {QStringLiteral("name"), k.name},
                                       {QStringLiteral("cutoff"), cutoff ? QJsonValue(sourcedJson(*cutoff)) : QJsonValue()},
                                       {QStringLiteral("monitoring"), monitoring ? QJsonValue(sourcedJson(*monitoring)) : QJsonValue()}});
            rows << QStringList{k.name, cutoff ? sources.value(*cutoff) : tr("—"), monitoring ? sources.value(*monitoring) : tr("—")};
        }
        intervals.append(QJsonObject{{QStringLiteral("months"), i.months}, {QStringLiteral("window"), windowJson(i.window)},
                                     {QStringLiteral("domains"), domains}});
        *text << QString() << heading << columns(rows, QStringLiteral("    "));
    }
    json->insert(QStringLiteral("asq3"), QJsonObject{{QStringLiteral("version"), d.version},
                                                     {QStringLiteral("definition_version"), QStringLiteral("asq3 ") + d.version},
                                                     {QStringLiteral("domains"), keysJson(d.domains)},
                                                     {QStringLiteral("items_per_domain"), d.itemsPerDomain},
                                                     {QStringLiteral("max_domain_score"), d.maxDomainScore},
                                                     {QStringLiteral("max_missing_adjusted"), d.maxMissingAdjusted},
                                                     {QStringLiteral("missing_item_rule"), QJsonObject{{QStringLiteral("verified"), d.missingItemRule.verified},
                                                                                                       {QStringLiteral("source"), d.missingItemRule.source}}},
                                                     {QStringLiteral("prematurity"), prematurityJson(d.prematurity)},
                                                     {QStringLiteral("intervals"), intervals}});
}

void showAsqSe2(const domain::AsqSe2Definition& d, std::optional<int> months, QJsonObject* json, QStringList* text, Sources& sources)
{
    *text << tr("ASQ:SE-2, version %1 (results carry \"asqse2 %1\"); higher totals mean more concern").arg(d.version)
          << line(tr("Omitted items"), tr("up to %1 need no adjustment; more need the User's Guide rule").arg(d.maxOmittedWithoutAdjustment))
          << line(tr("Prematurity"), tr("corrected age for a child born %1 or more weeks early, until %2 months; %3")
                                          .arg(d.prematurity.minWeeksEarly)
                                          .arg(d.prematurity.untilMonths)
                                          .arg(sources.state(d.prematurity.verified, d.prematurity.source)));
    QJsonArray intervals;
    QList<QStringList> rows{{tr("Months"), tr("Ages"), tr("Cutoff (above: refer)"), tr("Monitoring from")}};
    for (const domain::AsqSe2Interval& i : d.intervals) {
        if (months && i.months != *months)
            continue;
        intervals.append(QJsonObject{{QStringLiteral("months"), i.months}, {QStringLiteral("window"), windowJson(i.window)},
                                     {QStringLiteral("cutoff"), sourcedJson(i.cutoff)}, {QStringLiteral("monitoring"), sourcedJson(i.monitoring)},
                                     {QStringLiteral("max_total"), i.maxTotal}});
        // A braced list is evaluated left to right, so the sources keep the printed order.
        rows << QStringList{QString::number(i.months), windowText(i.window) + QLatin1Char(' ') + sources.state(i.window.verified, i.window.source),
                            sources.value(i.cutoff), sources.value(i.monitoring)};
    }
    *text << columns(rows, QStringLiteral("  "));
    json->insert(QStringLiteral("asqse2"), QJsonObject{{QStringLiteral("version"), d.version},
                                                       {QStringLiteral("definition_version"), QStringLiteral("asqse2 ") + d.version},
                                                       {QStringLiteral("max_omitted_without_adjustment"), d.maxOmittedWithoutAdjustment},
                                                       {QStringLiteral("prematurity"), prematurityJson(d.prematurity)},
                                                       {QStringLiteral("intervals"), intervals}});
}

void showWellComm(const domain::WellCommDefinition& d, QJsonObject* json, QStringList* text, Sources& sources)
{
    QJsonArray sections;
    QList<QStringList> rows{{tr("Section"), tr("Ages (whole months)"), tr("State")}};
    for (const domain::WellCommSection& s : d.sections) {
        sections.append(QJsonObject{{QStringLiteral("number"), s.number}, {QStringLiteral("from_months"), s.fromMonths},
                                    {QStringLiteral("to_months"), s.toMonths}, {QStringLiteral("verified"), s.verified},
                                    {QStringLiteral("source"), s.source}});
        rows << QStringList{QString::number(s.number), tr("%1-%2").arg(s.fromMonths).arg(s.toMonths), sources.state(s.verified, s.source)};
    }
    *text << tr("WellComm, version %1").arg(d.version) << columns(rows, QStringLiteral("  "))
          << line(tr("Referral rule"), tr("red at the age section, amber in two sections, or a concern from parent or practitioner %1")
                                            .arg(sources.ref(d.referralRuleSource)));
    json->insert(QStringLiteral("wellcomm"), QJsonObject{{QStringLiteral("version"), d.version},
                                                         {QStringLiteral("definition_version"), QStringLiteral("wellcomm ") + d.version},
                                                         {QStringLiteral("sections"), sections},
                                                         {QStringLiteral("referral_rule_source"), d.referralRuleSource}});
}

void showEyfs(const domain::EyfsDefinition& d, QJsonObject* json, QStringList* text, Sources& sources)
{
    *text << tr("EYFS progress check at two, version %1 %2").arg(d.version, sources.ref(d.source))
          << line(tr("Prime areas"), keysText(d.areas)) << line(tr("Statuses"), keysText(d.statuses))
          << line(tr("Needs follow-up"), d.concernStatus) << line(tr("Ages"), tr("%1 to %2 whole months").arg(d.fromMonths).arg(d.toMonths));
    json->insert(QStringLiteral("eyfs"), QJsonObject{{QStringLiteral("version"), d.version},
                                                     {QStringLiteral("definition_version"), QStringLiteral("eyfs ") + d.version},
                                                     {QStringLiteral("areas"), keysJson(d.areas)},
                                                     {QStringLiteral("statuses"), keysJson(d.statuses)},
                                                     {QStringLiteral("concern_status"), d.concernStatus},
                                                     {QStringLiteral("from_months"), d.fromMonths},
                                                     {QStringLiteral("to_months"), d.toMonths},
                                                     {QStringLiteral("source"), d.source}});
}

QString numbers(const QList<int>& values)
{
    QStringList out;
    for (int v : values)
        out << QString::number(v);
    return out.join(QStringLiteral(", "));
}

QString instrumentName(const QString& token)
{
    return token == QLatin1String("asq3") ? AssessmentKinds::displayName(AssessmentKind::Asq3) : AssessmentKinds::displayName(AssessmentKind::AsqSe2);
}

QString partDisplayName(const domain::InstrumentDefinitions& d, const QString& instrument, const QString& part)
{
    if (instrument == QLatin1String("asq3"))
        for (const domain::NamedKey& k : d.asq3.domains)
            if (k.key == part)
                return k.name;
    return part == QLatin1String("total") ? tr("total") : part;
}

// The threshold a correction would replace; nullopt when the interval or part is unknown.
std::optional<double> currentValue(const domain::InstrumentDefinitions& d, const domain::ThresholdOverride& o)
{
    const bool cutoff = o.kind == QLatin1String("cutoff");
    if (o.instrument == QLatin1String("asq3")) {
        const domain::Asq3Interval* i = d.asq3.interval(o.intervalMonths);
        const domain::SourcedValue* v = i ? (cutoff ? i->cutoff(o.part) : i->monitoringThreshold(o.part)) : nullptr;
        return v ? std::optional<double>(v->value) : std::nullopt;
    }
    const domain::AsqSe2Interval* i = d.asqSe2.interval(o.intervalMonths);
    if (!i || o.part != QLatin1String("total"))
        return std::nullopt;
    return cutoff ? i->cutoff.value : i->monitoring.value;
}

QString versionOf(const domain::InstrumentDefinitions& d, const QString& instrument)
{
    return instrument + QLatin1Char(' ') + (instrument == QLatin1String("asq3") ? d.asq3.version : d.asqSe2.version);
}

QJsonObject overrideJson(const domain::ThresholdOverride& o)
{
    return {{QStringLiteral("instrument"), o.instrument}, {QStringLiteral("interval_months"), o.intervalMonths},
            {QStringLiteral("part"), o.part}, {QStringLiteral("kind"), o.kind}, {QStringLiteral("value"), o.value},
            {QStringLiteral("reason"), o.reason}, {QStringLiteral("set_by"), textOrNull(o.setByName)}, {QStringLiteral("set_at"), textOrNull(o.setAt)}};
}

int runShow(CliContext& c)
{
    const QString cmd = QStringLiteral("instrument show");
    QString which;
    if (!c.arguments.isEmpty()) {
        auto token = instrumentToken(c.arguments.first(), tr("The instrument"), kInstruments);
        if (!token.ok())
            return usageFor(c, cmd, token.message());
        which = token.value();
    }
    auto months = wholeNumberOption(c.parser, "interval");
    if (!months.ok())
        return usageFor(c, cmd, months.message());
    if (months.value() && which != QLatin1String("asq3") && which != QLatin1String("asqse2"))
        return usageFor(c, cmd, tr("--interval needs the instrument: instrument show asq3 --interval MONTHS (or asqse)."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    auto definitions = InstrumentService(*session.value()).definitions();
    if (!definitions.ok())
        return c.out.failure(definitions.error());
    const domain::InstrumentDefinitions& d = definitions.value();
    if (months.value()) {
        QList<int> known;
        if (which == QLatin1String("asq3")) {
            for (const auto& i : d.asq3.intervals)
                known << i.months;
        } else {
            for (const auto& i : d.asqSe2.intervals)
                known << i.months;
        }
        if (!known.contains(*months.value()))
            return c.out.failure(makeError(ErrorCode::Invalid, tr("There is no %1-month %2 questionnaire; the intervals are %3.")
                                                                   .arg(*months.value())
                                                                   .arg(instrumentName(which), numbers(known))));
    }
    QJsonObject json;
    QStringList text;
    Sources sources;
    auto wanted = [&which](const char* token) { return which.isEmpty() || which == QLatin1String(token); };
    if (wanted("asq3"))
        showAsq3(d.asq3, months.value(), &json, &text, sources);
    if (wanted("asqse2")) {
        if (!text.isEmpty())
            text << QString();
        showAsqSe2(d.asqSe2, months.value(), &json, &text, sources);
    }
    if (wanted("wellcomm")) {
        if (!text.isEmpty())
            text << QString();
        showWellComm(d.wellComm, &json, &text, sources);
    }
    if (wanted("eyfs")) {
        if (!text.isEmpty())
            text << QString();
        showEyfs(d.eyfs, &json, &text, sources);
    }
    text << QString() << sources.footer();
    return c.out.success({{QStringLiteral("definitions"), json}}, text.join(QLatin1Char('\n')));
}

int runCorrections(CliContext& c)
{
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    InstrumentService service(*session.value());
    auto corrections = service.corrections();
    if (!corrections.ok())
        return c.out.failure(corrections.error());
    auto definitions = service.definitions();
    if (!definitions.ok())
        return c.out.failure(definitions.error());
    QJsonArray json;
    QList<QStringList> rows{{tr("When"), tr("By"), tr("Instrument"), tr("Threshold"), tr("Value"), tr("Reason")}};
    for (const domain::ThresholdOverride& o : corrections.value()) {
        json.append(overrideJson(o));
        const QDateTime at = QDateTime::fromString(o.setAt, Qt::ISODateWithMs);
        rows << QStringList{at.isValid() ? showDayTime(at.toLocalTime()) : o.setAt, o.setByName, instrumentName(o.instrument),
                            tr("%1 months, %2 %3").arg(o.intervalMonths).arg(partDisplayName(definitions.value(), o.instrument, o.part), o.kind),
                            showNumber(o.value), o.reason};
    }
    const QString text = corrections.value().isEmpty()
                             ? tr("No thresholds have been corrected in this store: the shipped definitions are in force.")
                             : tr("Threshold corrections in this store, oldest first: %1").arg(corrections.value().size()) + QLatin1Char('\n')
                                   + columns(rows, QStringLiteral("  "));
    return c.out.success({{QStringLiteral("corrections"), json}}, text);
}

int runCorrect(CliContext& c)
{
    const QString cmd = QStringLiteral("instrument correct");
    auto instrument = instrumentOption(c.parser, "instrument", {QStringLiteral("asq3"), QStringLiteral("asqse2")});
    auto months = wholeNumberOption(c.parser, "interval");
    auto kind = tokenOption(c.parser, "kind", {QStringLiteral("cutoff"), QStringLiteral("monitoring")});
    auto value = numberOption(c.parser, "value");
    for (const QString& problem : {instrument.message(), months.message(), kind.message(), value.message()})
        if (!problem.isEmpty())
            return usageFor(c, cmd, problem);
    domain::ThresholdOverride change;
    change.instrument = instrument.value();
    change.part = textOption(c.parser, "part");
    if (change.part.isEmpty() && change.instrument == QLatin1String("asqse2"))
        change.part = QStringLiteral("total"); // the questionnaire has one score
    change.reason = textOption(c.parser, "reason");
    if (change.instrument.isEmpty() || !months.value() || change.part.isEmpty() || kind.value().isEmpty() || !value.value()
        || change.reason.isEmpty())
        return usageFor(c, cmd, tr("instrument correct needs --instrument (asq3 or asqse), --interval, --part (a domain, or total), "
                                   "--kind (cutoff or monitoring), --value and --reason."));
    change.intervalMonths = *months.value();
    change.kind = kind.value();
    change.value = *value.value();

    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    InstrumentService service(*session.value());
    auto before = service.definitions();
    if (!before.ok())
        return c.out.failure(before.error());
    const std::optional<double> old = currentValue(before.value(), change);
    auto done = service.correctThreshold(change);
    if (!done.ok())
        return c.out.failure(done.error());
    auto after = service.definitions();
    if (!after.ok())
        return c.out.failure(after.error());
    const QString version = versionOf(after.value(), change.instrument);
    const QString what = tr("%1 %2-month %3 %4")
                             .arg(instrumentName(change.instrument))
                             .arg(change.intervalMonths)
                             .arg(partDisplayName(after.value(), change.instrument, change.part), change.kind);
    return c.out.success({{QStringLiteral("correction"), overrideJson(change)},
                          {QStringLiteral("old_value"), old ? QJsonValue(*old) : QJsonValue()},
                          {QStringLiteral("new_value"), change.value},
                          {QStringLiteral("definition_version"), version}},
                         tr("Corrected the %1 from %2 to %3. New results use definition %4; results already recorded keep the "
                            "thresholds they were scored with.")
                             .arg(what, old ? showNumber(*old) : tr("—"), showNumber(change.value), version));
}

} // namespace

QList<CommandSpec> instrumentCommands()
{
    return {
        {QStringLiteral("instrument show"),
         tr("Show the instrument definitions in force: versions, thresholds, whether each is verified, and sources."),
         {opt(QStringLiteral("interval"), tr("Only this questionnaire (months); with asq3 or asqse."), tr("months"))}, true, runShow,
         QStringLiteral("asq3|asqse|wellcomm|eyfs"), 1},
        {QStringLiteral("instrument corrections"), tr("List the threshold corrections made in this store."), {}, true, runCorrections, QString(), 0},
        {QStringLiteral("instrument correct"), tr("Correct an ASQ-3 or ASQ:SE-2 threshold in this store (administrators)."),
         {opt(QStringLiteral("instrument"), tr("asq3 or asqse."), tr("instrument")),
          opt(QStringLiteral("interval"), tr("The questionnaire (months)."), tr("months")),
          opt(QStringLiteral("part"), tr("The ASQ-3 domain (communication, ...), or total for ASQ:SE-2 (the default there)."), tr("part")),
          opt(QStringLiteral("kind"), tr("cutoff or monitoring."), tr("kind")),
          opt(QStringLiteral("value"), tr("The corrected value (at most two decimals)."), tr("value")),
          opt(QStringLiteral("reason"), tr("Why, with the source (5-500 characters)."), tr("text"))},
         true, runCorrect, QString(), 0},
    };
}

} // namespace tandem::cli
