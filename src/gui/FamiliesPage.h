#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace tandem {
class Session;
}

namespace tandem::gui {

class ChildListModel;
class RegisterFamilyDialog;

// The Families area: one search box over every child, the list of results, registration,
// and a slot for the family record screen, which opens in place of the list.
class FamiliesPage : public QWidget {
    Q_OBJECT
public:
    explicit FamiliesPage(Session& session, QWidget* parent = nullptr);

    // The record screen shown when a family is opened; the page takes ownership.
    void setRecordPage(QWidget* page);
    QWidget* recordPage() const { return m_recordPage; }
    void showList();
    // Shows the record page in place of the list (the caller has loaded the family into it).
    void showRecord();
    bool isShowingList() const;

    // Runs the search for what is typed now, without waiting for the typing pause.
    void applySearchNow();
    // Milliseconds of quiet after a keystroke before searching (default 150).
    void setSearchDelay(int milliseconds);
    // Reads the list again, e.g. after an import.
    void reload();
    ChildListModel* model() const { return m_model; }

    // Opens (or raises) the registration dialog without blocking; returns it.
    RegisterFamilyDialog* openRegisterDialog();

Q_SIGNALS:
    void openFamilyRequested(const QString& familyUuid, const QString& childUuid);
    void importRequested();
    void familyRegistered(const QString& familyUuid);

private:
    QWidget* buildListView();
    void openFamily(const QString& familyUuid, const QString& childUuid);
    void openRow(int row);
    void updateState();
    void showProblem(const QString& message);

    Session& m_session;
    ChildListModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_listView = nullptr;
    QWidget* m_recordPage = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_emptyState = nullptr;
    QTableView* m_results = nullptr;
    QTimer* m_searchTimer = nullptr;
    qint64 m_totalChildren = 0;
    QPointer<RegisterFamilyDialog> m_registerDialog;
};

} // namespace tandem::gui
