#pragma once

#include "tandem/core/Contact.h"
#include "tandem/domain/RecordRules.h"
#include "tandem/services/FamilyTypes.h"
#include "tandem/services/VisitTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class LogContactDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class ActionsTable;
class FieldFeedback;

// Logs a contact with the family: when and where, which children it covered, who was there,
// how long, the outcome, follow-up actions and an optional note with who may read it. A line
// under the type says which mandated contact it completes for which child. Checked against
// domain::ContactRules as the user types; VisitService::logContact has the last word, and its
// answer is shown in the dialog, which stays open.
class LogContactDialog : public QDialog {
    Q_OBJECT
public:
    // focusChildUuid: the child the record was opened for, ticked and used for the default type.
    LogContactDialog(Session& session, const FamilyRecord& record, const QString& focusChildUuid, QWidget* parent = nullptr);
    ~LogContactDialog() override;

    // The booked visit this contact is for; logging it marks the appointment done.
    void setAppointment(const QString& appointmentUuid) { m_appointmentUuid = appointmentUuid; }
    // After acceptance: the contact as stored.
    const Contact& loggedContact() const { return m_logged; }

private:
    void fillChoices(const QString& focusChildUuid);
    QString defaultType(const QString& focusChildUuid) const;
    QString placeFor(const QString& type) const;
    Contact draft(domain::FieldIssues* parseIssues) const;
    QStringList checkedChildren() const;
    void validate();
    void showIssues(const domain::FieldIssues& issues);
    void updateHint();
    void save();

    Session& m_session;
    Family m_family;
    QList<ChildSchedule> m_schedules;
    QString m_appointmentUuid;
    Contact m_logged;
    std::unique_ptr<Ui::LogContactDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
    ActionsTable* m_actions = nullptr;
    bool m_placeChosen = false; // the user picked a place: a new type no longer changes it
};

} // namespace tandem::gui
