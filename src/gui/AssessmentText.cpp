#include "AssessmentText.h"

#include "tandem/domain/ChildAge.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace tandem::gui::AssessmentText {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::gui::AssessmentText", text); }

constexpr double kDaysPerMonth = 30.44; // as QuestionnaireInterval compares ages

struct Colours {
    QColor text;
    QColor badge;
};

// The same palette as the contact statuses: green done, amber watch, red act, grey nothing to say.
Colours coloursFor(Zone zone)
{
    switch (zone) {
    case Zone::OnSchedule: return {QColor(0x1b, 0x5e, 0x2f), QColor(0xdc, 0xf1, 0xe1)};
    case Zone::Monitoring: return {QColor(0x6b, 0x42, 0x00), QColor(0xfb, 0xec, 0xcd)};
    case Zone::Refer: return {QColor(0x7a, 0x00, 0x14), QColor(0xfb, 0xdd, 0xe2)};
    case Zone::NotScored: break;
    }
    return {QColor(0x4a, 0x55, 0x63), QColor(0xec, 0xef, 0xf3)};
}
} // namespace

QString zone(Zone zone)
{
    switch (zone) {
    case Zone::OnSchedule: return tr("On schedule");
    case Zone::Monitoring: return tr("Monitoring zone");
    case Zone::Refer: return tr("Below cutoff: refer");
    case Zone::NotScored: return tr("Not scored");
    }
    return {};
}

QColor zoneColour(Zone zone) { return coloursFor(zone).text; }

QColor zoneBadge(Zone zone) { return coloursFor(zone).badge; }

QString zoneStyleSheet(Zone zone)
{
    const Colours c = coloursFor(zone);
    return QStringLiteral("QLabel { color: %1; background: %2; border-radius: 4px; padding: 3px 8px; }")
        .arg(c.text.name(), c.badge.name());
}

QString partResult(const AssessmentPart& part, AssessmentKind kind)
{
    switch (kind) {
    case AssessmentKind::WellComm: return WellCommResults::displayName(part.result);
    case AssessmentKind::Eyfs: return eyfsStatus(part.result);
    case AssessmentKind::AsqSe2:
        if (part.zone == Zone::Refer)
            return tr("Above cutoff: refer"); // higher is more concern on ASQ:SE-2
        break;
    case AssessmentKind::Asq3: break;
    }
    if (part.zone == Zone::NotScored && !part.note.isEmpty())
        return part.note; // the rules say why, e.g. "Not scored: 3 of 6 items were not answered ..."
    return zone(part.zone);
}

QString partName(const QString& key)
{
    // ASQ-3 domains, EYFS prime areas and the ASQ:SE-2 total: the data files carry English names;
    // the screens translate the keys they know.
    static const struct { const char* key; const char* name; } names[] = {
        {"communication", QT_TRANSLATE_NOOP("tandem::gui::AssessmentText", "Communication")},
        {"gross-motor", QT_TRANSLATE_NOOP("tandem::gui::AssessmentText", "Gross Motor")},
        {"fine-motor", QT_TRANSLATE_NOOP("tandem::gui::AssessmentText", "Fine Motor")},
        {"problem-solving", QT_TRANSLATE_NOOP("tandem::gui::AssessmentText", "Problem Solving")},
        {"personal-social", QT_TRANSLATE_NOOP("tandem::gui::AssessmentText", "Personal-Social")},
        {"total", QT_TRANSLATE_NOOP("tandem::gui::AssessmentText", "Total")},
        {"communication-language", QT_TRANSLATE_NOOP("tandem::gui::AssessmentText", "Communication and Language")},
        {"physical", QT_TRANSLATE_NOOP("tandem::gui::AssessmentText", "Physical Development")},
        {"personal-social-emotional",
         QT_TRANSLATE_NOOP("tandem::gui::AssessmentText", "Personal, Social and Emotional Development")},
    };
    for (const auto& n : names)
        if (key == QLatin1String(n.key))
            return tr(n.name);
    if (key.startsWith(QLatin1String("section-")))
        return tr("Section %1").arg(key.mid(8));
    return key;
}

QString eyfsStatus(const QString& token)
{
    if (token == QLatin1String("on-track"))
        return tr("Progress as expected");
    if (token == QLatin1String("less-than-expected"))
        return tr("Progress less than expected");
    if (token == QLatin1String("possible-delay"))
        return tr("Possible delay or special educational need");
    return token;
}

