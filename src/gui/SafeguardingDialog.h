#pragma once

#include "tandem/core/Sharing.h"
#include "tandem/domain/RecordRules.h"
#include "tandem/services/FamilyTypes.h"

#include <QDialog>

#include <memory>

class QCheckBox;

namespace Ui { class SafeguardingDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Records a safeguarding decision about sharing without consent (golden rules 4 to 7): the
// child, share or do not share, the partner, what may be shared and until when (sharing only),
// the reason, the day of the decision, and the team lead who authorised it (only the store's
// active team leads are offered). Checked as the user types (domain::ConsentRules, field keys
// safeguarding.*); ConsentService::recordSafeguarding has the last word, shown in the dialog.
class SafeguardingDialog : public QDialog {
    Q_OBJECT
public:
    SafeguardingDialog(Session& session, const FamilyRecord& record, const QString& focusChildUuid = {}, QWidget* parent = nullptr);
    ~SafeguardingDialog() override;

    const SafeguardingDecision& saved() const { return m_saved; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillChildren(const QString& focusChildUuid);
    void fillPartners();
    void fillCategories();
    void fillAuthorisers();
    void orderTabs();
    void decisionChosen();
    SafeguardingDecision draft(domain::FieldIssues* parseIssues) const;
    void validate();
    void save();

    Session& m_session;
    FamilyRecord m_record;
    QStringList m_partnerCodes;
    QStringList m_teamLeads; // user uuids
    QList<QCheckBox*> m_categoryChecks;
    SafeguardingDecision m_saved;
    std::unique_ptr<Ui::SafeguardingDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
    bool m_heightFitted = false;
};

} // namespace tandem::gui
