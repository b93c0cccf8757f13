#include "AssessmentDetailsView.h"

#include "AssessmentText.h"
#include "RecordText.h"
#include "VisitText.h"

#include "tandem/core/Contact.h"

namespace tandem::gui {

namespace {
QString esc(const QString& text) { return text.toHtmlEscaped(); }

// Multi-line text typed by a person, safe in rich text.
QString paragraph(const QString& text) { return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")); }
} // namespace

AssessmentDetailsView::AssessmentDetailsView(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("assessmentDetailsLabel"));
    setAccessibleName(tr("Details of the selected assessment"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setStyleSheet(QStringLiteral("QLabel { background: #f6f8fa; border: 1px solid #d0d4d9; border-radius: 4px; padding: 8px; }"));
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    hide();
}

void AssessmentDetailsView::setAssessment(const Assessment& assessment)
{
    setText(assessmentHtml(assessment));
    setToolTip(AssessmentText::unverifiedList(assessment));
    show();
}

void AssessmentDetailsView::setReview(const IntegratedReview& review, const QList<Assessment>& assessments)
{
    setText(reviewHtml(review, assessments));
    setToolTip(QString());
    show();
}

void AssessmentDetailsView::showNothing()
{
    clear();
    hide();
}

QString AssessmentDetailsView::assessmentHtml(const Assessment& a)
{
    QStringList html;
    QString heading = tr("<b>%1</b>, %2").arg(esc(AssessmentText::instrument(a)), RecordText::date(a.assessedOn));
    if (!a.practitionerName.isEmpty())
        heading = tr("%1, recorded by %2").arg(heading, esc(a.practitionerName));
    html << heading;
    if (a.withheld) {
        html << esc(AssessmentText::withheld(a)) + QLatin1Char('.');
        return html.join(QStringLiteral("<br>"));
    }
    if (!a.intervalReason.isEmpty())
        html << esc(a.intervalReason);
    if (a.kind == AssessmentKind::Eyfs) {
        html << tr("Completed by %1 at %2. %3")
                    .arg(esc(a.completedByName), esc(a.setting),
                         a.parentAgreedToShare ? tr("The parent agreed to share it with the health visitor.")
                                               : tr("The parent has not agreed to share it with the health visitor."));
    }
    if (a.kind == AssessmentKind::WellComm && (a.parentConcern || a.practitionerConcern)) {
        QStringList who;
        if (a.parentConcern)
            who << tr("the parent");
        if (a.practitionerConcern)
            who << tr("the practitioner");
        html << tr("Concern raised by %1.").arg(who.join(tr(" and ")));
    }
    if (!a.parts.isEmpty())
        html << partsTable(a);
    if (!a.parentConcerns.isEmpty())
        html << tr("<b>Parent's concerns:</b> %1").arg(paragraph(a.parentConcerns));
    if (!a.followUpPlan.isEmpty()) {
        QString plan = tr("<b>Follow-up plan:</b> %1").arg(paragraph(a.followUpPlan));
        if (a.followUpRecordedOn)
            plan = tr("%1 (recorded %2)").arg(plan, RecordText::date(*a.followUpRecordedOn));
        html << plan;
    } else if (a.needsFollowUp) {
        html << QStringLiteral("<span style='color:#7a0014'><b>%1</b></span>")
                    .arg(esc(tr("Follow-up needed: no plan is recorded yet.")));
    }
    if (!a.unverified.isEmpty()) {
        // What is unverified, one line each; where each value came from is in the tooltip.
        QStringList items;
        for (const QString& sentence : a.unverified)
            items << esc(sentence.section(QStringLiteral(": "), 0, 0));
        html << QStringLiteral("<span style='color:#6b4200'>%1 %2.</span>")
                    .arg(esc(tr("Not yet verified:")), items.join(QStringLiteral("; ")));
    }
    if (!a.definitionVersion.isEmpty())
        html << QStringLiteral("<span style='color:#5f6b7a'>%1</span>")
                    .arg(esc(tr("Scored with definitions %1.").arg(a.definitionVersion)));
    return html.join(QStringLiteral("<br>"));
}

// The parts as scored: the thresholds each was compared with, and whether they are verified.
QString AssessmentDetailsView::partsTable(const Assessment& a)
{
    const bool scored = a.kind == AssessmentKind::Asq3 || a.kind == AssessmentKind::AsqSe2;
    QString table = QStringLiteral("<table cellspacing='0' cellpadding='3'><tr>");
    const QStringList headers = scored ? QStringList{tr("Part"), tr("Score"), tr("Cutoff"), tr("Monitoring"), tr("Result")}
                                       : QStringList{tr("Part"), tr("Result"), tr("Summary")};
    for (const QString& h : headers)
        table += QStringLiteral("<th align='left'>%1</th>").arg(esc(h));
    table += QStringLiteral("</tr>");
    for (const AssessmentPart& p : a.parts) {
        const QString result = QStringLiteral("<span style='color:%1'>%2</span>")
                                   .arg(AssessmentText::zoneColour(p.zone).name(), esc(AssessmentText::partResult(p, a.kind)));
        table += QStringLiteral("<tr><td>%1</td>").arg(esc(AssessmentText::partName(p.part)));
        if (scored) {
            table += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td><td>%4</td>")
                         .arg(esc(AssessmentText::partScore(p)), esc(p.cutoff ? AssessmentText::threshold(*p.cutoff) : QString()),
                              esc(p.monitoring ? AssessmentText::threshold(*p.monitoring) : QString()), result);
        } else {
            table += QStringLiteral("<td>%1</td><td>%2</td>").arg(result, paragraph(p.note));
        }
        table += QStringLiteral("</tr>");
    }
    return table + QStringLiteral("</table>");
}

QString AssessmentDetailsView::linkedName(const QString& assessmentUuid, const QList<Assessment>& assessments)
{
    for (const Assessment& a : assessments)
        if (a.uuid == assessmentUuid)
            return tr("%1 (%2)").arg(AssessmentText::instrument(a), RecordText::date(a.assessedOn));
    return tr("an assessment not shown here");
}

QString AssessmentDetailsView::reviewHtml(const IntegratedReview& r, const QList<Assessment>& assessments)
{
    QStringList html;
    QString heading = tr("<b>Integrated review</b>, %1").arg(esc(VisitText::dateTime(r.reviewedAt)));
    if (!r.place.isEmpty())
        heading = tr("%1, %2").arg(heading, esc(ContactPlaces::displayName(r.place)));
    if (!r.practitionerName.isEmpty())
        heading = tr("%1, with %2").arg(heading, esc(r.practitionerName));
    html << heading;
    if (!r.settingPractitioner.isEmpty())
        html << tr("From the early-years setting: %1").arg(esc(r.settingPractitioner));
    if (!r.peoplePresent.isEmpty())
        html << tr("People present: %1").arg(esc(r.peoplePresent));
    QStringList linked;
    for (const QString& uuid : {r.asq3Uuid, r.asqSe2Uuid, r.wellCommUuid, r.eyfsUuid})
        if (!uuid.isEmpty())
            linked << esc(linkedName(uuid, assessments));
    if (!linked.isEmpty())
        html << tr("Brings together: %1").arg(linked.join(QStringLiteral("; ")));
    if (!r.parentViews.isEmpty())
        html << tr("<b>Parent's views:</b> %1").arg(paragraph(r.parentViews));
    if (!r.summary.isEmpty())
        html << tr("<b>Summary:</b> %1").arg(paragraph(r.summary));
    for (const FollowUpAction& action : r.actions)
        html << tr("Action: %1").arg(esc(VisitText::action(action)));
    return html.join(QStringLiteral("<br>"));
}

} // namespace tandem::gui
