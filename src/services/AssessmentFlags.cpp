#include "AssessmentFlags.h"

#include <QCoreApplication>

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::AssessmentFlags", text); }
QString day(const QDate& date) { return date.toString(QStringLiteral("dd/MM/yyyy")); }

QString followUpText(const store::OpenFollowUpRow& row)
{
    switch (row.kind) {
    case AssessmentKind::Asq3:
        return tr("ASQ-3 on %1 below cutoff: no follow-up recorded").arg(day(row.assessedOn));
    case AssessmentKind::AsqSe2:
        return tr("ASQ:SE-2 on %1 above cutoff: no follow-up recorded").arg(day(row.assessedOn));
    case AssessmentKind::WellComm:
        return tr("WellComm on %1 suggests referral: no follow-up recorded").arg(day(row.assessedOn));
    case AssessmentKind::Eyfs:
        return tr("EYFS progress check on %1 notes a possible delay: no follow-up recorded").arg(day(row.assessedOn));
    }
    return {};
}
} // namespace

QList<AssessmentFlag> assessmentFlags(const QList<domain::ScheduledContact>& schedule,
                                      const QList<store::OpenFollowUpRow>& openFollowUps)
{
    QList<AssessmentFlag> flags;
    for (const store::OpenFollowUpRow& row : openFollowUps)
        flags << AssessmentFlag{AssessmentFlag::Kind::NoFollowUp, row.assessmentUuid, followUpText(row)};
    for (const domain::ScheduledContact& s : schedule) {
        if (s.contact != domain::MandatedContact::TwelveMonth && s.contact != domain::MandatedContact::TwoYear)
            continue;
        const QString name = domain::contactDisplayName(s.contact);
        if (s.status == domain::ContactStatus::Due)
            flags << AssessmentFlag{AssessmentFlag::Kind::ReviewDue, {}, tr("%1 due by %2").arg(name, day(s.dueBy))};
        else if (s.status == domain::ContactStatus::Overdue)
            flags << AssessmentFlag{AssessmentFlag::Kind::ReviewDue, {}, tr("%1 overdue: was due by %2").arg(name, day(s.dueBy))};
    }
    return flags;
}

} // namespace tandem
