#include "MergeComparison.h"

#include "RecordText.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/RecordRules.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

namespace tandem::gui::MergeComparison {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::gui::MergeComparison", text); }

const QColor kFilled(0xdf, 0xf3, 0xe4);
const QColor kConflict(0xfb, 0xdd, 0xe1);

struct Row {
    QString label;
    QString keep;
    QString duplicate;
    bool fills = false;   // the merge copies the duplicate's value onto the kept record
    QString conflict;     // why the two cannot be the same child
};

QString gestation(const Child& c) { return c.gestationWeeks ? tr("%1 weeks").arg(*c.gestationWeeks) : QString(); }
QString sex(const Child& c) { return c.sex == QLatin1String("unknown") ? QString() : domain::RecordRules::sexDisplayName(c.sex); }

// Text row: the merge fills it when the kept record has none (RecordAdminService::mergeChildren).
Row textRow(const QString& label, const QString& keep, const QString& duplicate)
{
    return Row{label, keep, duplicate, keep.isEmpty() && !duplicate.isEmpty(), {}};
}

QList<Row> rowsFor(const Side& k, const std::optional<Side>& d)
{
    const Child& a = k.child;
    const Child empty;
    const Child& b = d ? d->child : empty;
    QList<Row> rows;
    rows << Row{tr("Name"), RecordText::fullName(a.givenName, a.familyName), d ? RecordText::fullName(b.givenName, b.familyName) : QString(),
                false, {}};
    rows << textRow(tr("Preferred name"), a.preferredName, b.preferredName);
    Row born{tr("Date of birth or due date"), RecordText::childDates(a), d ? RecordText::childDates(b) : QString(),
             !a.dateOfBirth && b.dateOfBirth.has_value(), {}};
    if (a.dateOfBirth && b.dateOfBirth && a.dateOfBirth != b.dateOfBirth)
        born.conflict = tr("The two records hold different dates of birth, so they are not the same child. Correct the wrong "
                           "record first if this is a typing error.");
    rows << born;
    rows << textRow(tr("Sex"), sex(a), sex(b));
    Row nhs = textRow(tr("NHS number"), domain::NhsNumber::format(a.nhsNumber), domain::NhsNumber::format(b.nhsNumber));
    if (!a.nhsNumber.isEmpty() && !b.nhsNumber.isEmpty() && a.nhsNumber != b.nhsNumber)
        nhs.conflict = tr("The two records hold different NHS numbers, so they are not the same child.");
    rows << nhs;
    rows << textRow(tr("UPN"), a.upn, b.upn);
    rows << textRow(tr("GP practice"), a.gpPractice, b.gpPractice);
    rows << textRow(tr("Gestation at birth"), gestation(a), gestation(b));
    rows << Row{tr("Household postcode"), k.postcode, d ? d->postcode : QString(), false, {}};
    return rows;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text.isEmpty() ? QStringLiteral("—") : text);
    item->setData(Qt::AccessibleTextRole, text.isEmpty() ? tr("not recorded") : text);
    return item;
}
} // namespace

QString fill(QTableWidget* table, const Side& keep, const std::optional<Side>& duplicate)
{
    const QList<Row> rows = rowsFor(keep, duplicate);
    table->clear();
    table->setColumnCount(2);
    table->setRowCount(static_cast<int>(rows.size()));
    table->setHorizontalHeaderLabels({tr("Kept record"), duplicate ? tr("Duplicate (merged in, then hidden)") : tr("Duplicate: choose one above")});
    QStringList labels;
    QString problem;
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        labels << row.label;
        QTableWidgetItem* kept = cell(row.keep);
        QTableWidgetItem* dup = cell(duplicate ? row.duplicate : QString());
        if (!row.conflict.isEmpty()) {
            kept->setBackground(kConflict);
            dup->setBackground(kConflict);
            dup->setToolTip(row.conflict);
            if (problem.isEmpty())
                problem = row.conflict;
        } else if (duplicate && row.fills) {
            dup->setBackground(kFilled);
            dup->setToolTip(tr("Will be added to the kept record."));
            dup->setData(Qt::AccessibleTextRole, tr("%1, will be added to the kept record").arg(row.duplicate));
        }
        table->setItem(r, 0, kept);
        table->setItem(r, 1, dup);
    }
    table->setVerticalHeaderLabels(labels);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Every row in view at once: the point is to see both records whole.
    QHeaderView* rowsHeader = table->verticalHeader();
    rowsHeader->setSectionResizeMode(QHeaderView::Fixed);
    rowsHeader->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + table->rowCount() * rowsHeader->defaultSectionSize() +
                          2 * table->frameWidth());
    return problem;
}

} // namespace tandem::gui::MergeComparison
