#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/domain/RecordRules.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace tandem::gui {

// One ASQ-3 domain on the ASQ-3 form: six answer choosers (items "1".."6", no questionnaire
// wording) or one total, and, live, the score (marked when adjusted for missing items), the
// thresholds it is compared with ("unverified" beside any not yet checked) and the zone in
// words and colour. The dialog scores; the row shows what it is given.
class Asq3DomainRow : public QWidget {
    Q_OBJECT
public:
    Asq3DomainRow(const QString& key, const QString& name, QWidget* parent = nullptr);

    const QString& key() const { return m_key; }
    void setMode(Asq3EntryMode mode);
    // The numbers 1..6 above the answer choosers (the first row only).
    void setShowsItemNumbers(bool shows);
    // Lines the rows up: every row's name column as wide as the longest name.
    int nameWidthHint() const;
    void setNameWidth(int width);

    // What was entered. A total that is not a number is left out and reported in parseIssues
    // under "asq3.<key>".
    Asq3DomainInput input(domain::FieldIssues* parseIssues) const;
    void setAnswers(const QList<Asq3Answer>& answers);
    void setTotal(const QString& text);

    // The result for the entry as it stands, or nullopt to clear it (no interval, or a problem).
    void showResult(const std::optional<AssessmentPart>& part);

    QLineEdit* totalEdit() const { return m_total; }
    QLabel* issueLabel() const { return m_issue; }
    QLabel* zoneLabel() const { return m_zone; }
    const QList<QComboBox*>& itemCombos() const { return m_items; }
    QWidget* firstInput() const;
    QWidget* lastInput() const;

Q_SIGNALS:
    void edited(); // an answer or the total changed

private:
    QString m_key;
    QString m_name;
    Asq3EntryMode m_mode = Asq3EntryMode::Items;
    QLabel* m_nameLabel = nullptr;
    QWidget* m_numbers = nullptr;
    QStackedWidget* m_entry = nullptr;
    QList<QComboBox*> m_items;
    QLineEdit* m_total = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_zone = nullptr;
    QLabel* m_thresholds = nullptr;
    QLabel* m_issue = nullptr;
    bool m_showsNumbers = false;
};

} // namespace tandem::gui
