#include "AssessmentTestData.h"

#include "Asq3Dialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

QPushButton* saveButton(QDialog* dialog) { return child<QPushButton>(dialog, "okButton"); }

// "gross-motor" -> "grossMotor", as the form names a domain's widgets.
QByteArray widgetName(const QString& key, const char* suffix)
{
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
    return (name + QLatin1String(suffix)).toLatin1();
}

QLabel* zoneLabel(QDialog* dialog, const QString& key) { return child<QLabel>(dialog, widgetName(key, "ZoneLabel").constData()); }

void typeDate(QDialog* dialog, const QString& text)
{
    auto* date = child<QLineEdit>(dialog, "assessedOnInput");
    date->setFocus();
    date->selectAll();
    QTest::keyClicks(date, text);
    REQUIRE(date->text() == text);
}

} // namespace

TEST_CASE("ASQ-3 form: a widget test enters an ASQ-3 through the form and sees the zone for each domain", "[gui][asq3]")
{
    AssessmentStore s;
    const Child isla = s.isla();
    Asq3Dialog dialog(*s.hv, isla);
    dialog.show();

    // Today, and the questionnaire that fits her age, with why.
    CHECK(child<QLineEdit>(&dialog, "assessedOnInput")->text() == QStringLiteral("15/01/2026"));
    auto* interval = child<QComboBox>(&dialog, "intervalCombo");
    CHECK(interval->currentData().toInt() == 24);
    CHECK(interval->currentText() == QStringLiteral("24-month questionnaire"));
    auto* reason = child<QLabel>(&dialog, "intervalReasonLabel");
    CHECK(reason->isVisible());
    CHECK(reason->text().contains(QStringLiteral("24-month")));
    CHECK_FALSE(saveButton(&dialog)->isEnabled()); // nothing entered yet

    // The answers, one chooser at a time, as typed letters.
    for (int d = 0; d < kDomainKeys.size(); ++d)
        for (int item = 0; item < 6; ++item)
            answer(child<QComboBox>(&dialog, widgetName(kDomainKeys.at(d), "Item") + QByteArray::number(item + 1) + "Combo"),
                   kMixedAnswers.at(d).at(item));
    CHECK(child<QComboBox>(&dialog, "communicationItem5Combo")->currentText() == QStringLiteral("Yes"));
    CHECK(child<QComboBox>(&dialog, "communicationItem1Combo")->currentText() == QStringLiteral("Not yet"));

    // Each domain's zone, in words, as the answers went in.
    CHECK(zoneLabel(&dialog, QStringLiteral("communication"))->text() == QStringLiteral("Below cutoff: refer"));
    CHECK(zoneLabel(&dialog, QStringLiteral("gross-motor"))->text() == QStringLiteral("Monitoring zone"));
    CHECK(zoneLabel(&dialog, QStringLiteral("fine-motor"))->text() == QStringLiteral("On schedule"));
    CHECK(zoneLabel(&dialog, QStringLiteral("problem-solving"))->text().startsWith(QStringLiteral("Not scored: 3 of 6 items")));
    CHECK(zoneLabel(&dialog, QStringLiteral("personal-social"))->text() == QStringLiteral("On schedule"));
    // With its score and the thresholds it was compared with.
    CHECK(child<QLabel>(&dialog, "communicationScoreLabel")->text() == QStringLiteral("Score 10"));
    CHECK(child<QLabel>(&dialog, "personalSocialScoreLabel")->text() == QStringLiteral("Score 60 (adjusted)"));
    CHECK(child<QLabel>(&dialog, "problemSolvingScoreLabel")->text() == QStringLiteral("Score —"));
    const QString thresholds = child<QLabel>(&dialog, "communicationThresholdsLabel")->text();
    CHECK(thresholds.contains(QStringLiteral("25.17")));
    CHECK(thresholds.contains(QStringLiteral("35.17")));
    CHECK(thresholds.contains(QStringLiteral("unverified")));
    // Colour supports the words: the refer zone is not drawn like the on-schedule one.
    CHECK(zoneLabel(&dialog, QStringLiteral("communication"))->styleSheet() !=
          zoneLabel(&dialog, QStringLiteral("fine-motor"))->styleSheet());
    auto* outcome = child<QLabel>(&dialog, "outcomeLabel");
    CHECK(outcome->text().contains(QStringLiteral("Communication")));

    child<QPlainTextEdit>(&dialog, "parentConcernsEdit")->setPlainText(QStringLiteral("Few words yet."));
    REQUIRE(saveButton(&dialog)->isEnabled());
    QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);

    // Stored as the form showed it.
    const QList<Assessment> stored = s.history(isla.uuid);
    REQUIRE(stored.size() == 1);
    const Assessment& a = stored.first();
    CHECK(a.kind == AssessmentKind::Asq3);
    CHECK(a.intervalMonths == 24);
    CHECK(a.assessedOn == QDate(2026, 1, 15));
    CHECK(a.parentConcerns == QStringLiteral("Few words yet."));
    CHECK(a.needsFollowUp);
    const QList<Zone> zones{Zone::Refer, Zone::Monitoring, Zone::OnSchedule, Zone::NotScored, Zone::OnSchedule};
    for (int d = 0; d < kDomainKeys.size(); ++d) {
        const AssessmentPart* part = partFor(a, kDomainKeys.at(d));
        INFO(kDomainKeys.at(d).toStdString());
        REQUIRE(part != nullptr);
        CHECK(part->zone == zones.at(d));
    }
    CHECK(partFor(a, QStringLiteral("personal-social"))->adjusted);
    CHECK(dialog.savedAssessment().uuid == a.uuid);
}

