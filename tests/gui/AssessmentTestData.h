#pragma once

// The Marlowes, for the assessment screens. Today is 15 Jan 2026 (HealthVisitingStore's clock).
// Isla was born at term on 5 Jan 2024: 24 months 10 days old, the 24-month ASQ-3. Her brother
// Rowan was born at 30 weeks on 10 Apr 2025: 9 months old, about 6 months corrected.
// Amara Nwosu-Lane ("hv") is their named health visitor; Jo Pemberton-Hale ("cc") works at the
// children's centre.

#include "FamilyFixtures.h"
#include "GuiTestHelpers.h"
#include "HealthVisitingFixtures.h"

#include "tandem/services/AssessmentService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"

#include <QComboBox>
#include <QTest>

namespace tandem::test {

// Answers per domain (communication, gross motor, fine motor, problem solving, personal-social)
// that land in different zones at both the 20- and the 24-month questionnaire:
// 10 (below the cutoff), 40 (monitoring), 60 (on schedule), 3 blank (not scored), 5 answered
// all yes (adjusted to 60, on schedule).
inline const QStringList kMixedAnswers{QStringLiteral("NNNNYN"), QStringLiteral("YYYYNN"), QStringLiteral("YYYYYY"),
                                       QStringLiteral("YYY---"), QStringLiteral("YYYYY-")};
inline const QStringList kDomainKeys{QStringLiteral("communication"), QStringLiteral("gross-motor"), QStringLiteral("fine-motor"),
                                     QStringLiteral("problem-solving"), QStringLiteral("personal-social")};

struct AssessmentStore {
    HealthVisitingStore hs;
    std::unique_ptr<Session> hv;
    std::unique_ptr<Session> cc;
    Family family;

    AssessmentStore()
    {
        hv = hs.as("hv");
        cc = hs.as("cc");
        family = registerHvFamily(*hv, QStringLiteral("Isla"), QStringLiteral("Marlowe"), QDate(2024, 1, 5), 41);
        Child rowan;
        rowan.givenName = QStringLiteral("Rowan");
        rowan.familyName = QStringLiteral("Marlowe");
        rowan.dateOfBirth = QDate(2025, 4, 10);
        rowan.sex = QStringLiteral("male");
        rowan.nhsNumber = syntheticNhs(42);
        rowan.gestationWeeks = 30;
        auto added = FamilyService(*hv).addChild(family.uuid, rowan);
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
        family = record(*hv).family;
    }

    Child child(const QString& given) const
    {
        for (const Child& c : family.children)
            if (c.givenName == given)
                return c;
        FAIL("no child " << given.toStdString());
        return {};
    }
    Child isla() const { return child(QStringLiteral("Isla")); }
    Child rowan() const { return child(QStringLiteral("Rowan")); }

    FamilyRecord record(Session& session) const
    {
        auto loaded = FamilyRecordService(session).record(family.uuid);
        INFO(loaded.message().toStdString());
        REQUIRE(loaded.ok());
        return loaded.value();
    }

    // Stores an ASQ-3 from item answers ("YSN-.." per domain, in kDomainKeys order).
    Assessment addAsq3(Session& session, const QString& childUuid, const QDate& on, const QStringList& answers = kMixedAnswers,
                       const QString& plan = {})
    {
        Asq3Draft draft;
        draft.childUuid = childUuid;
        draft.assessedOn = on;
        draft.entryMode = Asq3EntryMode::Items;
        for (int i = 0; i < kDomainKeys.size(); ++i) {
            Asq3DomainInput input;
            input.domain = kDomainKeys.at(i);
            input.answers = Asq3Answers::fromLetters(answers.at(i)).value();
            draft.domains << input;
        }
        draft.followUpPlan = plan;
        auto added = AssessmentService(session).addAsq3(draft);
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
        return added.value();
    }

    QList<Assessment> history(const QString& childUuid)
    {
        auto list = AssessmentService(*hv).forChild(childUuid);
        INFO(list.message().toStdString());
        REQUIRE(list.ok());
        return list.value();
    }
};

// Chooses an answer the way a person does: focus the chooser and type its first letter.
inline void answer(QComboBox* combo, QChar letter)
{
    if (letter == QLatin1Char('-'))
        return; // left blank, as it starts
    combo->setFocus();
    QTest::keyClicks(combo, QString(letter));
}

inline const AssessmentPart* partFor(const Assessment& a, const QString& key)
{
    for (const AssessmentPart& p : a.parts)
        if (p.part == key)
            return &p;
    return nullptr;
}

} // namespace tandem::test
