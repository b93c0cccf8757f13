#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/services/FamilyTypes.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tandem {
class Session;
}

namespace tandem::gui {

class AssessmentDetailsView;
class AssessmentHistoryView;

// Assessments on the family record, one born child at a time (a chooser when there are
// several, the child the record was opened for first): every ASQ-3, ASQ:SE-2, WellComm and
// EYFS progress check and every integrated review, newest first, each with its outcome, who did
// it, "unverified" when an unchecked value drove the result, and "Follow-up needed" while a
// result that needs a plan has none. The selected entry's details (each part's score, zone and
// thresholds with their verified state, concerns, plan, definition version) show below.
// The buttons open the forms window-modal and follow the user's permissions; after a change the
// panel reloads and emits recordChanged().
class AssessmentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AssessmentsPanel(Session& session, QWidget* parent = nullptr);

    void setRecord(const FamilyRecord& record, const QString& focusChildUuid = {});
    void reload();
    void selectChild(const QString& childUuid);
    QString currentChildUuid() const;
    QTreeWidget* historyView() const;

Q_SIGNALS:
    void recordChanged();

private:
    struct Entry {
        std::optional<Assessment> assessment;
        std::optional<IntegratedReview> review;
        QDate date() const;
        QString uuid() const;
    };
    void fillChildren(const QString& focusChildUuid);
    std::optional<Child> currentChild() const;
    void showHistory();
    const Entry* selected() const;
    void showDetails();
    void updateButtons();
    void open(QDialog* dialog, bool showNewest = false);
    void openForChild(int which);
    void recordFollowUp();
    void changed();
    void showProblem(const QString& message);

    Session& m_session;
    FamilyRecord m_record;
    QList<Child> m_children;    // born, current records; the focus child first
    QList<Entry> m_entries;     // the current child's, newest first
    QLabel* m_title = nullptr;
    QComboBox* m_childCombo = nullptr;
    QLabel* m_childName = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_empty = nullptr;
    AssessmentHistoryView* m_history = nullptr;
    AssessmentDetailsView* m_details = nullptr;
    QPushButton* m_asq3 = nullptr;
    QPushButton* m_asqSe2 = nullptr;
    QPushButton* m_wellComm = nullptr;
    QPushButton* m_eyfs = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_chart = nullptr;
    QPushButton* m_followUp = nullptr;
};

} // namespace tandem::gui
