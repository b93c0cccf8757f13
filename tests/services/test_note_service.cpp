#include "HealthVisitingFixtures.h"

#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/NoteService.h"
#include "tandem/services/VisitService.h"
#include "tandem/store/Database.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {
const QString kSecret = QStringLiteral("Synthetic disclosure: mother reports controlling partner");

qint64 count(Session& s, const QString& sql) { return s.database().scalarInt(sql).value(); }

Note draft(const Family& f, NoteRestriction restriction, const QString& text = kSecret)
{
    Note n;
    n.familyUuid = f.uuid;
    n.restriction = restriction;
    n.text = text;
    return n;
}
} // namespace

TEST_CASE("NoteService: a health-visiting note is invisible to a children's centre user through the core API",
          "[services][notes][restricted]")
{
    HealthVisitingStore t;
    Family f;
    QString noteUuid;
    {
        auto hv = t.as("hv");
        f = registerHvFamily(*hv, QStringLiteral("Kai"), QStringLiteral("Brannigan"), t.today().addDays(-12), 11);
        Contact c = contactDraft(f, QStringLiteral("new-birth"), QDateTime(t.today(), QTime(8, 0)));
        c.notes << draft(f, NoteRestriction::HealthVisiting);
        auto logged = VisitService(*hv).logContact(c);
        REQUIRE(logged.ok());
        // Even the writer gets the listing form back.
        CHECK(logged.value().notes.first().withheld);
        CHECK(logged.value().notes.first().text.isEmpty());
        noteUuid = logged.value().notes.first().uuid;
    }
    auto cc = t.as("cc");
    NoteService notes(*cc);
    auto listed = notes.notesForFamily(f.uuid);
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    const Note& seen = listed.value().first();
    CHECK(seen.withheld);
    CHECK(seen.text.isEmpty());
    CHECK(seen.restriction == NoteRestriction::HealthVisiting);
    CHECK(seen.authorName == QStringLiteral("Amara Nwosu-Lane")); // that it exists, when and by whom
    CHECK(seen.writtenAt.isValid());
    CHECK_FALSE(notes.canRead(seen));
    auto revealed = notes.reveal(noteUuid);
    REQUIRE_FALSE(revealed.ok());
    CHECK(revealed.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(revealed.message().contains(kSecret));

    auto contacts = VisitService(*cc).contactsForFamily(f.uuid);
    REQUIRE(contacts.ok());
    REQUIRE(contacts.value().first().notes.size() == 1);
    CHECK(contacts.value().first().notes.first().text.isEmpty());

    // Nothing else the record carries repeats it.
    auto record = FamilyRecordService(*cc).record(f.uuid);
    REQUIRE(record.ok());
    for (const TimelineEvent& e : record.value().timeline)
        CHECK_FALSE(e.summary.contains(QStringLiteral("controlling")));
    CHECK(count(*cc, QStringLiteral("SELECT count(*) FROM timeline_event WHERE detail LIKE '%controlling%'")) == 0);
    CHECK(count(*cc, QStringLiteral("SELECT count(*) FROM audit WHERE record_ids LIKE '%controlling%'")) == 0);
}

TEST_CASE("NoteService: allowed readers reveal restricted text, and the read is audited", "[services][notes][restricted]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Lia"), QStringLiteral("Fairbairn"), t.today().addDays(-40), 12);
    auto hvNote = NoteService(*hv).addNote(draft(f, NoteRestriction::HealthVisiting));
    auto sgNote = NoteService(*hv).addNote(draft(f, NoteRestriction::Safeguarding, QStringLiteral("Synthetic safeguarding note")));
    auto openNote = NoteService(*hv).addNote(draft(f, NoteRestriction::None, QStringLiteral("Prefers morning visits")));
    REQUIRE(hvNote.ok());
    REQUIRE(sgNote.ok());
    REQUIRE(openNote.ok());

    const qint64 reads = count(*hv, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'note.read'"));
    CHECK(NoteService(*hv).reveal(hvNote.value().uuid).value() == kSecret);
    CHECK(count(*hv, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'note.read'")) == reads + 1);
    // An unrestricted note is listed with its text; reading it is not a disclosure.
    auto listed = NoteService(*hv).notesForFamily(f.uuid).value();
    CHECK(std::any_of(listed.cbegin(), listed.cend(), [](const Note& n) { return n.text == QStringLiteral("Prefers morning visits"); }));
    CHECK(NoteService(*hv).reveal(openNote.value().uuid).value() == QStringLiteral("Prefers morning visits"));
    CHECK(count(*hv, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'note.read'")) == reads + 1);

    auto lead = t.as("lead");
    CHECK(NoteService(*lead).reveal(sgNote.value().uuid).ok());
    auto admin = t.store().unlockAdmin();
    CHECK(NoteService(*admin).reveal(hvNote.value().uuid).error().code == ErrorCode::PermissionDenied);
    CHECK(NoteService(*admin).reveal(sgNote.value().uuid).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("NoteService: who may write which restriction", "[services][notes][restricted]")
{
    HealthVisitingStore t;
    Family f;
    {
        auto hv = t.as("hv");
        f = registerHvFamily(*hv, QStringLiteral("Mo"), QStringLiteral("Delacroix"), t.today().addDays(-40), 13);
    }
    auto cc = t.as("cc");
    auto hvOnly = NoteService(*cc).addNote(draft(f, NoteRestriction::HealthVisiting));
    REQUIRE_FALSE(hvOnly.ok());
    CHECK(hvOnly.error().code == ErrorCode::PermissionDenied);
    // A children's centre worker records a safeguarding concern and can read it back.
    auto concern = NoteService(*cc).addNote(draft(f, NoteRestriction::Safeguarding));
    REQUIRE(concern.ok());
    CHECK(NoteService(*cc).reveal(concern.value().uuid).value() == kSecret);
    // Empty and over-long notes are refused.
    CHECK_FALSE(NoteService(*cc).addNote(draft(f, NoteRestriction::None, QStringLiteral("   "))).ok());
    CHECK_FALSE(NoteService(*cc).addNote(draft(f, NoteRestriction::None, QString(20001, QLatin1Char('x')))).ok());
    // A children's centre worker cannot attach a health-visiting-only note to a contact either.
    Contact c = contactDraft(f, QStringLiteral("additional"), QDateTime(t.today(), QTime(8, 0)), QStringLiteral("childrens-centre"));
    c.notes << draft(f, NoteRestriction::HealthVisiting);
    CHECK(VisitService(*cc).logContact(c).error().code == ErrorCode::PermissionDenied);
}