TEST_CASE("ASQ-3 form: domain totals are checked as they are typed", "[gui][asq3]")
{
    AssessmentStore s;
    Asq3Dialog dialog(*s.hv, s.isla());
    dialog.show();
    auto* mode = child<QComboBox>(&dialog, "entryModeCombo");
    mode->setCurrentIndex(mode->findData(static_cast<int>(Asq3EntryMode::Totals)));
    auto* communication = child<QLineEdit>(&dialog, "communicationTotalEdit");
    REQUIRE(communication->isVisible());
    CHECK_FALSE(child<QComboBox>(&dialog, "communicationItem1Combo")->isVisible());

    const QStringList totals{QStringLiteral("30"), QStringLiteral("45"), QStringLiteral("50"), QStringLiteral("35"),
                             QStringLiteral("55")};
    for (int d = 0; d < kDomainKeys.size(); ++d) {
        auto* edit = child<QLineEdit>(&dialog, widgetName(kDomainKeys.at(d), "TotalEdit").constData());
        QTest::keyClicks(edit, totals.at(d));
    }
    CHECK(zoneLabel(&dialog, QStringLiteral("communication"))->text() == QStringLiteral("Monitoring zone"));
    CHECK(zoneLabel(&dialog, QStringLiteral("fine-motor"))->text() == QStringLiteral("On schedule"));
    REQUIRE(saveButton(&dialog)->isEnabled());

    // 61 cannot be: six items of ten points.
    communication->selectAll();
    QTest::keyClicks(communication, QStringLiteral("61"));
    auto* issue = child<QLabel>(&dialog, "communicationIssue");
    CHECK(issue->isVisible());
    CHECK(issue->text().contains(QStringLiteral("above 60")));
    CHECK(communication->accessibleDescription() == issue->text());
    CHECK(zoneLabel(&dialog, QStringLiteral("communication"))->text().isEmpty()); // no zone for an impossible score
    CHECK_FALSE(saveButton(&dialog)->isEnabled());
    QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(s.history(s.isla().uuid).isEmpty());

    // Corrected, the form can be saved again.
    communication->selectAll();
    QTest::keyClicks(communication, QStringLiteral("20"));
    CHECK_FALSE(issue->isVisible());
    CHECK(zoneLabel(&dialog, QStringLiteral("communication"))->text() == QStringLiteral("Below cutoff: refer"));
    CHECK(saveButton(&dialog)->isEnabled());
}

