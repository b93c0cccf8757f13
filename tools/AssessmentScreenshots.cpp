// The assessment pictures for docs/user-guide.md: Poppy Harcourt's development reviews from
// 12 months to 2½ years, the ASQ-3 form, the domain chart, WellComm, the integrated review,
// the caseload's development flags and the administrator's threshold form. Synthetic data only.
#include "AssessmentScreenshots.h"

#include "AssessmentsPanel.h"
#include "Asq3ChartDialog.h"
#include "Asq3Dialog.h"
#include "CaseloadPage.h"
#include "FamilyRecordPage.h"
#include "IntegratedReviewDialog.h"
#include "ThresholdsDialog.h"
#include "WellCommDialog.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/services/AssessmentService.h"
#include "tandem/services/CareTeamService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/ReviewService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>

#include <cstdio>

namespace tandem {

namespace {

bool save(QWidget* w, const QString& folder, const char* name)
{
    w->show();
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(QString::fromLatin1(name));
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

bool failed(const Error& e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.message));
    return false;
}

QString nhs()
{
    for (int k = 513700;; ++k) {
        const QString nine = QStringLiteral("999%1").arg(k, 6, 10, QLatin1Char('0'));
        if (auto check = domain::NhsNumber::checkDigit(nine))
            return nine + QChar(u'0' + *check);
    }
}

Asq3Draft totals(const QString& child, const QDate& on, const std::array<double, 5>& scores, const QString& plan = {})
{
    Asq3Draft d;
    d.childUuid = child;
    d.assessedOn = on;
    d.entryMode = Asq3EntryMode::Totals;
    const char* keys[] = {"communication", "gross-motor", "fine-motor", "problem-solving", "personal-social"};
    for (int i = 0; i < 5; ++i)
        d.domains << Asq3DomainInput{QString::fromLatin1(keys[i]), {}, scores.at(static_cast<size_t>(i))};
    d.followUpPlan = plan;
    return d;
}

void at(ManualClock& clock, const QDate& day) { clock.set(QDateTime(day, QTime(15, 0), Qt::UTC)); }

} // namespace

