#pragma once

// Private to src/domain: wording and checks the ASQ-3 and ASQ:SE-2 rules share.

#include "tandem/core/Family.h"
#include "tandem/domain/ChildAge.h"
#include "tandem/domain/InstrumentDefinition.h"
#include "tandem/domain/QuestionnaireInterval.h"
#include "tandem/domain/RecordRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace tandem::domain::QuestionnaireSupport {

inline QString tr(const char* text) { return QCoreApplication::translate("tandem::domain::QuestionnaireSupport", text); }

// English source chosen by n so the untranslated build reads right; %n lets a translation
// supply its own plural forms.
inline QString count(int n, const char* one, const char* many)
{
    return QCoreApplication::translate("tandem::domain::QuestionnaireSupport", n == 1 ? one : many, nullptr, n);
}

inline QString showDate(const QDate& date) { return date.toString(QStringLiteral("dd/MM/yyyy")); }

// Scores and thresholds have at most two decimals; compare them in hundredths.
inline qint64 hundredths(double value) { return qRound64(value * 100); }

// "25.17", "32.5", "35": at most two decimals, no trailing zeros.
inline QString number(double value)
{
    QString text = QLocale::c().toString(static_cast<double>(hundredths(value)) / 100, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// "28 months 16 days", as questionnaire windows are published.
inline QString span(const AgeSpan& age)
{
    return tr("%1 %2").arg(count(age.months, "%n month", "%n months"), count(age.days, "%n day", "%n days"));
}

inline QString windowText(const AgeWindow& w) { return tr("%1 to %2").arg(span(w.from), span(w.to)); }

// A child's age to read against the windows: months and days, or just the days under a month.
inline QString ageText(const AgeSpan& age) { return age.months == 0 ? ChildAge::describe(age) : span(age); }

// The name the practitioner knows the child by.
inline QString childName(const Child& child)
{
    const QString preferred = child.preferredName.trimmed();
    return preferred.isEmpty() ? child.givenName.trimmed() : preferred;
}

// The assessment date: valid, not in the future, not before birth, and the child born.
// Returns whether an interval can be chosen for it.
inline bool checkAssessedOn(FieldIssues& issues, const QString& field, const Child& child, const QDate& assessedOn,
                            const QDate& today)
{
    if (child.isUnborn() || !child.dateOfBirth->isValid()) {
        issues.append({field, tr("%1 is not born yet: record the date of birth before entering a questionnaire.")
                                  .arg(childName(child))});
        return false;
    }
    if (!assessedOn.isValid()) {
        issues.append({field, tr("Enter the date of the assessment.")});
        return false;
    }
    if (assessedOn > today) {
        issues.append({field, tr("The assessment date cannot be in the future.")});
        return false;
    }
    if (assessedOn < *child.dateOfBirth) {
        issues.append({field, tr("The assessment date is before %1's date of birth (%2).")
                                  .arg(childName(child), showDate(*child.dateOfBirth))});
        return false;
    }
    return true;
}

// The interval: chosen from the age, or the one given is among the candidates on that day.
inline void checkInterval(FieldIssues& issues, const QString& field, const IntervalChoice& choice,
                          const std::optional<int>& requested, const QList<QuestionnaireInterval::Window>& windows,
                          const QString& instrument)
{
    if (!requested) {
        if (!choice.months)
            issues.append({field, choice.reason});
        return;
    }
    if (choice.candidates.contains(*requested))
        return;
    const QuestionnaireInterval::Window* window = nullptr;
    QStringList all;
    for (const QuestionnaireInterval::Window& w : windows) {
        all.append(QString::number(w.months));
        if (w.months == *requested)
            window = &w;
    }
    if (!window) {
        issues.append({field, tr("%1 has no %2-month questionnaire; the intervals are %3 months.")
                                  .arg(instrument)
                                  .arg(*requested)
                                  .arg(all.join(QStringLiteral(", ")))});
        return;
    }
    const QString age = choice.corrected ? tr("corrected age %1").arg(ageText(choice.used))
                                         : tr("age %1").arg(ageText(choice.used));
    const QString advice = choice.months ? tr("use the %1-month questionnaire").arg(*choice.months)
                                         : tr("no %1 questionnaire fits this age").arg(instrument);
    issues.append({field, tr("The %1-month questionnaire covers %2, not the child's %3 on that day: %4.")
                              .arg(*requested)
                              .arg(windowText(window->window), age, advice)});
}

// Free text: trimmed, at most `max` characters as a person counts them.
inline void checkFreeText(FieldIssues& issues, const QString& field, QString& text, int max, const QString& what)
{
    text = text.trimmed();
    const qsizetype length = text.toUcs4().size();
    if (length > max)
        issues.append({field, tr("Shorten %1 to %2 characters or fewer; it has %3.").arg(what).arg(max).arg(length)});
}

// "The 24-month ASQ-3 window (23 months 0 days to 25 months 15 days) is unverified: <source>"
inline QString unverifiedWindow(int months, const QString& instrument, const AgeWindow& w)
{
    return tr("The %1-month %2 window (%3) is unverified: %4").arg(months).arg(instrument, windowText(w), w.source);
}

inline QString unverifiedPrematurity(const QString& instrument, const PrematurityRule& rule)
{
    return tr("The %1 rule for corrected age (from %2, until %3) is unverified: %4")
        .arg(instrument, count(rule.minWeeksEarly, "%n week early", "%n weeks early"),
             count(rule.untilMonths, "%n month", "%n months"), rule.source);
}

} // namespace tandem::domain::QuestionnaireSupport
