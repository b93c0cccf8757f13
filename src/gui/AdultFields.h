#pragma once

#include "tandem/core/Family.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <memory>

namespace Ui { class AdultFields; }

namespace tandem::gui {

class FieldFeedback;

// One adult's fields in the registration form (names, relationship to the child, parental
// responsibility, phone and email), used twice, so each instance names its inputs apart.
class AdultFields : public QWidget {
    Q_OBJECT
public:
    explicit AdultFields(QWidget* parent = nullptr);
    ~AdultFields() override;

    // 0 for the first adult, 1 for the second: prefixes object names ("adult1GivenNameEdit")
    // and accessible names ("First adult: given name") so tests and screen readers can tell them apart.
    void setOrdinal(int index);
    void setDefaults(const QString& relationshipToken, bool parentalResponsibility);
    Person person() const;

    // Registers the inputs with the form's inline feedback.
    void watch(FieldFeedback& feedback);
    // Which input shows which RecordRules key, for keyPrefix "adults[0]." etc. The household's
    // "someone must hold parental responsibility" is shown as "<prefix>parentalResponsibility".
    QList<QPair<QString, QWidget*>> issueFields(const QString& keyPrefix) const;

private:
    std::unique_ptr<Ui::AdultFields> m_ui;
};

} // namespace tandem::gui
