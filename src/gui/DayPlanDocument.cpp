#include "DayPlanDocument.h"

#include "CaseloadText.h"
#include "RecordText.h"

#include "tandem/core/Contact.h"
#include "tandem/core/ServiceLevel.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <climits>

namespace tandem::gui {

namespace {
constexpr qreal kMarginMm = 15.0;
constexpr qreal kLayoutDpi = 96.0; // document units: pixels at 96 dpi, scaled to the printer when printed
constexpr qreal kFooterHeight = 28.0; // document units kept free at the foot of each page

QString esc(const QString& text) { return text.toHtmlEscaped(); }

// One labelled line of a visit: "Phone" | "Kasia Ashdown: 07700 900431".
QString fact(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td width=\"18%\" style=\"font-weight:bold;\">%1</td><td>%2</td></tr>").arg(esc(label), valueHtml);
}

// The contacts to do for a child on the day of the visit: those open now, and those whose
// window has opened by then.
QList<domain::ScheduledContact> contactsToDo(const CaseloadChild& child, const QDate& day)
{
    QList<domain::ScheduledContact> out;
    for (const domain::ScheduledContact& c : child.schedule) {
        if (domain::isOpen(c.status) || (c.status == domain::ContactStatus::NotYetDue && c.opens.isValid() && c.opens <= day))
            out << c;
    }
    return out;
}
} // namespace

DayPlanDocument::DayPlanDocument(DayPlan plan, QString organisation) : m_plan(std::move(plan)), m_organisation(std::move(organisation))
{
    std::stable_sort(m_plan.visits.begin(), m_plan.visits.end(), [](const DayPlanVisit& a, const DayPlanVisit& b) {
        return a.appointment.startsAt < b.appointment.startsAt;
    });
}

QString DayPlanDocument::title() const
{
    const QString day = m_plan.date.toString(QStringLiteral("dddd d MMMM yyyy"));
    return m_plan.workerName.isEmpty() ? tr("Day plan: %1").arg(day) : tr("Day plan: %1, %2").arg(day, m_plan.workerName);
}

QString DayPlanDocument::html() const
{
    QString out = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                 "<body style=\"color:#000000; background-color:#ffffff; font-size:10pt;\">")
                      .arg(esc(title()));
    out += QStringLiteral("<p style=\"font-size:16pt; font-weight:bold; margin-bottom:2px;\">%1</p>")
               .arg(esc(tr("Day plan · %1").arg(m_plan.date.toString(QStringLiteral("dddd d MMMM yyyy")))));
    QStringList who;
    if (!m_plan.workerName.isEmpty())
        who << m_plan.workerName;
    if (!m_organisation.isEmpty())
        who << m_organisation;
    const int visits = static_cast<int>(m_plan.visits.size());
    who << (visits == 1 ? tr("1 visit") : tr("%1 visits").arg(visits));
    out += QStringLiteral("<p style=\"font-size:11pt; margin-top:0px;\">%1</p>").arg(esc(who.join(QStringLiteral(" · "))));
    out += QStringLiteral("<p style=\"font-size:8.5pt; margin-top:0px;\">%1</p>")
               .arg(esc(tr("Contains personal information. Keep it with you, and shred it once the visits are written up in Tandem.")));

    if (m_plan.visits.isEmpty()) {
        out += QStringLiteral("<p style=\"margin-top:16px;\"><b>%1</b></p><p>%2</p>")
                   .arg(esc(tr("No visits are booked for this day.")),
                        esc(tr("Book visits from the caseload with Book visit…; they appear here in time order.")));
    }
    for (const DayPlanVisit& visit : m_plan.visits)
        out += visitHtml(visit);
    out += QStringLiteral("</body></html>");
    return out;
}

