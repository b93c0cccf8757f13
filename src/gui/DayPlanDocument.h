#pragma once

#include "tandem/services/VisitTypes.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QPageLayout;
class QPainter;
class QPrinter;
class QTextDocument;

namespace tandem::gui {

// The day plan on paper: a header naming the worker and the day, then each visit in time order
// with what is needed at the door (address, phone numbers, language, access, service level,
// the children with their ages and the mandated contacts due or overdue, open follow-up
// actions, the last contact and the visit's purpose) and a box to write in. Built from a
// DayPlan, which never holds note text, so the paper cannot carry any either. Every piece of
// record text is HTML-escaped. Black on white; a visit starts a new page only when it would
// otherwise be split across two.
class DayPlanDocument {
    Q_DECLARE_TR_FUNCTIONS(tandem::gui::DayPlanDocument)
public:
    explicit DayPlanDocument(DayPlan plan, QString organisation = {});

    const DayPlan& plan() const { return m_plan; }
    QString title() const; // "Day plan: Tuesday 24 November 2026, Amara Nwosu-Lane"
    QString html() const;
    // The plan as a document for the screen, unpaginated.
    std::unique_ptr<QTextDocument> document() const;
    // A4 portrait with 15 mm margins, the document name set; call before a print dialog.
    void preparePrinter(QPrinter& printer) const;
    // The plan laid out on pages of this layout, visits kept whole where they fit. Units are
    // pixels at 96 dpi whatever the screen; the page height leaves room for the footer.
    std::unique_ptr<QTextDocument> paginated(const QPageLayout& pageLayout) const;
    // Paints one page of a paginated() document and its footer ("page 2 of 3", no family
    // details) with the painter's origin at the top left of the printable area, in document units.
    void paintPage(QPainter& painter, const QTextDocument& paginated, int page) const;
    // Lays the plan out on the printer's page and prints it (to paper or, with
    // QPrinter::PdfFormat, to its output file). False if the printer would not start or take a page.
    bool print(QPrinter& printer) const;
    // Moves any visit that would straddle a page break to the start of the next page, unless
    // it is longer than a page. The document's page size must be set.
    static void keepVisitsTogether(QTextDocument& document);

private:
    QString visitHtml(const DayPlanVisit& visit) const;
    QString childHtml(const CaseloadChild& child) const;

    DayPlan m_plan;
    QString m_organisation;
};

} // namespace tandem::gui
