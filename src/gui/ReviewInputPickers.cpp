#include "ReviewInputPickers.h"

#include "AssessmentText.h"
#include "FieldFeedback.h"
#include "RecordText.h"

#include <QComboBox>
#include <QLabel>
#include <QStandardItemModel>

namespace tandem::gui {

ReviewInputPickers::ReviewInputPickers(Session& session, const QString& childUuid, const Pickers& pickers, FieldFeedback* feedback,
                                       QObject* parent)
    : QObject(parent), m_session(session), m_childUuid(childUuid), m_pickers(pickers), m_feedback(feedback)
{
    for (const Picker& picker : m_pickers) {
        // Outcome lines are long: the list shows them whole, the closed box as much as fits.
        picker.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        picker.combo->setMinimumContentsLength(24);
        picker.summary->setStyleSheet(QStringLiteral("color: #3d4752;"));
        picker.summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_feedback->fitToWidth(picker.summary);
    }
}

Result<void> ReviewInputPickers::load(const QDate& reviewDay)
{
    m_reviewDay = reviewDay;
    Result<void> answer;
    auto loaded = ReviewService(m_session).inputs(m_childUuid, reviewDay);
    if (loaded.ok()) {
        m_inputs = std::move(loaded).value();
    } else {
        m_inputs = ReviewInputs{};
        answer = loaded.error();
    }
    fill(Asq3, true);
    fill(AsqSe2, false);
    fill(Eyfs, false);
    fill(WellComm, false);
    return answer;
}

const QList<Assessment>& ReviewInputPickers::candidates(Input input) const
{
    switch (input) {
    case Asq3: return m_inputs.asq3;
    case AsqSe2: return m_inputs.asqSe2;
    case Eyfs: return m_inputs.eyfs;
    case WellComm:
    case InputCount: break;
    }
    return m_inputs.wellComm;
}

void ReviewInputPickers::fill(Input input, bool required)
{
    QComboBox* combo = m_pickers[input].combo;
    const QList<Assessment>& list = candidates(input);
    const QString keep = combo->currentData().toString();
    const QSignalBlocker quiet(combo); // one validation once every picker is filled
    combo->clear();
    if (list.isEmpty()) {
        combo->addItem(tr("None in the 3 months before the review"), QString());
        combo->setEnabled(false);
        return;
    }
    combo->setEnabled(true);
    if (!required)
        combo->addItem(tr("Not part of this review"), QString());
    int first = -1;
    int kept = -1;
    for (const Assessment& a : list) {
        const QString date = RecordText::date(a.assessedOn);
        if (a.withheld) {
            // Listed so the practitioner knows it exists, but it cannot be linked without the parent's agreement.
            combo->addItem(tr("%1 — not shared with the health visitor").arg(date), a.uuid);
            const int index = combo->count() - 1;
            combo->setItemData(index, AssessmentText::withheld(a), Qt::ToolTipRole);
            if (auto* model = qobject_cast<QStandardItemModel*>(combo->model()))
                model->item(index)->setEnabled(false);
            continue;
        }
        const QString text = tr("%1 — %2").arg(date, AssessmentText::outcome(a));
        combo->addItem(text, a.uuid);
        const int index = combo->count() - 1;
        combo->setItemData(index, text, Qt::ToolTipRole);
        if (first < 0)
            first = index; // the newest
        if (a.uuid == keep)
            kept = index;
    }
    combo->setCurrentIndex(kept >= 0 ? kept : (first >= 0 ? first : 0));
}

const Assessment* ReviewInputPickers::chosen(Input input) const
{
    const QString uuid = m_pickers[input].combo->currentData().toString();
    if (uuid.isEmpty())
        return nullptr;
    for (const Assessment& a : candidates(input))
        if (a.uuid == uuid && !a.withheld)
            return &a;
    return nullptr;
}

QString ReviewInputPickers::chosenUuid(Input input) const
{
    const Assessment* a = chosen(input);
    return a ? a->uuid : QString();
}

QList<Assessment> ReviewInputPickers::allChosen() const
{
    QList<Assessment> linked;
    for (Input input : {Asq3, AsqSe2, Eyfs, WellComm})
        if (const Assessment* a = chosen(input))
            linked << *a;
    return linked;
}

void ReviewInputPickers::showSummaries()
{
    for (Input input : {Asq3, AsqSe2, Eyfs, WellComm})
        showSummary(input);
}

// The chosen assessment's results in one short paragraph; the outcome line is in the picker.
QString ReviewInputPickers::results(const Assessment& a)
{
    QStringList lines;
    switch (a.kind) {
    case AssessmentKind::Asq3:
    case AssessmentKind::AsqSe2:
        lines << AssessmentText::interval(a.intervalMonths);
        for (const AssessmentPart& part : a.parts)
            lines << tr("%1 %2 (%3)").arg(AssessmentText::partName(part.part), AssessmentText::partScore(part),
                                          AssessmentText::partResult(part, a.kind));
        break;
    case AssessmentKind::WellComm:
    case AssessmentKind::Eyfs:
        if (a.kind == AssessmentKind::Eyfs && !a.setting.isEmpty())
            lines << a.setting;
        for (const AssessmentPart& part : a.parts)
            lines << tr("%1: %2").arg(AssessmentText::partName(part.part), AssessmentText::partResult(part, a.kind));
        break;
    }
    if (!a.followUpPlan.trimmed().isEmpty())
        lines << tr("Plan: %1").arg(a.followUpPlan.simplified());
    lines.removeAll(QString());
    return lines.join(QStringLiteral(" · "));
}

void ReviewInputPickers::showSummary(Input input)
{
    QString text;
    QString tip;
    if (const Assessment* a = chosen(input)) {
        text = results(*a);
        if (a->kind == AssessmentKind::Eyfs) { // the setting's summaries are too long for the line
            QStringList notes;
            for (const AssessmentPart& part : a->parts)
                if (!part.note.isEmpty())
                    notes << tr("%1: %2").arg(AssessmentText::partName(part.part), part.note);
            tip = notes.join(QLatin1Char('\n'));
        }
    } else if (input == Eyfs) {
        for (const Assessment& w : m_inputs.eyfs) {
            if (w.withheld) { // say why the check the setting recorded is not offered
                text = tr("%1: %2. It cannot be part of the review.").arg(RecordText::date(w.assessedOn), AssessmentText::withheld(w));
                break;
            }
        }
    }
    QLabel* summary = m_pickers[input].summary;
    summary->setToolTip(tip);
    m_feedback->setFittedText(summary, text);
}

} // namespace tandem::gui
