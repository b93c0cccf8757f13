#include "Asq3DomainRow.h"

#include "AssessmentText.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>

#include <algorithm>

namespace tandem::gui {

namespace {
constexpr int kItems = 6;
constexpr int kItemSpacing = 6;

// The choices in the order the keyboard reaches them: typing Y, S or N picks an answer.
constexpr Asq3Answer kChoices[] = {Asq3Answer::Missing, Asq3Answer::Yes, Asq3Answer::Sometimes, Asq3Answer::NotYet};

QString inputName(const QString& key, const char* suffix)
{
    // "gross-motor" -> "grossMotor" + suffix, as the other forms name their inputs.
    QString name;
    bool upper = false;
    for (QChar c : key) {
        if (c == QLatin1Char('-')) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + QLatin1String(suffix);
}
} // namespace

Asq3DomainRow::Asq3DomainRow(const QString& key, const QString& name, QWidget* parent)
    : QWidget(parent), m_key(key), m_name(name)
{
    setObjectName(inputName(key, "Row"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);

    m_nameLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()), this);
    m_nameLabel->setObjectName(inputName(key, "NameLabel"));

    // Items: six choosers with the same width, so the numbers above line up with them.
    auto* items = new QWidget(this);
    auto* itemsLayout = new QHBoxLayout(items);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->setSpacing(kItemSpacing);
    int comboWidth = 0;
    for (int i = 0; i < kItems; ++i) {
        auto* combo = new QComboBox(items);
        combo->setObjectName(inputName(key, "Item") + QString::number(i + 1) + QStringLiteral("Combo"));
        combo->setAccessibleName(tr("%1, item %2").arg(name).arg(i + 1));
        for (Asq3Answer a : kChoices) {
            const QString shown = a == Asq3Answer::Missing ? QStringLiteral("–") : Asq3Answers::displayName(a);
            combo->addItem(shown, static_cast<int>(a));
            combo->setItemData(combo->count() - 1, Asq3Answers::displayName(a), Qt::AccessibleTextRole);
        }
        combo->setToolTip(tr("Yes, Sometimes or Not yet, as marked on the form; – when left blank"));
        comboWidth = std::max(comboWidth, combo->sizeHint().width());
        connect(combo, &QComboBox::currentIndexChanged, this, &Asq3DomainRow::edited);
        itemsLayout->addWidget(combo);
        m_items << combo;
    }
    for (QComboBox* combo : std::as_const(m_items))
        combo->setFixedWidth(comboWidth);

    m_numbers = new QWidget(this);
    m_numbers->setObjectName(inputName(key, "ItemNumbers"));
    auto* numbersLayout = new QHBoxLayout(m_numbers);
    numbersLayout->setContentsMargins(0, 0, 0, 0);
    numbersLayout->setSpacing(kItemSpacing);
    for (int i = 0; i < kItems; ++i) {
        auto* number = new QLabel(tr("Item %1").arg(i + 1), m_numbers);
        number->setFixedWidth(comboWidth);
        number->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
        numbersLayout->addWidget(number);
    }
    m_numbers->hide();

    // Totals: one number from the scored form.
    auto* totals = new QWidget(this);
    auto* totalsLayout = new QHBoxLayout(totals);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    m_total = new QLineEdit(totals);
    m_total->setObjectName(inputName(key, "TotalEdit"));
    m_total->setAccessibleName(tr("%1 total").arg(name));
    m_total->setPlaceholderText(tr("0–60"));
    m_total->setMaxLength(6);
    m_total->setFixedWidth(comboWidth);
    connect(m_total, &QLineEdit::textChanged, this, &Asq3DomainRow::edited);
    totalsLayout->addWidget(m_total);
    auto* totalHint = new QLabel(tr("the domain total from the scored form"), totals);
    totalHint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    totalsLayout->addWidget(totalHint);
    totalsLayout->addStretch(1);

    m_entry = new QStackedWidget(this);
    m_entry->addWidget(items);
    m_entry->addWidget(totals);

    m_score = new QLabel(this);
    m_score->setObjectName(inputName(key, "ScoreLabel"));
    m_score->setFixedWidth(fontMetrics().horizontalAdvance(tr("Score %1").arg(tr("%1 (adjusted)").arg(QStringLiteral("27.27")))) + 8);
    m_zone = new QLabel(this);
    m_zone->setObjectName(inputName(key, "ZoneLabel"));
    m_zone->setWordWrap(true);
    m_zone->setMinimumWidth(220);
    m_thresholds = new QLabel(this);
    m_thresholds->setObjectName(inputName(key, "ThresholdsLabel"));
    m_thresholds->setStyleSheet(QStringLiteral("color: #4a5563;"));
    m_thresholds->setTextFormat(Qt::RichText);
    m_issue = new QLabel(this);
    m_issue->setObjectName(inputName(key, "Issue"));

