#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/core/Family.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tandem {
class Session;
}

namespace tandem::gui {

class Asq3Chart;

// A child's ASQ-3 results over time, one domain at a time: a domain chooser, the chart, and the
// same points as a table (date, age, questionnaire, score, thresholds, result) for keyboard and
// screen-reader users. Says plainly when the child has no ASQ-3 yet.
class Asq3ChartDialog : public QDialog {
    Q_OBJECT
public:
    Asq3ChartDialog(Session& session, const Child& child, QWidget* parent = nullptr);

    Asq3Chart* chart() const { return m_chart; }
    void showDomain(const QString& domainKey);

private:
    void load();
    void fillTable();

    Session& m_session;
    Child m_child;
    QList<Assessment> m_asq3;
    QLabel* m_domainLabel = nullptr;
    QComboBox* m_domain = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_problem = nullptr;
    Asq3Chart* m_chart = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace tandem::gui