TEST_CASE("ASQ-3 form: a date before birth is refused with the reason", "[gui][asq3]")
{
    AssessmentStore s;
    Asq3Dialog dialog(*s.hv, s.isla());
    dialog.show();
    answer(child<QComboBox>(&dialog, "communicationItem1Combo"), QLatin1Char('Y'));
    REQUIRE(saveButton(&dialog)->isEnabled());

    typeDate(&dialog, QStringLiteral("20/12/2023"));
    auto* issue = child<QLabel>(&dialog, "assessedOnIssue");
    CHECK(issue->isVisible());
    CHECK(issue->text().contains(QStringLiteral("date of birth")));
    CHECK_FALSE(saveButton(&dialog)->isEnabled());
    CHECK(child<QComboBox>(&dialog, "intervalCombo")->count() == 0); // no questionnaire before birth

    typeDate(&dialog, QStringLiteral("31/02/2025")); // not a day
    CHECK(issue->text().contains(QStringLiteral("14/03/2025")));

    // A year earlier: the 12-month questionnaire, and the form is fine again.
    typeDate(&dialog, QStringLiteral("10/01/2025"));
    CHECK_FALSE(issue->isVisible());
    CHECK(child<QComboBox>(&dialog, "intervalCombo")->currentData().toInt() == 12);
    CHECK(saveButton(&dialog)->isEnabled());
}

TEST_CASE("ASQ-3 form: a premature child's interval comes from corrected age, and says so", "[gui][asq3]")
{
    AssessmentStore s;
    Asq3Dialog dialog(*s.hv, s.rowan());
    dialog.show();
    const QString reason = child<QLabel>(&dialog, "intervalReasonLabel")->text();
    CHECK(reason.contains(QStringLiteral("orrected age")));
    CHECK(reason.contains(QStringLiteral("30 weeks")));
    CHECK(child<QLabel>(&dialog, "childLabel")->text().contains(QStringLiteral("at 30 weeks")));
    // 9 months old, about 6 months corrected.
    CHECK(child<QComboBox>(&dialog, "intervalCombo")->currentData().toInt() == 6);
}

TEST_CASE("ASQ-3 form: where windows overlap the practitioner chooses among the candidates", "[gui][asq3]")
{
    AssessmentStore s;
    Asq3Dialog dialog(*s.hv, s.isla());
    dialog.show();
    // Isla at 9 months 5 days: the 9- and 10-month windows both cover her age; 9 is nearer.
    typeDate(&dialog, QStringLiteral("10/10/2024"));
    auto* interval = child<QComboBox>(&dialog, "intervalCombo");
    REQUIRE(interval->count() > 1);
    CHECK(interval->isEnabled());
    CHECK(interval->currentData().toInt() == 9);
    CHECK(child<QLabel>(&dialog, "intervalReasonLabel")->text().contains(QStringLiteral("overlap")));
    for (int i = 0; i < interval->count(); ++i)
        CHECK(QList<int>{8, 9, 10}.contains(interval->itemData(i).toInt()));

    // A single window: nothing to choose.
    typeDate(&dialog, QStringLiteral("15/01/2026"));
    CHECK(interval->count() == 1);
    CHECK_FALSE(interval->isEnabled());
}

TEST_CASE("ASQ-3 form: the service's refusal is shown and the dialog stays open", "[gui][asq3]")
{
    AssessmentStore s;
    // An administrator may open the record's forms in principle, but does not record assessments.
    auto admin = s.hs.store().unlockAdmin();
    Asq3Dialog dialog(*admin, s.isla());
    dialog.show();
    answer(child<QComboBox>(&dialog, "communicationItem1Combo"), QLatin1Char('Y'));
    REQUIRE(saveButton(&dialog)->isEnabled());
    QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    auto* message = child<QLabel>(&dialog, "messageLabel");
    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());
    CHECK(s.history(s.isla().uuid).isEmpty());
}

TEST_CASE("Accessibility: recording an ASQ-3", "[gui][a11y][asq3]")
{
    AssessmentStore s;
    Asq3Dialog dialog(*s.hv, s.isla());
    checkKeyboardAndNames(&dialog);
    auto* mode = child<QComboBox>(&dialog, "entryModeCombo");
    mode->setCurrentIndex(mode->findData(static_cast<int>(Asq3EntryMode::Totals)));
    checkKeyboardAndNames(&dialog);
}
