#pragma once

// The Marlowes again, for consent and sharing on the family record. Today is 15 Jan 2026
// (HealthVisitingStore's clock). Isla (born 5 Jan 2024) and Rowan (born 10 Apr 2025) live with
// their mother Bethan, who holds parental responsibility, and their grandmother Maureen, who does
// not. The store has two partners, Brook Lane Children's Centre (RX1-CC01) and Riverside Family
// Hub (RX1-CC02), added by the team lead Priya Castellan ("lead").

#include "ConsentFixtures.h"
#include "FamilyFixtures.h"
#include "GuiTestHelpers.h"
#include "HealthVisitingFixtures.h"

#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"

#include <QAbstractButton>
#include <QDialog>
#include <QTest>

namespace tandem::test {

inline const QString kBrookLane = QStringLiteral("RX1-CC01");
inline const QString kRiverside = QStringLiteral("RX1-CC02");

struct ConsentStore {
    HealthVisitingStore hs;
    std::unique_ptr<Session> hv;
    std::unique_ptr<Session> lead;
    Family family;

    explicit ConsentStore(bool withPartners = true)
    {
        hv = hs.as("hv");
        lead = hs.as("lead");
        if (withPartners) {
            addTestPartner(*lead, QStringLiteral("Brook Lane Children's Centre"), kBrookLane);
            addTestPartner(*lead, QStringLiteral("Riverside Family Hub"), kRiverside);
        }
        family = registerHvFamily(*hv, QStringLiteral("Isla"), QStringLiteral("Marlowe"), QDate(2024, 1, 5), 51);
        Child rowan;
        rowan.givenName = QStringLiteral("Rowan");
        rowan.familyName = QStringLiteral("Marlowe");
        rowan.dateOfBirth = QDate(2025, 4, 10);
        rowan.sex = QStringLiteral("male");
        rowan.nhsNumber = syntheticNhs(52);
        auto added = FamilyService(*hv).addChild(family.uuid, rowan);
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
        Person gran;
        gran.givenName = QStringLiteral("Maureen");
        gran.familyName = QStringLiteral("Marlowe");
        gran.relationship = QStringLiteral("grandparent");
        gran.parentalResponsibility = false;
        auto granAdded = FamilyService(*hv).addAdult(family.uuid, gran);
        INFO(granAdded.message().toStdString());
        REQUIRE(granAdded.ok());
        family = record(*hv).family;
    }

    FamilyRecord record(Session& session) const
    {
        auto loaded = FamilyRecordService(session).record(family.uuid);
        INFO(loaded.message().toStdString());
        REQUIRE(loaded.ok());
        return loaded.value();
    }

    Child child(const QString& given) const
    {
        for (const Child& c : family.children)
            if (c.givenName == given)
                return c;
        FAIL("no child " << given.toStdString());
        return {};
    }
    Person adult(const QString& given) const
    {
        for (const Person& p : family.adults)
            if (p.givenName == given)
                return p;
        FAIL("no adult " << given.toStdString());
        return {};
    }

    QList<ConsentView> consents()
    {
        auto list = ConsentService(*hv).forFamily(family.uuid);
        INFO(list.message().toStdString());
        REQUIRE(list.ok());
        return list.value();
    }
};

// Clicks a check box or radio button on its text, as a person does (the widget may be much wider
// than its text, and only the text and the box take the click).
inline void tick(QAbstractButton* button)
{
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

// The dialog of type T open over parent (the last one shown).
template <typename T>
T* openDialogOf(QWidget* parent)
{
    T* open = nullptr;
    for (T* d : parent->findChildren<T*>())
        if (d->isVisible())
            open = d;
    REQUIRE(open != nullptr);
    return open;
}

} // namespace tandem::test
