#include "ConsentTestData.h"

#include "SafeguardingDialog.h"

#include "tandem/services/UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QList<SafeguardingDecision> decisions(ConsentStore& s)
{
    auto list = ConsentService(*s.hv).safeguardingForFamily(s.family.uuid);
    REQUIRE(list.ok());
    return list.value();
}

} // namespace

TEST_CASE("Safeguarding dialog: only the store's active team leads can be chosen to authorise", "[gui][safeguarding]")
{
    ConsentStore s;
    // A second team lead, and one who has left: only the active ones are offered.
    auto admin = s.hs.store().unlockAdmin();
    addTestUser(*admin, QStringLiteral("lead2"), QStringLiteral("Owen Hartley"), Role::TeamLead);
    addTestUser(*admin, QStringLiteral("lead3"), QStringLiteral("Gwen Alder"), Role::TeamLead);
    REQUIRE(UserService(*admin).removeUser(QStringLiteral("lead3")).ok());

    SafeguardingDialog dialog(*s.hv, s.record(*s.hv), s.child(QStringLiteral("Rowan")).uuid);
    dialog.show();
    auto* authoriser = child<QComboBox>(&dialog, "authoriserCombo");
    QStringList offered;
    for (int i = 0; i < authoriser->count(); ++i)
        if (!authoriser->itemData(i).toString().isEmpty())
            offered << authoriser->itemText(i);
    offered.sort();
    // Not the health visitor, the children's centre practitioner, the administrator, or the one who left.
    CHECK(offered == QStringList({QStringLiteral("Owen Hartley"), QStringLiteral("Priya Castellan")}));
    CHECK(authoriser->currentData().toString().isEmpty()); // the user chooses

    // The child the record was opened for comes first; every partner is offered.
    CHECK(child<QComboBox>(&dialog, "childCombo")->currentData().toString() == s.child(QStringLiteral("Rowan")).uuid);
    auto* partner = child<QComboBox>(&dialog, "partnerCombo");
    CHECK(partner->findData(kBrookLane) >= 0);
    CHECK(partner->findData(kRiverside) >= 0);
    checkKeyboardAndNames(&dialog);
}

TEST_CASE("Safeguarding dialog: a decision to share needs what and until when; invalid input writes nothing", "[gui][safeguarding]")
{
    ConsentStore s;
    SafeguardingDialog dialog(*s.hv, s.record(*s.hv));
    dialog.show();
    auto* save = child<QPushButton>(&dialog, "okButton");
    CHECK_FALSE(save->isEnabled()); // nothing chosen yet

    tick(child<QRadioButton>(&dialog, "shareRadio"));
    // Sharing shows what may be shared and until when.
    CHECK(child<QWidget>(&dialog, "categoriesBox")->isVisible());
    CHECK(child<QLineEdit>(&dialog, "shareUntilInput")->isVisible());
    choose(child<QComboBox>(&dialog, "partnerCombo"), kRiverside);
    auto* reason = child<QPlainTextEdit>(&dialog, "reasonEdit");
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("Risk"));
    choose(child<QComboBox>(&dialog, "authoriserCombo"), s.hs.userUuid("lead"));
    tick(child<QCheckBox>(&dialog, "categoryCheck_identity"));
    retype(child<QLineEdit>(&dialog, "shareUntilInput"), QStringLiteral("30/06/2026")); // beyond 92 days
    CHECK_FALSE(save->isEnabled());
    CHECK(child<QLabel>(&dialog, "reasonIssue")->text().contains(QStringLiteral("in full")));
    CHECK(child<QLabel>(&dialog, "shareUntilIssue")->isVisible());
    CHECK(child<QLabel>(&dialog, "shareUntilIssue")->text().contains(QStringLiteral("at most 92 days")));

    QTest::keyClicks(reason, QStringLiteral(": bruising seen at today's visit, explanation inconsistent."));
    retype(child<QLineEdit>(&dialog, "shareUntilInput"), QStringLiteral("14/02/2026"));
    CHECK(save->isEnabled());
    // No category: said under the categories.
    tick(child<QCheckBox>(&dialog, "categoryCheck_identity"));
    CHECK_FALSE(save->isEnabled());
    CHECK(child<QLabel>(&dialog, "categoriesIssue")->isVisible());

    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(decisions(s).isEmpty());
}

TEST_CASE("Safeguarding dialog: saving a share and a decision not to share", "[gui][safeguarding]")
{
    ConsentStore s;
    {
        SafeguardingDialog dialog(*s.hv, s.record(*s.hv), s.child(QStringLiteral("Isla")).uuid);
        dialog.show();
        tick(child<QRadioButton>(&dialog, "shareRadio"));
        choose(child<QComboBox>(&dialog, "partnerCombo"), kRiverside);
        tick(child<QCheckBox>(&dialog, "categoryCheck_identity"));
        tick(child<QCheckBox>(&dialog, "categoryCheck_hv-contacts"));
        auto* reason = child<QPlainTextEdit>(&dialog, "reasonEdit");
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("Bruising seen at today's visit; the hub's worker needs the visit history."));
        retype(child<QLineEdit>(&dialog, "shareUntilInput"), QStringLiteral("14/02/2026"));
        choose(child<QComboBox>(&dialog, "authoriserCombo"), s.hs.userUuid("lead"));
        auto* save = child<QPushButton>(&dialog, "okButton");
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    {
        SafeguardingDialog dialog(*s.hv, s.record(*s.hv), s.child(QStringLiteral("Isla")).uuid);
        dialog.show();
        tick(child<QRadioButton>(&dialog, "noShareRadio"));
        // Not sharing: nothing to choose about what or until when.
        CHECK_FALSE(child<QWidget>(&dialog, "categoriesBox")->isVisible());
        CHECK_FALSE(child<QLineEdit>(&dialog, "shareUntilInput")->isVisible());
        choose(child<QComboBox>(&dialog, "partnerCombo"), kBrookLane);
        auto* reason = child<QPlainTextEdit>(&dialog, "reasonEdit");
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("Discussed with the lead: no risk of harm, so the family's wishes stand."));
        choose(child<QComboBox>(&dialog, "authoriserCombo"), s.hs.userUuid("lead"));
        auto* save = child<QPushButton>(&dialog, "okButton");
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const QList<SafeguardingDecision> stored = decisions(s);
    REQUIRE(stored.size() == 2);
    const SafeguardingDecision& share = stored.at(0).share ? stored.at(0) : stored.at(1);
    const SafeguardingDecision& noShare = stored.at(0).share ? stored.at(1) : stored.at(0);
    CHECK(share.childUuid == s.child(QStringLiteral("Isla")).uuid);
    CHECK(share.partnerCode == kRiverside);
    CHECK(share.categories == QList<ShareCategory>{ShareCategory::Identity, ShareCategory::HealthVisitingContacts});
    CHECK(share.shareUntil == QDate(2026, 2, 14));
    CHECK(share.decidedOn == QDate(2026, 1, 15));
    CHECK(share.authoriserName == QStringLiteral("Priya Castellan"));
    CHECK_FALSE(noShare.share);
    CHECK(noShare.partnerCode == kBrookLane);
    CHECK(noShare.categories.isEmpty());
    CHECK_FALSE(noShare.shareUntil.has_value());
}