    grid->addWidget(m_numbers, 0, 1);
    grid->addWidget(m_nameLabel, 1, 0);
    grid->addWidget(m_entry, 1, 1);
    grid->addWidget(m_score, 1, 2);
    grid->addWidget(m_zone, 1, 3, 2, 1, Qt::AlignTop); // a reason for "not scored" may take the thresholds' line too
    grid->addWidget(m_thresholds, 2, 1, 1, 2);
    grid->addWidget(m_issue, 3, 1, 1, 3);
    grid->setColumnStretch(3, 1);
    showResult(std::nullopt);
}

void Asq3DomainRow::setMode(Asq3EntryMode mode)
{
    m_mode = mode;
    m_entry->setCurrentIndex(mode == Asq3EntryMode::Items ? 0 : 1);
    m_numbers->setVisible(m_showsNumbers && mode == Asq3EntryMode::Items);
    Q_EMIT edited();
}

void Asq3DomainRow::setShowsItemNumbers(bool shows)
{
    m_showsNumbers = shows;
    m_numbers->setVisible(shows && m_mode == Asq3EntryMode::Items);
}

int Asq3DomainRow::nameWidthHint() const { return m_nameLabel->sizeHint().width(); }

void Asq3DomainRow::setNameWidth(int width) { m_nameLabel->setFixedWidth(width); }

Asq3DomainInput Asq3DomainRow::input(domain::FieldIssues* parseIssues) const
{
    Asq3DomainInput in;
    in.domain = m_key;
    if (m_mode == Asq3EntryMode::Items) {
        for (const QComboBox* combo : m_items)
            in.answers << static_cast<Asq3Answer>(combo->currentData().toInt());
        return in;
    }
    const QString text = m_total->text().trimmed();
    if (text.isEmpty())
        return in; // the rules say a total is needed
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = text.toDouble(&ok); // "27.5" typed in a locale with a decimal comma
    if (ok)
        in.total = value;
    else if (parseIssues)
        parseIssues->append({QStringLiteral("asq3.%1").arg(m_key), tr("%1: type the total as a number from 0 to 60.").arg(m_name)});
    return in;
}

void Asq3DomainRow::setAnswers(const QList<Asq3Answer>& answers)
{
    for (int i = 0; i < m_items.size() && i < answers.size(); ++i)
        m_items.at(i)->setCurrentIndex(m_items.at(i)->findData(static_cast<int>(answers.at(i))));
}

void Asq3DomainRow::setTotal(const QString& text) { m_total->setText(text); }

void Asq3DomainRow::showResult(const std::optional<AssessmentPart>& part)
{
    if (!part) {
        m_score->setText(tr("Score —"));
        m_score->setToolTip({});
        m_zone->setText(QString());
        m_zone->setStyleSheet(QString());
        m_zone->setAccessibleName(tr("%1: no result yet").arg(m_name));
        m_thresholds->clear();
        m_thresholds->hide();
        return;
    }
    m_score->setText(tr("Score %1").arg(AssessmentText::partScore(*part)));
    QString adjustedWhy;
    if (part->adjusted)
        adjustedWhy = part->missing == 1
                          ? tr("1 item was not answered: the score is the average of the answered items, times 6.")
                          : tr("%1 items were not answered: the score is the average of the answered items, times 6.")
                                .arg(part->missing);
    m_score->setToolTip(adjustedWhy);
    const QString result = AssessmentText::partResult(*part, AssessmentKind::Asq3);
    m_zone->setText(result);
    m_zone->setStyleSheet(AssessmentText::zoneStyleSheet(part->zone));
    m_zone->setAccessibleName(tr("%1: %2").arg(m_name, result));

    // "unverified" stands out beside the value it qualifies.
    QString line = AssessmentText::thresholds(*part, AssessmentKind::Asq3).toHtmlEscaped();
    const QString marker = AssessmentText::unverified();
    line.replace(QStringLiteral("(%1)").arg(marker), QStringLiteral("<span style='color:#8a4b00'><i>(%1)</i></span>").arg(marker));
    m_thresholds->setText(line);
    m_thresholds->setVisible(!line.isEmpty());
    QStringList sources;
    for (const auto& t : {part->cutoff, part->monitoring})
        if (t && !t->source.isEmpty())
            sources << t->source;
    m_thresholds->setToolTip(sources.join(QLatin1Char('\n')));
}

QWidget* Asq3DomainRow::firstInput() const
{
    return m_mode == Asq3EntryMode::Items ? static_cast<QWidget*>(m_items.first()) : static_cast<QWidget*>(m_total);
}

QWidget* Asq3DomainRow::lastInput() const
{
    return m_mode == Asq3EntryMode::Items ? static_cast<QWidget*>(m_items.last()) : static_cast<QWidget*>(m_total);
}

} // namespace tandem::gui
