#pragma once

#include "tandem/services/FamilyTypes.h"
#include "tandem/services/VisitTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class NamedHealthVisitorDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Names the health visitor who holds the family on their caseload, or nobody
// (CareTeamService::setNamedHealthVisitor). Offered: the store's health visitors and team leads.
class NamedHealthVisitorDialog : public QDialog {
    Q_OBJECT
public:
    NamedHealthVisitorDialog(Session& session, const CareTeam& team, QWidget* parent = nullptr);
    ~NamedHealthVisitorDialog() override;

private:
    void validate();
    void save();

    Session& m_session;
    QString m_familyUuid;
    QString m_currentUuid; // the named health visitor now; empty when none
    std::unique_ptr<Ui::NamedHealthVisitorDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
