#pragma once

#include "tandem/core/Sharing.h"
#include "tandem/domain/RecordRules.h"
#include "tandem/services/FamilyTypes.h"

#include <QDialog>

#include <memory>

class QCheckBox;

namespace Ui { class ConsentDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Records a family's consent to share: for one child or the whole family, given by an adult with
// parental responsibility (only they are offered), with which partner organisations, which
// categories (restricted notes never are one), the purpose, written or verbal, the date given
// and the review date (today and a year on to start with). The form is checked as the user types
// (domain::ConsentRules, field keys consent.*); ConsentService::record has the last word, and
// its answer is shown in the dialog, which stays open.
class ConsentDialog : public QDialog {
    Q_OBJECT
public:
    // focusChildUuid: the child the consent starts as being for; empty for the whole family.
    ConsentDialog(Session& session, const FamilyRecord& record, const QString& focusChildUuid = {}, QWidget* parent = nullptr);
    ~ConsentDialog() override;

    // After acceptance: the consent as stored.
    const Consent& saved() const { return m_saved; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillChildren(const QString& focusChildUuid);
    void fillGivenBy();
    void fillPartners();
    void fillCategories();
    void orderTabs();
    QStringList eligibleAdults(const QString& childUuid) const; // person uuids with parental responsibility
    Consent draft(domain::FieldIssues* parseIssues) const;
    void validate();
    void save();

    Session& m_session;
    FamilyRecord m_record;
    QStringList m_partnerCodes;
    QList<QCheckBox*> m_partnerChecks;
    QList<QCheckBox*> m_categoryChecks;
    Consent m_saved;
    std::unique_ptr<Ui::ConsentDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
    bool m_heightFitted = false;
};

} // namespace tandem::gui
