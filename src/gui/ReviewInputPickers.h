#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/core/Result.h"
#include "tandem/services/ReviewService.h"

#include <QDate>
#include <QObject>

#include <array>
#include <optional>

class QComboBox;
class QLabel;

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// The integrated review's four assessment pickers (ASQ-3, required; ASQ:SE-2, EYFS progress
// check and WellComm, optional), each a combo box of the candidates ReviewService::inputs lists
// for the review day and a line summarising the chosen one's results. The combo boxes and lines
// belong to the dialog's form; this fills them and says what is chosen.
class ReviewInputPickers : public QObject {
    Q_OBJECT
public:
    enum Input { Asq3, AsqSe2, Eyfs, WellComm, InputCount };
    struct Picker {
        QComboBox* combo = nullptr;
        QLabel* summary = nullptr; // fitted to its width through feedback
    };
    using Pickers = std::array<Picker, InputCount>; // in Input order

    ReviewInputPickers(Session& session, const QString& childUuid, const Pickers& pickers, FieldFeedback* feedback,
                       QObject* parent = nullptr);

    // Lists the candidates for the review day, keeping each choice that is still offered. When
    // the service refuses, the pickers offer nothing and its answer is returned.
    Result<void> load(const QDate& reviewDay);
    // The review day the pickers list candidates for, once loaded.
    std::optional<QDate> reviewDay() const { return m_reviewDay; }
    bool alreadyReviewed() const { return m_inputs.alreadyReviewed; }
    bool hasCandidates(Input input) const { return !candidates(input).isEmpty(); }

    // The chosen assessment, or null for none (or one the parent has not agreed to share).
    const Assessment* chosen(Input input) const;
    QString chosenUuid(Input input) const;
    QList<Assessment> allChosen() const;
    // Updates each summary line to the current choice.
    void showSummaries();

private:
    const QList<Assessment>& candidates(Input input) const;
    void fill(Input input, bool required);
    void showSummary(Input input);
    static QString results(const Assessment& assessment);

    Session& m_session;
    QString m_childUuid;
    Pickers m_pickers;
    FieldFeedback* m_feedback;
    ReviewInputs m_inputs;
    std::optional<QDate> m_reviewDay;
};

} // namespace tandem::gui