bool shootAssessments(Session& hv, Session& admin, ManualClock& clock, const QString& out)
{
    const QDateTime now = clock.nowUtc();
    // Poppy, born at term on 14 May 2024, lives with her mum; Amara is their named health visitor.
    at(clock, QDate(2024, 5, 24));
    Family f;
    f.address = {QStringLiteral("9 Larch Close"), {}, QStringLiteral("Northgate"), QStringLiteral("NG7 4LP")};
    f.mainLanguage = QStringLiteral("English");
    Person mum;
    mum.givenName = QStringLiteral("Leanne");
    mum.familyName = QStringLiteral("Harcourt");
    mum.phone = QStringLiteral("07700 900614");
    mum.relationship = QStringLiteral("mother");
    mum.parentalResponsibility = true;
    f.adults << mum;
    Child poppy;
    poppy.givenName = QStringLiteral("Poppy");
    poppy.familyName = QStringLiteral("Harcourt");
    poppy.dateOfBirth = QDate(2024, 5, 14);
    poppy.sex = QStringLiteral("female");
    poppy.nhsNumber = nhs();
    poppy.gestationWeeks = 40;
    f.children << poppy;
    auto family = FamilyService(hv).registerFamily(f);
    if (!family.ok())
        return failed(family.error());
    const QString familyUuid = family.value().uuid;
    const QString child = family.value().children.first().uuid;
    poppy = family.value().children.first();
    if (auto named = CareTeamService(hv).setNamedHealthVisitor(familyUuid, hv.user().uuid); !named.ok())
        return failed(named.error());

    // ASQ-3s at 12 and 18 months, then the 2-2 1/2 year integrated review with the setting.
    AssessmentService assessments(hv);
    at(clock, QDate(2025, 5, 20));
    if (auto a = assessments.addAsq3(totals(child, QDate(2025, 5, 20), {40, 50, 45, 45, 50})); !a.ok())
        return failed(a.error());
    at(clock, QDate(2025, 11, 18));
    if (auto a = assessments.addAsq3(totals(child, QDate(2025, 11, 18), {20, 50, 50, 40, 45})); !a.ok())
        return failed(a.error());
    at(clock, QDate(2026, 5, 20));
    auto review24 = assessments.addAsq3(totals(child, QDate(2026, 5, 20), {30, 55, 50, 45, 50},
                                               QStringLiteral("Talk and play ideas; WellComm at the review.")));
    if (!review24.ok())
        return failed(review24.error());
    EyfsDraft eyfs;
    eyfs.childUuid = child;
    eyfs.completedOn = QDate(2026, 5, 18);
    eyfs.completedByName = QStringLiteral("Jess Okoro");
    eyfs.setting = QStringLiteral("Little Acorns Nursery");
    eyfs.parentAgreedToShare = true;
    eyfs.areas << EyfsAreaInput{QStringLiteral("communication-language"), QStringLiteral("less-than-expected"),
                                QStringLiteral("Uses about 20 words; enjoys songs and points to show what she wants.")}
               << EyfsAreaInput{QStringLiteral("physical"), QStringLiteral("on-track"), QStringLiteral("Climbs, runs and uses a spoon well.")}
               << EyfsAreaInput{QStringLiteral("personal-social-emotional"), QStringLiteral("on-track"),
                                QStringLiteral("Settles quickly and plays alongside friends.")};
    if (auto e = assessments.addEyfs(eyfs); !e.ok())
        return failed(e.error());

    // The WellComm form mid-screen: amber at section 4 guides to section 3.
    at(clock, QDate(2026, 5, 27));
    {
        gui::WellCommDialog dialog(hv, poppy);
        dialog.resize(760, 560);
        if (auto* first = dialog.findChild<QComboBox*>(QStringLiteral("screeningResultCombo0")))
            first->setCurrentIndex(first->findData(QStringLiteral("amber")));
        QApplication::processEvents();
        if (auto* second = dialog.findChild<QComboBox*>(QStringLiteral("screeningResultCombo1")))
            second->setCurrentIndex(second->findData(QStringLiteral("green")));
        dialog.findChild<QCheckBox*>(QStringLiteral("parentConcernCheck"))->setChecked(true);
        if (!save(&dialog, out, "wellcomm-dialog.png"))
            return false;
    }
    WellCommDraft wellComm;
    wellComm.childUuid = child;
    wellComm.assessedOn = QDate(2026, 5, 27);
    wellComm.screenings << WellCommScreening{4, QStringLiteral("amber")} << WellCommScreening{3, QStringLiteral("green")};
    wellComm.parentConcern = true;
    wellComm.followUpPlan = QStringLiteral("Chatterbox group at Brook Lane; rescreen in 3 months.");
    if (auto w = assessments.addWellComm(wellComm); !w.ok())
        return failed(w.error());

    auto record = FamilyRecordService(hv).record(familyUuid);
    if (!record.ok())
        return failed(record.error());
    {
        gui::IntegratedReviewDialog dialog(hv, record.value(), child);
        dialog.resize(1000, 760);
        dialog.findChild<QComboBox*>(QStringLiteral("placeCombo"))
            ->setCurrentIndex(dialog.findChild<QComboBox*>(QStringLiteral("placeCombo"))->findData(QStringLiteral("childrens-centre")));
        dialog.findChild<QSpinBox*>(QStringLiteral("durationSpin"))->setValue(60);
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("parentViewsEdit"))
            ->setPlainText(QStringLiteral("Leanne is pleased with how Poppy is settling at nursery and wants ideas to help her talking."));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"))
            ->setPlainText(QStringLiteral("Talking is a little behind; everything else on track. Nursery and health visiting will "
                                          "support language together."));
        if (!save(&dialog, out, "integrated-review.png"))
            return false;
    }
    IntegratedReview review;
    review.childUuid = child;
    review.reviewedAt = QDateTime(QDate(2026, 5, 27), QTime(10, 30));
    review.place = QStringLiteral("childrens-centre");
    review.durationMinutes = 60;
    review.settingPractitioner = QStringLiteral("Jess Okoro");
    review.peoplePresent = QStringLiteral("Leanne (mum), Jess (nursery key person)");
    review.asq3Uuid = review24.value().uuid;
    review.parentViews = QStringLiteral("Pleased with nursery; wants ideas to help Poppy's talking.");
    review.summary = QStringLiteral("Talking a little behind; everything else on track.");
    FollowUpAction action;
    action.description = QStringLiteral("Chatterbox group at Brook Lane Children's Centre");
    action.dueOn = QDate(2026, 6, 24);
    action.ownerName = QStringLiteral("Leanne (mum)");
    review.actions << action;
    auto inputs = ReviewService(hv).inputs(child, QDate(2026, 5, 27));
    if (!inputs.ok())
        return failed(inputs.error());
    if (!inputs.value().eyfs.isEmpty())
        review.eyfsUuid = inputs.value().eyfs.first().uuid;
    if (!inputs.value().wellComm.isEmpty())
        review.wellCommUuid = inputs.value().wellComm.first().uuid;
    if (auto r = ReviewService(hv).complete(review); !r.ok())
        return failed(r.error());

    // Six months on: communication has dropped below the 30-month cutoff, no plan yet.
    at(clock, QDate(2026, 11, 18));
    if (auto a = assessments.addAsq3(totals(child, QDate(2026, 11, 18), {25, 55, 50, 40, 45})); !a.ok())
        return failed(a.error());
    clock.set(now);

    bool ok = true;
    {
        gui::Asq3Dialog dialog(hv, poppy);
        dialog.resize(980, 700);
        const char* rows[] = {"communication", "grossMotor", "fineMotor", "problemSolving", "personalSocial"};
        const char* answers[] = {"YSNNSN", "YYYYYS", "YYYYY-", "YYS---", "YYYYSS"};
        for (int r = 0; r < 5; ++r)
            for (int i = 0; i < 6; ++i) {
                auto* combo = dialog.findChild<QComboBox*>(QString::fromLatin1(rows[r]) + QStringLiteral("Item%1Combo").arg(i + 1));
                const auto answer = Asq3Answers::fromLetter(QLatin1Char(answers[r][i]));
                if (combo && answer)
                    combo->setCurrentIndex(combo->findData(static_cast<int>(*answer)));
            }
        ok &= save(&dialog, out, "asq3-dialog.png");
    }
    {
        gui::Asq3ChartDialog chart(hv, poppy);
        chart.resize(900, 680);
        chart.showDomain(QStringLiteral("communication"));
        ok &= save(&chart, out, "asq3-chart.png");
    }
    {
        gui::FamilyRecordPage page(hv);
        page.resize(1100, 900);
        page.showFamily(familyUuid, child);
        page.show();
        QApplication::processEvents();
        if (auto* panel = page.findChild<gui::AssessmentsPanel*>()) {
            if (auto* scroll = page.findChild<QScrollArea*>())
                scroll->ensureWidgetVisible(panel, 0, 0);
            if (auto* history = panel->historyView(); history && history->topLevelItemCount() > 0)
                history->setCurrentItem(history->topLevelItem(0));
            QApplication::processEvents();
            ok &= save(panel, out, "assessments-panel.png");
        }
    }
    {
        gui::CaseloadPage caseload(hv);
        caseload.resize(1300, 560);
        caseload.findChild<QCheckBox*>(QStringLiteral("flaggedFilter"))->setChecked(true);
        ok &= save(&caseload, out, "caseload-flags.png");
    }
    {
        gui::ThresholdsDialog thresholds(admin);
        thresholds.resize(860, 640);
        ok &= save(&thresholds, out, "thresholds-dialog.png");
    }
    return ok;
}

} // namespace tandem
