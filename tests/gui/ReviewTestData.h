#pragma once

// Synthetic children for the WellComm, EYFS and integrated review dialogs' tests. Today is
// 15 Jan 2026 (HealthVisitingStore's clock). Amara Nwosu-Lane ("hv", health visitor) is the named
// health visitor of the Penhallows: Rosa was born on 1 Dec 2023, so she is 2 years 1 month old,
// in WellComm section 4 (24 to 29 months), the age for the EYFS progress check, and her 2–2½ year
// review is due (by 1 Jun 2026). Jo Pemberton-Hale ("cc") works at the children's centre.

#include "AssessmentFixtures.h"
#include "GuiTestHelpers.h"
#include "HealthVisitingFixtures.h"

#include "tandem/services/AssessmentService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/Session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

namespace tandem::test {

struct ReviewStore {
    HealthVisitingStore people;
    std::unique_ptr<Session> hv;
    Family family;

    ReviewStore()
    {
        hv = people.as("hv");
        family = registerHvFamily(*hv, QStringLiteral("Rosa"), QStringLiteral("Penhallow"), QDate(2023, 12, 1), 41);
    }

    const Child& rosa() const { return family.children.first(); }

    FamilyRecord record(Session& session) const
    {
        auto loaded = FamilyRecordService(session).record(family.uuid);
        INFO(loaded.message().toStdString());
        REQUIRE(loaded.ok());
        return loaded.value();
    }

    // An ASQ-3 for Rosa from the domain totals, in form order (Communication, Gross Motor, Fine
    // Motor, Problem Solving, Personal-Social), the interval chosen from her age.
    Assessment addAsq3(const QDate& on, const std::array<double, 5>& totals, const QString& plan = {})
    {
        Asq3Draft draft = asq3Totals(rosa().uuid, on, totals);
        draft.followUpPlan = plan;
        return added(AssessmentService(*hv).addAsq3(draft));
    }

    // A WellComm screening for Rosa: amber at section 4, green at section 3.
    Assessment addWellComm(const QDate& on)
    {
        return added(AssessmentService(*hv).addWellComm(wellCommDraft(rosa().uuid, on, QStringLiteral("4:amber,3:green"))));
    }

    // An EYFS progress check recorded by whoever `session` is, every area on track.
    Assessment addEyfs(Session& session, const QDate& on, bool parentAgreedToShare)
    {
        return added(AssessmentService(session).addEyfs(eyfsDraft(rosa().uuid, on, parentAgreedToShare)));
    }

private:
    static Assessment added(const Result<Assessment>& result)
    {
        INFO(result.message().toStdString());
        REQUIRE(result.ok());
        return result.value();
    }
};

// Chooses the item whose data is `data`, as a person picking from the list would.
inline void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    INFO("choice " << data.toString().toStdString() << " in " << combo->objectName().toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

// Types into a table cell's editor the way a person would, and commits with Enter.
inline void typeInCell(QTableWidget* table, int row, int column, const QString& text)
{
    auto openEditor = [table]() -> QLineEdit* {
        for (QLineEdit* e : table->viewport()->findChildren<QLineEdit*>())
            if (e->isVisible()) // an editor closed before may await deletion
                return e;
        return nullptr;
    };
    if (!openEditor() || table->currentRow() != row || table->currentColumn() != column) {
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
    }
    QLineEdit* editor = openEditor();
    REQUIRE(editor != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the typed text from the event loop
    CHECK(table->item(row, column)->text() == text);
}

} // namespace tandem::test
