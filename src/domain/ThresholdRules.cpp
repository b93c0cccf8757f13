#include "tandem/domain/ThresholdRules.h"

#include "tandem/domain/ContactRules.h"

#include <QCoreApplication>

#include <cmath>

namespace tandem::domain::ThresholdRules {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::domain::ThresholdRules", text); }

const QString kAsq3 = QStringLiteral("asq3");
const QString kAsqSe2 = QStringLiteral("asqse2");
const QString kCutoff = QStringLiteral("cutoff");
const QString kMonitoring = QStringLiteral("monitoring");
const QString kValueField = QStringLiteral("threshold.value");

void add(FieldIssues& issues, const QString& field, const QString& message) { issues.append({field, message}); }

QString show(double value) { return QString::number(value, 'f', 2); }

// Thresholds are compared in hundredths, as the zones are.
qint64 hundredths(double value) { return std::llround(value * 100.0); }

bool atMostTwoDecimals(double value) { return std::abs(value * 100.0 - std::round(value * 100.0)) < 1e-6; }

QString monthsList(const QList<int>& months)
{
    QStringList out;
    for (int m : months)
        out.append(QString::number(m));
    return out.join(QStringLiteral(", "));
}

// "A cutoff of 45.00" / "A monitoring threshold of 20.00"
QString proposed(const ThresholdOverride& change)
{
    return change.kind == kCutoff ? tr("A cutoff of %1").arg(show(change.value))
                                  : tr("A monitoring threshold of %1").arg(show(change.value));
}

// Interval and domain; then, when the value is a usable number, its range and its order against
// the other threshold of the same domain (lower scores are more concern).
void checkAsq3(FieldIssues& issues, const ThresholdOverride& change, const Asq3Definition& asq3, bool valueUsable)
{
    const Asq3Interval* interval = asq3.interval(change.intervalMonths);
    if (!interval) {
        QList<int> months;
        for (const Asq3Interval& i : asq3.intervals)
            months.append(i.months);
        add(issues, QStringLiteral("threshold.interval"),
            tr("ASQ-3 has no %1-month questionnaire; choose one of %2.").arg(change.intervalMonths).arg(monthsList(months)));
    }
    const NamedKey* domain = nullptr;
    for (const NamedKey& d : asq3.domains)
        if (d.key == change.part)
            domain = &d;
    if (!domain)
        add(issues, QStringLiteral("threshold.part"), tr("Choose one of the five ASQ-3 domains."));

    if (!valueUsable)
        return;
    if (change.value < 0 || change.value > asq3.maxDomainScore) {
        add(issues, kValueField, tr("An ASQ-3 threshold is between 0 and %1.").arg(asq3.maxDomainScore));
        return;
    }
    if (!interval || !domain)
        return;
    if (change.kind == kCutoff) {
        // The monitoring zone runs from the cutoff up to the monitoring threshold.
        const SourcedValue* monitoring = interval->monitoringThreshold(domain->key);
        if (monitoring && hundredths(change.value) > hundredths(monitoring->value))
            add(issues, kValueField, tr("%1 would be above the monitoring threshold for %2 at %3 months (%4); correct "
                                        "the monitoring threshold first, or choose a lower value.")
                                         .arg(proposed(change), domain->name)
                                         .arg(interval->months)
                                         .arg(show(monitoring->value)));
    } else if (change.kind == kMonitoring) {
        const SourcedValue* cutoff = interval->cutoff(domain->key);
        if (cutoff && hundredths(change.value) < hundredths(cutoff->value))
            add(issues, kValueField, tr("%1 would be below the cutoff for %2 at %3 months (%4); correct the cutoff "
                                        "first, or choose a higher value.")
                                         .arg(proposed(change), domain->name)
                                         .arg(interval->months)
                                         .arg(show(cutoff->value)));
    }
}

// Higher is more concern: the monitoring zone runs from the monitoring threshold up to the cutoff.
void checkAsqSe2(FieldIssues& issues, const ThresholdOverride& change, const AsqSe2Definition& asqSe2, bool valueUsable)
{
    const AsqSe2Interval* interval = asqSe2.interval(change.intervalMonths);
    if (!interval) {
        QList<int> months;
        for (const AsqSe2Interval& i : asqSe2.intervals)
            months.append(i.months);
        add(issues, QStringLiteral("threshold.interval"),
            tr("ASQ:SE-2 has no %1-month questionnaire; choose one of %2.")
                .arg(change.intervalMonths)
                .arg(monthsList(months)));
    }
    if (change.part != QLatin1String("total"))
        add(issues, QStringLiteral("threshold.part"), tr("ASQ:SE-2 thresholds apply to the total score."));
    if (!valueUsable)
        return;
    if (!interval) {
        if (change.value < 0)
            add(issues, kValueField, tr("A threshold cannot be negative."));
        return;
    }
    if (change.value < 0 || change.value > interval->maxTotal) {
        add(issues, kValueField, tr("An ASQ:SE-2 threshold at %1 months is between 0 and %2.")
                                     .arg(interval->months)
                                     .arg(interval->maxTotal));
        return;
    }
    if (change.kind == kCutoff && hundredths(change.value) < hundredths(interval->monitoring.value))
        add(issues, kValueField, tr("%1 would be below the monitoring threshold for the total at %2 months (%3); "
                                    "correct the monitoring threshold first, or choose a higher value.")
                                     .arg(proposed(change))
                                     .arg(interval->months)
                                     .arg(show(interval->monitoring.value)));
    else if (change.kind == kMonitoring && hundredths(change.value) > hundredths(interval->cutoff.value))
        add(issues, kValueField, tr("%1 would be above the cutoff for the total at %2 months (%3); correct the "
                                    "cutoff first, or choose a lower value.")
                                     .arg(proposed(change))
                                     .arg(interval->months)
                                     .arg(show(interval->cutoff.value)));
}

} // namespace

FieldIssues check(ThresholdOverride& change, const InstrumentDefinitions& effective)
{
    FieldIssues issues;
    const bool asq3 = change.instrument == kAsq3;
    const bool asqSe2 = change.instrument == kAsqSe2;
    if (!asq3 && !asqSe2)
        add(issues, QStringLiteral("threshold.instrument"), tr("Choose ASQ-3 or ASQ:SE-2."));
    if (change.kind != kCutoff && change.kind != kMonitoring)
        add(issues, QStringLiteral("threshold.kind"), tr("Choose whether to correct the cutoff or the monitoring threshold."));

    bool valueUsable = false;
    if (!std::isfinite(change.value))
        add(issues, kValueField, tr("Enter the new value as a number."));
    else if (!atMostTwoDecimals(change.value))
        add(issues, kValueField, tr("Enter the value with at most two decimals, as in the published tables."));
    else
        valueUsable = true;
    if (asq3)
        checkAsq3(issues, change, effective.asq3, valueUsable);
    else if (asqSe2)
        checkAsqSe2(issues, change, effective.asqSe2, valueUsable);

    issues.append(ContactRules::checkReason(change.reason, QStringLiteral("threshold.reason")));
    return issues;
}

} // namespace tandem::domain::ThresholdRules
