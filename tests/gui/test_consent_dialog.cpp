#include "ConsentTestData.h"

#include "ConsentDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

QCheckBox* partnerCheck(QWidget* dialog, const QString& code)
{
    return child<QCheckBox>(dialog, ("partnerCheck_" + code).toLatin1().constData());
}

QCheckBox* categoryCheck(QWidget* dialog, ShareCategory category)
{
    return child<QCheckBox>(dialog, ("categoryCheck_" + ShareCategories::token(category)).toLatin1().constData());
}

// As a person fills the form: Rowan, Bethan, Brook Lane, identity and assessments, verbal.
void fillValid(ConsentDialog& dialog, ConsentStore& s)
{
    auto* forCombo = child<QComboBox>(&dialog, "forCombo");
    forCombo->setCurrentIndex(forCombo->findData(s.child(QStringLiteral("Rowan")).uuid));
    tick(partnerCheck(&dialog, kBrookLane));
    tick(categoryCheck(&dialog, ShareCategory::Identity));
    tick(categoryCheck(&dialog, ShareCategory::Assessments));
    auto* purpose = child<QPlainTextEdit>(&dialog, "purposeEdit");
    purpose->setFocus();
    QTest::keyClicks(purpose, QStringLiteral("So the children's centre can offer Rowan a place at Chatterbox"));
    tick(child<QRadioButton>(&dialog, "verbalRadio"));
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("Consent dialog: offers only adults with parental responsibility, every partner and category", "[gui][consent]")
{
    ConsentStore s;
    ConsentDialog dialog(*s.hv, s.record(*s.hv));
    dialog.show();

    auto* forCombo = child<QComboBox>(&dialog, "forCombo");
    REQUIRE(forCombo->count() == 3);
    CHECK(forCombo->itemText(0) == QStringLiteral("Whole family"));
    CHECK(forCombo->currentData().toString().isEmpty());
    CHECK(forCombo->itemText(1).startsWith(QStringLiteral("Isla Marlowe")));

    // Bethan holds parental responsibility; Maureen, the grandmother, does not and is not offered.
    auto* givenBy = child<QComboBox>(&dialog, "givenByCombo");
    REQUIRE(givenBy->count() == 1);
    CHECK(givenBy->currentText() == QStringLiteral("Bethan Marlowe"));
    CHECK(givenBy->currentData().toString() == s.adult(QStringLiteral("Bethan")).uuid);
    CHECK(givenBy->findText(QStringLiteral("Maureen Marlowe")) < 0);

    CHECK(partnerCheck(&dialog, kBrookLane)->text() == QStringLiteral("Brook Lane Children's Centre (RX1-CC01)"));
    CHECK(partnerCheck(&dialog, kRiverside)->text() == QStringLiteral("Riverside Family Hub (RX1-CC02)"));
    CHECK_FALSE(child<QLabel>(&dialog, "noPartnersLabel")->isVisible());
    for (ShareCategory c : ShareCategories::all()) {
        CHECK(categoryCheck(&dialog, c)->text() == ShareCategories::displayName(c));
        CHECK_FALSE(categoryCheck(&dialog, c)->isChecked());
    }
    CHECK(child<QLabel>(&dialog, "restrictedLabel")->text().contains(QStringLiteral("Restricted notes are never shared")));

    CHECK(child<QLineEdit>(&dialog, "givenOnInput")->text() == QStringLiteral("15/01/2026"));
    CHECK(child<QLineEdit>(&dialog, "reviewOnInput")->text() == QStringLiteral("15/01/2027"));
    checkKeyboardAndNames(&dialog);
}

TEST_CASE("Consent dialog: invalid input keeps Save disabled, says why and writes nothing", "[gui][consent]")
{
    ConsentStore s;
    ConsentDialog dialog(*s.hv, s.record(*s.hv));
    dialog.show();
    auto* save = child<QPushButton>(&dialog, "okButton");
    CHECK(save->text() == QStringLiteral("Save consent"));
    CHECK_FALSE(save->isEnabled()); // no partner, category, purpose or method yet
    // An untouched form is not a wall of red.
    CHECK_FALSE(child<QLabel>(&dialog, "partnersIssue")->isVisible());

    fillValid(dialog, s);
    CHECK(save->isEnabled());

    // A review date before the day consent was given.
    auto* review = child<QLineEdit>(&dialog, "reviewOnInput");
    retype(review, QStringLiteral("01/01/2026"));
    CHECK_FALSE(save->isEnabled());
    auto* reviewIssue = child<QLabel>(&dialog, "reviewOnIssue");
    CHECK(reviewIssue->isVisible());
    CHECK(reviewIssue->text().contains(QStringLiteral("review date must be after")));
    CHECK(review->accessibleDescription() == reviewIssue->text());

    // Not a date at all.
    retype(review, QStringLiteral("next year"));
    CHECK_FALSE(save->isEnabled());
    CHECK(reviewIssue->text().contains(QStringLiteral("day, month and year")));
    retype(review, QStringLiteral("15/01/2027"));
    CHECK(save->isEnabled());
    CHECK_FALSE(reviewIssue->isVisible());

    // A consent given in the future.
    retype(child<QLineEdit>(&dialog, "givenOnInput"), QStringLiteral("20/01/2026"));
    CHECK_FALSE(save->isEnabled());
    CHECK(child<QLabel>(&dialog, "givenOnIssue")->text().contains(QStringLiteral("future")));
    retype(child<QLineEdit>(&dialog, "givenOnInput"), QStringLiteral("15/01/2026"));
    CHECK(save->isEnabled());

    // Unticking the only partner: said under the partners.
    tick(partnerCheck(&dialog, kBrookLane));
    CHECK_FALSE(save->isEnabled());
    auto* partnersIssue = child<QLabel>(&dialog, "partnersIssue");
    CHECK(partnersIssue->isVisible());
    CHECK(partnersIssue->text().contains(QStringLiteral("at least one partner")));

    // Unticking every category.
    tick(partnerCheck(&dialog, kBrookLane));
    tick(categoryCheck(&dialog, ShareCategory::Identity));
    tick(categoryCheck(&dialog, ShareCategory::Assessments));
    CHECK_FALSE(save->isEnabled());
    CHECK(child<QLabel>(&dialog, "categoriesIssue")->isVisible());

    // Save cannot be pressed, and Enter does nothing either: nothing is written.
    QTest::mouseClick(save, Qt::LeftButton);
    QTest::keyClick(&dialog, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(s.consents().isEmpty());
}

TEST_CASE("Consent dialog: saving records the consent as entered", "[gui][consent]")
{
    ConsentStore s;
    ConsentDialog dialog(*s.hv, s.record(*s.hv));
    dialog.show();
    fillValid(dialog, s);
    retype(child<QLineEdit>(&dialog, "reviewOnInput"), QStringLiteral("14/07/2026"));
    auto* save = child<QPushButton>(&dialog, "okButton");
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    const QList<ConsentView> consents = s.consents();
    REQUIRE(consents.size() == 1);
    const Consent& c = consents.first().consent;
    CHECK(c.uuid == dialog.saved().uuid);
    CHECK(c.childUuid == s.child(QStringLiteral("Rowan")).uuid);
    CHECK(c.givenByPersonUuid == s.adult(QStringLiteral("Bethan")).uuid);
    CHECK(c.partnerCodes == QStringList{kBrookLane});
    CHECK(c.categories == QList<ShareCategory>{ShareCategory::Identity, ShareCategory::Assessments});
    CHECK(c.purpose == QStringLiteral("So the children's centre can offer Rowan a place at Chatterbox"));
    CHECK(c.method == QStringLiteral("verbal"));
    CHECK(c.givenOn == QDate(2026, 1, 15));
    CHECK(c.reviewOn == QDate(2026, 7, 14));
    CHECK_FALSE(c.withdrawnOn.has_value());
    CHECK(consents.first().status == ConsentStatus::Active);
}

TEST_CASE("Consent dialog: a family consent needs someone responsible for every child", "[gui][consent]")
{
    ConsentStore s;
    // Rowan's father, who (in the record the dialog is given) holds parental responsibility for Rowan only.
    Person dad;
    dad.givenName = QStringLiteral("Callum");
    dad.familyName = QStringLiteral("Reyes");
    dad.relationship = QStringLiteral("father");
    dad.parentalResponsibility = true;
    auto added = FamilyService(*s.hv).addAdult(s.family.uuid, dad);
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    FamilyRecord record = s.record(*s.hv);
    for (Relationship& r : record.family.relationships)
        if (r.personUuid == added.value().uuid && r.childUuid == s.child(QStringLiteral("Isla")).uuid)
            r.parentalResponsibility = false;

    ConsentDialog dialog(*s.hv, record);
    dialog.show();
    auto* givenBy = child<QComboBox>(&dialog, "givenByCombo");
    CHECK(givenBy->findText(QStringLiteral("Callum Reyes")) < 0); // the whole family: not responsible for Isla
    auto* forCombo = child<QComboBox>(&dialog, "forCombo");
    forCombo->setCurrentIndex(forCombo->findData(s.child(QStringLiteral("Rowan")).uuid));
    // For Rowan both parents are offered; Bethan, chosen already, stays chosen.
    CHECK(givenBy->findText(QStringLiteral("Callum Reyes")) >= 0);
    CHECK(givenBy->currentText() == QStringLiteral("Bethan Marlowe"));

    // Opened for Rowan, with two people who could have given consent: the user must choose.
    ConsentDialog forRowan(*s.hv, record, s.child(QStringLiteral("Rowan")).uuid);
    forRowan.show();
    auto* rowanGivenBy = child<QComboBox>(&forRowan, "givenByCombo");
    CHECK(rowanGivenBy->count() == 3);
    CHECK(rowanGivenBy->currentData().toString().isEmpty());
    CHECK(rowanGivenBy->currentText() == QStringLiteral("Choose who gave consent"));
}

TEST_CASE("Consent dialog: with no partners yet it says to add them in the Sharing area", "[gui][consent]")
{
    ConsentStore s(false);
    ConsentDialog dialog(*s.hv, s.record(*s.hv));
    dialog.show();
    auto* none = child<QLabel>(&dialog, "noPartnersLabel");
    CHECK(none->isVisible());
    CHECK(none->text().contains(QStringLiteral("Sharing area")));
    CHECK(dialog.findChildren<QCheckBox*>(QRegularExpression(QStringLiteral("^partnerCheck_"))).isEmpty());
    CHECK_FALSE(child<QPushButton>(&dialog, "okButton")->isEnabled());
}