QString score(double value)
{
    // Scores and thresholds carry at most two decimals; trailing zeros say nothing.
    QString text = QLocale().toString(value, 'f', 2);
    const QChar point = QLocale().decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString partScore(const AssessmentPart& part)
{
    if (!part.score)
        return QStringLiteral("—");
    return part.adjusted ? tr("%1 (adjusted)").arg(score(*part.score)) : score(*part.score);
}

QString unverified() { return tr("unverified"); }

QString threshold(const ThresholdUsed& value)
{
    // Written as the domain rules and the CLI write it ("33.3"), so every place reads the same.
    return value.verified ? score(value.value) : tr("%1 (%2)").arg(score(value.value), unverified());
}

QString thresholds(const AssessmentPart& part, AssessmentKind kind)
{
    QStringList parts;
    if (kind == AssessmentKind::AsqSe2) {
        if (part.cutoff)
            parts << tr("Refer above %1").arg(threshold(*part.cutoff));
        if (part.monitoring)
            parts << tr("monitoring zone from %1").arg(threshold(*part.monitoring));
    } else {
        if (part.cutoff)
            parts << tr("Cutoff %1").arg(threshold(*part.cutoff));
        if (part.monitoring)
            parts << tr("monitoring zone below %1").arg(threshold(*part.monitoring));
    }
    return parts.join(QStringLiteral(" · "));
}

QString interval(int months) { return months > 0 ? tr("%1-month questionnaire").arg(months) : QString(); }

QList<int> intervalChoices(const domain::IntervalChoice& choice)
{
    QList<int> months = choice.candidates;
    if (choice.months && !months.contains(*choice.months))
        months << *choice.months;
    std::sort(months.begin(), months.end());
    return months;
}

QString intervalReason(const domain::IntervalChoice& choice)
{
    QStringList others;
    for (int months : intervalChoices(choice))
        if (!choice.months || months != *choice.months)
            others << interval(months);
    if (others.isEmpty())
        return choice.reason;
    return tr("%1 The windows overlap at this age, so the %2 could be used instead.")
        .arg(choice.reason, QLocale().createSeparatedList(others))
        .trimmed();
}

QString instrument(const Assessment& assessment)
{
    const QString name = AssessmentKinds::displayName(assessment.kind);
    switch (assessment.kind) {
    case AssessmentKind::Asq3:
    case AssessmentKind::AsqSe2:
        return assessment.intervalMonths > 0 ? tr("%1, %2").arg(name, interval(assessment.intervalMonths)) : name;
    case AssessmentKind::WellComm:
        return assessment.ageSection > 0 ? tr("%1, section %2").arg(name).arg(assessment.ageSection) : name;
    case AssessmentKind::Eyfs: break;
    }
    return name;
}

QString withheld(const Assessment& assessment)
{
    const QString setting = assessment.setting.isEmpty() ? tr("the early-years setting") : assessment.setting;
    return tr("Progress check recorded by %1; the parent has not agreed to share it with the health visitor").arg(setting);
}

QString outcome(const Assessment& assessment) { return assessment.withheld ? withheld(assessment) : assessment.outcome; }

bool followUpNeeded(const Assessment& assessment)
{
    return assessment.needsFollowUp && assessment.followUpPlan.trimmed().isEmpty() && !assessment.withheld;
}

QString followUpNeededText() { return tr("Follow-up needed"); }

QString unverifiedList(const Assessment& assessment)
{
    if (assessment.unverified.isEmpty())
        return {};
    QStringList lines{tr("Values behind this result that are not yet verified:")};
    for (const QString& sentence : assessment.unverified)
        lines << tr("• %1").arg(sentence);
    return lines.join(QLatin1Char('\n'));
}

std::optional<double> ageInMonths(const QDate& birth, const QDate& on)
{
    const auto span = domain::ChildAge::on(birth, on);
    if (!span)
        return std::nullopt;
    return span->months + span->days / kDaysPerMonth;
}

QString age(const QDate& birth, const QDate& on)
{
    const auto span = domain::ChildAge::on(birth, on);
    return span ? domain::ChildAge::describe(*span) : QString();
}

} // namespace tandem::gui::AssessmentText