QString DayPlanDocument::childHtml(const CaseloadChild& child) const
{
    const QString age = CaseloadText::age(child, m_plan.date);
    QString line = QStringLiteral("<b>%1</b>").arg(esc(child.name));
    if (!age.isEmpty())
        line += esc(tr(", %1").arg(age));
    const QList<domain::ScheduledContact> todo = contactsToDo(child, m_plan.date);
    if (todo.isEmpty()) {
        line += esc(tr(" — no mandated contact due"));
        return QStringLiteral("<li>%1</li>").arg(line);
    }
    QStringList contacts;
    for (const domain::ScheduledContact& c : todo) {
        const QString name = domain::contactDisplayName(c.contact);
        const QString dueBy = RecordText::date(c.dueBy);
        if (c.status == domain::ContactStatus::Overdue || (c.dueBy.isValid() && c.dueBy < m_plan.date))
            contacts << QStringLiteral("%1: <b>%2</b>").arg(esc(name), esc(tr("OVERDUE, was due by %1").arg(dueBy)));
        else
            contacts << esc(tr("%1: due by %2").arg(name, dueBy));
    }
    return QStringLiteral("<li>%1<br>%2</li>").arg(line, contacts.join(QStringLiteral("<br>")));
}

QString DayPlanDocument::visitHtml(const DayPlanVisit& visit) const
{
    const Appointment& a = visit.appointment;
    QString out = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\" "
                                 "style=\"border-color:#000000; border-style:solid; margin-top:14px;\"><tr><td>");
    out += QStringLiteral("<p style=\"font-size:12.5pt; margin-top:0px; margin-bottom:2px;\"><b>%1</b> &nbsp;·&nbsp; <b>%2</b></p>")
               .arg(esc(CaseloadText::visitTime(a)), esc(visit.familyName));
    out += QStringLiteral("<p style=\"font-size:11pt; margin-top:0px;\">%1</p>")
               .arg(esc(RecordText::addressLine(visit.address)));

    QString facts;
    facts += fact(tr("Visit"), esc(CaseloadText::visitKind(a)));
    if (!a.purpose.trimmed().isEmpty())
        facts += fact(tr("Purpose"), esc(a.purpose));
    QStringList phones;
    for (const QString& p : visit.phoneNumbers)
        phones << esc(p);
    facts += fact(tr("Phone"), phones.isEmpty() ? esc(tr("None recorded")) : phones.join(QStringLiteral("<br>")));
    QString language = visit.mainLanguage.isEmpty() ? tr("Not recorded") : visit.mainLanguage;
    if (visit.interpreterNeeded)
        language = visit.mainLanguage.isEmpty() ? tr("INTERPRETER NEEDED") : tr("%1 — INTERPRETER NEEDED").arg(visit.mainLanguage);
    facts += fact(tr("Language"), visit.interpreterNeeded ? QStringLiteral("<b>%1</b>").arg(esc(language)) : esc(language));
    if (!visit.accessibilityNeeds.trimmed().isEmpty())
        facts += fact(tr("Access needs"), esc(visit.accessibilityNeeds));
    facts += fact(tr("Service level"), esc(ServiceLevels::displayName(visit.serviceLevel)));
    facts += fact(tr("Last contact"), esc(visit.lastContact ? RecordText::date(*visit.lastContact) : tr("None recorded")));
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(facts);

    out += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:0px;\"><b>%1</b></p><ul style=\"margin-top:2px;\">")
               .arg(esc(visit.children.size() == 1 ? tr("Child") : tr("Children")));
    for (const CaseloadChild& child : visit.children)
        out += childHtml(child);
    if (visit.children.isEmpty())
        out += QStringLiteral("<li>%1</li>").arg(esc(tr("No children recorded")));
    out += QStringLiteral("</ul>");

    out += QStringLiteral("<p style=\"margin-top:6px; margin-bottom:0px;\"><b>%1</b></p>").arg(esc(tr("Follow-up actions still open")));
    if (visit.openActions.isEmpty()) {
        out += QStringLiteral("<p style=\"margin-top:2px;\">%1</p>").arg(esc(tr("None.")));
    } else {
        out += QStringLiteral("<ul style=\"margin-top:2px;\">");
        for (const FollowUpAction& action : visit.openActions) {
            QString line = esc(action.description);
            QStringList who;
            if (!action.ownerName.isEmpty())
                who << action.ownerName;
            if (action.dueOn.isValid())
                who << tr("due %1").arg(RecordText::date(action.dueOn));
            if (!who.isEmpty())
                line += esc(tr(" — %1").arg(who.join(QStringLiteral(", "))));
            if (action.dueOn.isValid() && action.dueOn < m_plan.date)
                line += QStringLiteral(" <b>%1</b>").arg(esc(tr("(OVERDUE)")));
            out += QStringLiteral("<li>%1</li>").arg(line);
        }
        out += QStringLiteral("</ul>");
    }

    // Space to write at the door; written up in Tandem afterwards.
    out += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                          "style=\"border-color:#000000; border-style:solid; margin-top:6px;\"><tr><td>"
                          "<span style=\"font-size:8.5pt;\">%1</span><br><br><br><br><br><br></td></tr></table>")
               .arg(esc(tr("Notes at the visit")));
    out += QStringLiteral("</td></tr></table>");
    return out;
}

