#pragma once

#include "tandem/services/VisitTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class DayPlanDialog; }

class QPrinter;

namespace tandem {
class Session;
}

namespace tandem::gui {

class DayPlanDocument;
class FieldFeedback;

// Previews one day's plan from CaseloadService::dayPlan, and prints it or saves it as a PDF.
// Team leads choose whose plan. The PDF is written next to its final name and renamed into
// place, so a half-written file never replaces a good one.
class DayPlanDialog : public QDialog {
    Q_OBJECT
public:
    // workerUserUuid: whose plan to start with (empty: the signed-in user's).
    DayPlanDialog(Session& session, const QString& workerUserUuid = {}, QWidget* parent = nullptr);
    ~DayPlanDialog() override;

    void setDate(const QDate& date);
    QDate date() const { return m_date; }
    // A caseload holder's uuid; false when not offered (or the user sees only their own plan).
    bool setWorker(const QString& userUuid);
    bool hasPlan() const { return m_document != nullptr; }
    const DayPlan& plan() const;
    QString previewHtml() const;

    // Writes the plan as a PDF to path, atomically. On failure says why in the dialog.
    bool savePdf(const QString& path);

public Q_SLOTS:
    void reload();
    void print();
    void saveAsPdf();

private:
    void dateEdited();
    void showProblem(const QString& message);
    void showSaved(const QString& message);
    QString workerUserUuid() const;

    Session& m_session;
    std::unique_ptr<Ui::DayPlanDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
    QDate m_date;
    std::unique_ptr<DayPlanDocument> m_document;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace tandem::gui
