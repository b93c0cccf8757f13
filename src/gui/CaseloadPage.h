#pragma once

#include "tandem/core/User.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tandem {
class Session;
struct Caseload;
}

namespace tandem::gui {

class CaseloadModel;

// The Caseload area: the families who name a worker as their health visitor, with the
// mandated contact to do next for each, overdue first, and the children's development flags. Team leads choose whose caseload to
// look at. Reads CaseloadService on the GUI thread (well under 100 ms for 400 families)
// each time the page is shown and after any change made from it.
class CaseloadPage : public QWidget {
    Q_OBJECT
public:
    explicit CaseloadPage(Session& session, QWidget* parent = nullptr);

    CaseloadModel* model() const { return m_model; }
    const Caseload& caseload() const;
    // The worker whose caseload is shown; empty for the signed-in user.
    QString workerUserUuid() const;
    // Team leads: shows this worker's caseload (a caseload holder's uuid). False when the
    // worker is not offered, or the user may only see their own caseload.
    bool setWorker(const QString& userUuid);
    QString currentFamilyUuid() const;
    QString title() const; // "My caseload", or "Caseload — Amara Nwosu-Lane" for another worker's
    QString summary() const;
    // Puts the keyboard in the table (or on the first filter when it is empty), e.g. on coming back from a record.
    void focusList();

public Q_SLOTS:
    void reload();
    void openBookVisitDialog();
    void openDayPlanDialog();

Q_SIGNALS:
    void openFamilyRequested(const QString& familyUuid);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildWorkerChoice();
    void openCurrentFamily();
    void updateState();
    void updateButtons();
    void clearFilters();
    bool filtersActive() const;

    Session& m_session;
    CaseloadModel* m_model = nullptr;
    QList<User> m_holders;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QComboBox* m_worker = nullptr;
    QComboBox* m_level = nullptr;
    QCheckBox* m_overdueOnly = nullptr;
    QCheckBox* m_dueThisWeek = nullptr;
    QCheckBox* m_flaggedOnly = nullptr;
    QPushButton* m_clearFilters = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problem = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_emptyState = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_book = nullptr;
    QPushButton* m_dayPlan = nullptr;
    QString m_titleText;
    bool m_loaded = false;
};

} // namespace tandem::gui