std::unique_ptr<QTextDocument> DayPlanDocument::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setMetaInformation(QTextDocument::DocumentTitle, title());
    doc->setHtml(html());
    return doc;
}

void DayPlanDocument::preparePrinter(QPrinter& printer) const
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
    printer.setDocName(title());
    printer.setCreator(QStringLiteral("Tandem"));
    printer.setColorMode(QPrinter::GrayScale);
}

std::unique_ptr<QTextDocument> DayPlanDocument::paginated(const QPageLayout& pageLayout) const
{
    // A fixed 96 dpi device, so fonts and the page agree on units whatever the screen's scaling.
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
        image.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
        return image;
    }();
    auto doc = document();
    doc->documentLayout()->setPaintDevice(&device);
    doc->setDocumentMargin(0); // the page layout's margins frame the page
    const QSizeF area = pageLayout.paintRect(QPageLayout::Inch).size();
    doc->setPageSize(QSizeF(area.width() * kLayoutDpi, area.height() * kLayoutDpi - kFooterHeight));
    keepVisitsTogether(*doc);
    return doc;
}

void DayPlanDocument::paintPage(QPainter& painter, const QTextDocument& paginated, int page) const
{
    const QSizeF body = paginated.pageSize();
    painter.save();
    painter.translate(0, -page * body.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(QPointF(0, page * body.height()), body);
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(context.clip);
    paginated.documentLayout()->draw(&painter, context);
    painter.restore();

    // The footer says whose plan and which sheet, so a dropped page finds its way back; no family details.
    painter.save();
    QFont font = paginated.defaultFont();
    font.setPixelSize(11); // 8 pt at 96 dpi
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRectF band(0, body.height(), body.width(), kFooterHeight);
    painter.drawLine(band.topLeft() + QPointF(0, 6), band.topRight() + QPointF(0, 6));
    const int pages = paginated.pageCount();
    painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, title());
    painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(pages));
    painter.restore();
}

bool DayPlanDocument::print(QPrinter& printer) const
{
    const auto doc = paginated(printer.pageLayout());
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    // Document units (96 dpi) to the printer's device pixels across the printable width.
    const qreal scale = qreal(printer.width()) / doc->pageSize().width();
    const int pages = doc->pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !printer.newPage())
            return false;
        painter.save();
        painter.scale(scale, scale);
        paintPage(painter, *doc, page);
        painter.restore();
    }
    return painter.end();
}

void DayPlanDocument::keepVisitsTogether(QTextDocument& document)
{
    const qreal page = document.pageSize().height();
    if (page <= 0 || page >= INT_MAX)
        return;
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    // The visits are the top-level tables; the facts and the writing box are nested in them.
    const QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        if (!qobject_cast<QTextTable*>(frame))
            continue;
        layout->documentSize(); // lays out everything above with the breaks set so far
        const QRectF box = layout->frameBoundingRect(frame);
        if (box.height() >= page)
            continue; // longer than a page: it splits wherever it starts
        const int first = static_cast<int>(box.top() / page);
        const int last = static_cast<int>((box.bottom() - 1) / page);
        if (first == last)
            continue;
        QTextFrameFormat format = frame->frameFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        frame->setFrameFormat(format);
    }
}

} // namespace tandem::gui
