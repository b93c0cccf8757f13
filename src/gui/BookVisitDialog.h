#pragma once

#include "tandem/core/Appointment.h"
#include "tandem/services/VisitTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class BookVisitDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Books a planned visit to one family through AppointmentService::book. The family is shown,
// not chosen; the children with a contact to do are ticked to start with, and the type starts
// as the household's next mandated contact. Team leads may book for another worker.
// Problems are shown under their fields, and the service's answer in the dialog.
class BookVisitDialog : public QDialog {
    Q_OBJECT
public:
    // practitionerUserUuid: whose diary (empty: the signed-in user's).
    BookVisitDialog(Session& session, const CaseloadEntry& family, const QString& practitionerUserUuid = {},
                    QWidget* parent = nullptr);
    ~BookVisitDialog() override;

    const Appointment& bookedAppointment() const { return m_booked; }
    Appointment draft() const;

private:
    void fillChoices(const CaseloadEntry& family, const QString& practitionerUserUuid);
    void validate();
    void save();

    Session& m_session;
    QString m_familyUuid;
    std::unique_ptr<Ui::BookVisitDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
    Appointment m_booked;
};

} // namespace tandem::gui
