#include "tandem/core/Assessment.h"

#include <QCoreApplication>

namespace tandem {
namespace {

QString kindName(const char* text) { return QCoreApplication::translate("tandem::AssessmentKinds", text); }
QString zoneName(const char* text) { return QCoreApplication::translate("tandem::Zones", text); }
QString answerName(const char* text) { return QCoreApplication::translate("tandem::Asq3Answers", text); }
QString resultName(const char* text) { return QCoreApplication::translate("tandem::WellCommResults", text); }

constexpr AssessmentKind kKinds[] = {AssessmentKind::Asq3, AssessmentKind::AsqSe2, AssessmentKind::WellComm,
                                     AssessmentKind::Eyfs};
constexpr Zone kZones[] = {Zone::OnSchedule, Zone::Monitoring, Zone::Refer, Zone::NotScored};

} // namespace

namespace AssessmentKinds {

QString token(AssessmentKind kind)
{
    switch (kind) {
    case AssessmentKind::Asq3: return QStringLiteral("asq3");
    case AssessmentKind::AsqSe2: return QStringLiteral("asqse2");
    case AssessmentKind::WellComm: return QStringLiteral("wellcomm");
    case AssessmentKind::Eyfs: return QStringLiteral("eyfs");
    }
    return {};
}

std::optional<AssessmentKind> fromToken(const QString& text)
{
    for (AssessmentKind kind : kKinds)
        if (token(kind) == text)
            return kind;
    return std::nullopt;
}

QString displayName(AssessmentKind kind)
{
    switch (kind) {
    case AssessmentKind::Asq3: return kindName("ASQ-3");
    case AssessmentKind::AsqSe2: return kindName("ASQ:SE-2");
    case AssessmentKind::WellComm: return kindName("WellComm");
    case AssessmentKind::Eyfs: return kindName("EYFS progress check");
    }
    return {};
}

} // namespace AssessmentKinds

namespace Zones {

QString token(Zone zone)
{
    switch (zone) {
    case Zone::OnSchedule: return QStringLiteral("on-schedule");
    case Zone::Monitoring: return QStringLiteral("monitoring");
    case Zone::Refer: return QStringLiteral("refer");
    case Zone::NotScored: return QStringLiteral("not-scored");
    }
    return {};
}

std::optional<Zone> fromToken(const QString& text)
{
    for (Zone zone : kZones)
        if (token(zone) == text)
            return zone;
    return std::nullopt;
}

QString displayName(Zone zone)
{
    switch (zone) {
    case Zone::OnSchedule: return zoneName("On schedule");
    case Zone::Monitoring: return zoneName("Monitoring zone");
    case Zone::Refer: return zoneName("Below cutoff: refer");
    case Zone::NotScored: return zoneName("Not scored");
    }
    return {};
}

} // namespace Zones

namespace Asq3Answers {

QChar letter(Asq3Answer answer)
{
    switch (answer) {
    case Asq3Answer::Yes: return QLatin1Char('Y');
    case Asq3Answer::Sometimes: return QLatin1Char('S');
    case Asq3Answer::NotYet: return QLatin1Char('N');
    case Asq3Answer::Missing: return QLatin1Char('-');
    }
    return QLatin1Char('-');
}

std::optional<Asq3Answer> fromLetter(QChar c)
{
    switch (c.toUpper().unicode()) {
    case 'Y': return Asq3Answer::Yes;
    case 'S': return Asq3Answer::Sometimes;
    case 'N': return Asq3Answer::NotYet;
    case '-':
    case ' ': return Asq3Answer::Missing;
    default: return std::nullopt;
    }
}

QString toLetters(const QList<Asq3Answer>& answers)
{
    QString out;
    for (Asq3Answer a : answers)
        out.append(letter(a));
    return out;
}

std::optional<QList<Asq3Answer>> fromLetters(const QString& letters)
{
    QList<Asq3Answer> out;
    for (QChar c : letters) {
        auto a = fromLetter(c);
        if (!a)
            return std::nullopt;
        out.append(*a);
    }
    return out;
}

QString displayName(Asq3Answer answer)
{
    switch (answer) {
    case Asq3Answer::Yes: return answerName("Yes");
    case Asq3Answer::Sometimes: return answerName("Sometimes");
    case Asq3Answer::NotYet: return answerName("Not yet");
    case Asq3Answer::Missing: return answerName("Not answered");
    }
    return {};
}

int points(Asq3Answer answer)
{
    switch (answer) {
    case Asq3Answer::Yes: return 10;
    case Asq3Answer::Sometimes: return 5;
    case Asq3Answer::NotYet:
    case Asq3Answer::Missing: return 0;
    }
    return 0;
}

} // namespace Asq3Answers

namespace WellCommResults {

QStringList tokens() { return {QStringLiteral("red"), QStringLiteral("amber"), QStringLiteral("green")}; }

QString displayName(const QString& token)
{
    if (token == QLatin1String("red"))
        return resultName("Red: significantly delayed");
    if (token == QLatin1String("amber"))
        return resultName("Amber: mildly delayed");
    if (token == QLatin1String("green"))
        return resultName("Green: age-appropriate");
    return token;
}

} // namespace WellCommResults

} // namespace tandem
