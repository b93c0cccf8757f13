#include "../fhir/FhirFixtures.h"

#include "QtCatch.h"

#include "tandem/sharing/FhirReader.h"
#include "tandem/sharing/FhirWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace tandem;
using namespace tandem::sharing;
using namespace tandem::test::fhir;

namespace {

QList<QByteArray> writePieces(const QList<SharedChild>& children)
{
    FhirWriter writer(bundleInfo());
    QList<QByteArray> pieces{writer.begin()};
    for (const SharedChild& child : children)
        pieces.append(writer.entries(child));
    pieces.append(writer.end());
    return pieces;
}

// Feeds every piece, then finishes; the first error's message, or empty.
QString readError(const QList<QByteArray>& pieces, FhirReader* into = nullptr)
{
    FhirReader local;
    FhirReader& reader = into ? *into : local;
    for (const QByteArray& piece : pieces) {
        const Result<void> fed = reader.feed(piece);
        if (!fed.ok()) {
            CHECK(fed.error().code == ErrorCode::Invalid);
            return fed.message();
        }
    }
    const Result<void> done = reader.finish();
    return done.message();
}

// Sets (or, with an undefined value, removes) the member at path, e.g. {"resource", "period", "start"}
// or {"resource", "component", "0", "code"}.
QJsonValue setAt(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int i = head.toInt();
        if (path.isEmpty() && i == a.size())
            a.append(value);
        else if (path.isEmpty() && value.isUndefined())
            a.removeAt(i);
        else if (path.isEmpty())
            a.replace(i, value);
        else
            a.replace(i, setAt(a.at(i), path, value));
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head);
    else if (path.isEmpty())
        o.insert(head, value);
    else
        o.insert(head, setAt(o.value(head), path, value));
    return o;
}

using EntryEdit = std::function<QJsonArray(QJsonArray entries)>;

// Rewrites one entries piece through edit, keeping Tandem's framing.
QByteArray editPiece(const QByteArray& piece, const EntryEdit& edit)
{
    const QJsonArray entries = QJsonDocument::fromJson('[' + piece.mid(1) + ']').array();
    const QByteArray text = QJsonDocument(edit(entries)).toJson(QJsonDocument::Compact);
    return ',' + text.mid(1, text.size() - 2);
}

// Sets the member at a dotted path in entry index's resource ("component.0.valueQuantity.value").
EntryEdit setIn(int index, const char* path, const QJsonValue& value)
{
    const QStringList keys = QStringList{QString::number(index), QStringLiteral("resource")} + QString::fromLatin1(path).split(u'.');
    return [=](QJsonArray entries) { return setAt(entries, keys, value).toArray(); };
}

// The same for the entry itself ("fullUrl"), or the whole entry when the path is empty.
EntryEdit setEntry(int index, const char* path, const QJsonValue& value)
{
    QStringList keys{QString::number(index)};
    if (*path)
        keys += QString::fromLatin1(path).split(u'.');
    return [=](QJsonArray entries) { return setAt(entries, keys, value).toArray(); };
}

// The begin piece from a Bundle object whose "entry" holds the two Organizations.
QByteArray beginFrom(QJsonObject bundle)
{
    const QJsonArray orgs = bundle.take(QLatin1String("entry")).toArray();
    QByteArray out = QJsonDocument(bundle).toJson(QJsonDocument::Compact);
    out.chop(1);
    out += ",\"entry\":[";
    for (qsizetype i = 0; i < orgs.size(); ++i) {
        if (i > 0)
            out += ',';
        out += QJsonDocument(orgs.at(i).toObject()).toJson(QJsonDocument::Compact);
    }
    return out;
}

QJsonObject beginObject(const QByteArray& begin) { return QJsonDocument::fromJson(begin + "]}").object(); }

QString ref(const QString& id) { return QStringLiteral("urn:uuid:") + id; }

QJsonObject reference(const QString& id) { return {{QStringLiteral("reference"), ref(id)}}; }

} // namespace

TEST_CASE("FhirReader: every child comes back exactly as written", "[sharing][fhir]")
{
    const QList<SharedChild> children = allChildren();
    FhirReader reader;
    REQUIRE(readError(writePieces(children), &reader).isEmpty());
    REQUIRE(reader.children().size() == children.size());
    for (qsizetype i = 0; i < children.size(); ++i) {
        INFO("child " << i);
        CHECK(describe(reader.children().at(i)) == describe(children.at(i)));
    }
    const SharedBundleInfo info = reader.info();
    CHECK(info.bundleUuid == bundleInfo().bundleUuid);
    CHECK(info.senderCode == bundleInfo().senderCode);
    CHECK(info.senderName == bundleInfo().senderName);
    CHECK(info.recipientCode == bundleInfo().recipientCode);
    CHECK(info.createdAt == bundleInfo().createdAt);
    CHECK(info.createdAt.timeSpec() == Qt::UTC);
    CHECK(reader.takeChildren().size() == 4);
}

TEST_CASE("FhirReader: siblings sharing a parent, a contact and a family consent round-trip", "[sharing][fhir]")
{
    // The same adult, contact and consent belong to both children: each child carries its own
    // copy (its own resource id) and the reader gives back the one record id.
    SharedChild first = fullChild();
    SharedChild second = fullChild();
    second.id = QStringLiteral("5b0c1f7e-2d1a-4c7e-9a51-0d7f1c2b3a41");
    second.nhsNumber = QString();
    second.givenName = QStringLiteral("Ivo");
    second.assessments.clear();
    second.reviews.clear();
    second.eyfsChecks.clear();
    second.plan.reset();
    second.categories.removeAll(ShareCategory::SupportPlan);
    second.categories.removeAll(ShareCategory::Assessments);
    second.categories.removeAll(ShareCategory::EyfsCheck);
    REQUIRE_FALSE(first.identity->adults.isEmpty());
    REQUIRE_FALSE(first.contacts.isEmpty());
    REQUIRE_FALSE(first.consents.isEmpty());
    FhirReader reader;
    REQUIRE(readError(writePieces({first, second}), &reader).isEmpty());
    REQUIRE(reader.children().size() == 2);
    CHECK(describe(reader.children().at(0)) == describe(first));
    CHECK(describe(reader.children().at(1)) == describe(second));
    CHECK(reader.children().at(1).identity->adults.first().id == first.identity->adults.first().id);
}

TEST_CASE("FhirReader: values at the edges of what Tandem holds round-trip", "[sharing][fhir]")
{
    SharedChild child = fullChild();
    child.contacts.first().occurredAt = QDateTime(QDate(2025, 10, 26), QTime(1, 30, 0, 999)); // the repeated autumn hour
    child.contacts.first().durationMinutes = 24 * 60;
    child.assessments.first().parts.first().score = 0;
    child.assessments.first().parts.first().cutoff = 0.01;
    child.assessments.first().parts.first().monitoring = 59.99;
    child.assessments.first().parts.last().result = QStringLiteral("not-scored-reason"); // a result beside a score-less part
    child.assessments[1].parts.first().result = QStringLiteral("amber");                 // and beside a score
    child.identity->address.line2.clear();
    child.birth->gestationWeeks = 22;
    // Text that JSON must escape, and text beyond ASCII.
    child.familyName = QStringLiteral("O'Brien \"Jr\" \\ Ñoño Łódź 王 😀");
    child.contacts.first().outcome = QStringLiteral("Line one\nLine two\tTabbed\r\u0001\u001f end");
    child.identity->adults.first().givenName = QStringLiteral("</script> & <b>");
    child.categories = {ShareCategory::SupportPlan, ShareCategory::Identity, ShareCategory::Birth, ShareCategory::HealthVisitingContacts,
                        ShareCategory::EyfsCheck, ShareCategory::Assessments}; // order kept as given
    FhirReader reader;
    REQUIRE(readError(writePieces({child}), &reader).isEmpty());
    REQUIRE(reader.children().size() == 1);
    CHECK(describe(reader.children().first()) == describe(child));
}

TEST_CASE("FhirReader: several children in one piece are read too", "[sharing][fhir]")
{
    const QList<QByteArray> pieces = writePieces(allChildren());
    QByteArray merged;
    for (qsizetype i = 1; i + 1 < pieces.size(); ++i)
        merged += pieces.at(i);
    FhirReader reader;
    REQUIRE(readError({pieces.first(), merged, pieces.last()}, &reader).isEmpty());
    REQUIRE(reader.children().size() == 4);
    CHECK(describe(reader.children().at(3)) == describe(withdrawalChild()));
}

TEST_CASE("FhirReader: the pieces must come whole and in order", "[sharing][fhir]")
{
    const QList<QByteArray> pieces = writePieces({fullChild(), safeguardingChild()});

    CHECK(readError({pieces.at(1), pieces.at(0), pieces.last()}) == QLatin1String("The bundle content does not start with a FHIR Bundle."));
    CHECK(readError({pieces.at(0), pieces.at(1)}) == QLatin1String("The bundle content ends before its last entry."));
    CHECK(readError({pieces.at(0), pieces.at(1), pieces.last(), pieces.at(2)}) == QLatin1String("The bundle content continues after its end."));
    CHECK(readError({pieces.at(0), pieces.at(1).mid(1), pieces.last()}) == QLatin1String("The bundle content is not in the pieces Tandem writes."));
    CHECK(readError({pieces.at(0), pieces.at(1).chopped(5), pieces.last()}) == QLatin1String("The bundle content is not valid JSON after entry 2."));
    CHECK(readError({pieces.at(0).chopped(3), pieces.at(1), pieces.last()}) == QLatin1String("The bundle content does not start with a FHIR Bundle."));
    CHECK(readError({pieces.join()}) == QLatin1String("The bundle content does not start with a FHIR Bundle."));
    CHECK(readError({pieces.at(0), pieces.last()}).isEmpty()); // no children is a valid (empty) bundle
    CHECK(readError({}) == QLatin1String("The bundle content ends before its last entry."));
}

TEST_CASE("FhirReader: the Bundle and its Organizations are checked", "[sharing][fhir]")
{
    const QList<QByteArray> pieces = writePieces({safeguardingChild()});
    const QJsonObject bundle = beginObject(pieces.first());
    auto withBegin = [&](const QJsonObject& changed) { return readError({beginFrom(changed), pieces.at(1), pieces.last()}); };

    CHECK(withBegin(setAt(bundle, {QStringLiteral("identifier"), QStringLiteral("value")}, uuid(2)).toObject())
          == QLatin1String("Bundle: identifier.value is not in the form Tandem writes."));
    CHECK(withBegin(setAt(bundle, {QStringLiteral("type")}, QStringLiteral("searchset")).toObject())
          == QLatin1String("Bundle: type has a code Tandem does not know."));
    CHECK(withBegin(setAt(bundle, {QStringLiteral("timestamp")}, QStringLiteral("2026-01-05")).toObject())
          == QLatin1String("Bundle: timestamp is not a valid date and time."));
    CHECK(withBegin(setAt(bundle, {QStringLiteral("total")}, 3).toObject()) == QLatin1String("Bundle: the resource has a field Tandem does not write."));
    CHECK(withBegin(setAt(bundle, {QStringLiteral("id")}, QStringLiteral("Not-A-Uuid")).toObject())
          == QLatin1String("Bundle: id is not in the form Tandem writes."));

    QJsonArray orgs = bundle.value(QLatin1String("entry")).toArray();
    QJsonObject three = bundle;
    three.insert(QStringLiteral("entry"), QJsonArray(orgs) << orgs.at(0));
    CHECK(withBegin(three) == QLatin1String("Bundle: entry is not in the form Tandem writes."));
    // A sender code that does not match the Organization's id.
    CHECK(withBegin(setAt(bundle, {QStringLiteral("entry"), QStringLiteral("0"), QStringLiteral("resource"), QStringLiteral("identifier"),
                                   QStringLiteral("0"), QStringLiteral("value")},
                          QStringLiteral("ZZ999"))
                        .toObject())
          == QLatin1String("Entry 1 (Organization): id is not in the form Tandem writes."));
    // The sender and the recipient in the wrong order.
    QJsonObject swapped = bundle;
    swapped.insert(QStringLiteral("entry"), QJsonArray{orgs.at(1), orgs.at(0)});
    CHECK(withBegin(swapped) == QLatin1String("Entry 1 (Organization): id is not in the form Tandem writes."));
}

namespace {

struct BadCase {
    const char* what;
    EntryEdit edit;
    QString message;
    QString secret; // a value the message must not repeat
};

} // namespace

TEST_CASE("FhirReader: a wrong field is refused with its entry and path, never its value", "[sharing][fhir]")
{
    // fullChild's entries: 3 Patient, 4-5 RelatedPerson, 6 gestation, 7-8 Encounter, 9-11 assessments,
    // 12 EYFS, 13 review, 14 CarePlan, 15 Consent (1 and 2 are the Organizations).
    const QList<QByteArray> pieces = writePieces({fullChild()});
    const QString badNhs = fullChild().nhsNumber.left(9) + QString::number((fullChild().nhsNumber.right(1).toInt() + 1) % 10);
    const QJsonObject note{{QStringLiteral("text"), QStringLiteral("Private note")}};
    const QJsonObject unknownExtension{{QStringLiteral("url"), QStringLiteral("urn:example:secret")}, {QStringLiteral("valueString"), QStringLiteral("x")}};
    const QString R = QStringLiteral("resource");
    const QString goodUpn = syntheticUpn();
    const QString badUpn = QString(goodUpn.at(0) == u'A' ? u'B' : u'A') + goodUpn.mid(1);
    const QString recipientId = beginObject(pieces.at(0)).value(QLatin1String("entry")).toArray().at(1).toObject().value(R).toObject()
                                    .value(QLatin1String("id")).toString();
    const QList<BadCase> cases{
        {"NHS number check digit", setIn(0, "identifier.0.value", badNhs),
         QStringLiteral("Entry 3 (Patient): identifier[0].value is not a valid NHS number."), badNhs},
        {"UPN check letter", setIn(0, "identifier.1.value", badUpn),
         QStringLiteral("Entry 3 (Patient): identifier[1].value is not a valid unique pupil number."), badUpn},
        {"impossible birth date", setIn(0, "birthDate", QStringLiteral("2024-02-30")),
         QStringLiteral("Entry 3 (Patient): birthDate is not a valid date."), QStringLiteral("2024-02-30")},
        {"birth date as a number", setIn(0, "birthDate", 20240101),
         QStringLiteral("Entry 3 (Patient): birthDate is not in the form Tandem writes."), {}},
        {"unknown share category", setIn(0, "extension.0.valueCode", QStringLiteral("restricted-notes")),
         QStringLiteral("Entry 3 (Patient): extension[urn:tandem:fhir:shared-categories] has a code Tandem does not know."), QStringLiteral("restricted-notes")},
        {"unknown gender", setIn(0, "gender", QStringLiteral("other")),
         QStringLiteral("Entry 3 (Patient): gender has a code Tandem does not know."), {}},
        {"unknown relationship", setIn(1, "relationship.0.coding.1.code", QStringLiteral("uncle")),
         QStringLiteral("Entry 4 (RelatedPerson): relationship[0].coding has a code Tandem does not know."), QStringLiteral("uncle")},
        {"gestation out of range", setIn(3, "valueQuantity.value", 50),
         QStringLiteral("Entry 6 (Observation): valueQuantity.value is out of range."), {}},
        {"time out of range", setIn(4, "period.start", QStringLiteral("2025-07-14T25:30:00+01:00")),
         QStringLiteral("Entry 7 (Encounter): period.start is not a valid date and time."), QStringLiteral("2025-07-14")},
        {"time without a zone", setIn(4, "period.start", QStringLiteral("2025-07-14T10:30:00")),
         QStringLiteral("Entry 7 (Encounter): period.start is not a valid date and time."), {}},
        {"missing contact date", setIn(4, "period", QJsonValue(QJsonValue::Undefined)),
         QStringLiteral("Entry 7 (Encounter): period is missing."), {}},
        {"unknown contact type", setIn(4, "type.0.coding.0.code", QStringLiteral("school-visit")),
         QStringLiteral("Entry 7 (Encounter): type[0] has a code Tandem does not know."), QStringLiteral("school-visit")},
        {"unknown contact place", setIn(4, "extension.0.valueCoding.code", QStringLiteral("garden")),
         QStringLiteral("Entry 7 (Encounter): extension[urn:tandem:fhir:contact-place].valueCoding.code has a code Tandem does not know."), QStringLiteral("garden")},
        {"class that does not match the place", setIn(5, "class.code", QStringLiteral("HH")),
         QStringLiteral("Entry 8 (Encounter): class.code is not in the form Tandem writes."), {}},
        {"a note on a contact", setIn(4, "note", QJsonArray{note}),
         QStringLiteral("Entry 7 (Encounter): the resource has a field Tandem does not write."), QStringLiteral("Private note")},
        {"an unknown extension", setIn(4, "extension.2", unknownExtension),
         QStringLiteral("Entry 7 (Encounter): extension has a URL Tandem does not know."), QStringLiteral("urn:example:secret")},
        {"contact length out of range", setIn(4, "length.value", 2000),
         QStringLiteral("Entry 7 (Encounter): length.value is out of range."), {}},
        {"subject is not this child", setIn(4, "subject", reference(uuid(555))),
         QStringLiteral("Entry 7 (Encounter): subject does not point to the right resource earlier in the bundle."), uuid(555)},
        {"subject is not a urn:uuid", setIn(4, "subject.reference", QStringLiteral("Patient/1")),
         QStringLiteral("Entry 7 (Encounter): subject.reference does not point to the right resource earlier in the bundle."), QStringLiteral("Patient/1")},
        {"unknown instrument", setIn(6, "code.coding.0.code", QStringLiteral("asq4-12")),
         QStringLiteral("Entry 9 (Observation): code has a code Tandem does not know."), QStringLiteral("asq4")},
        {"unknown zone", setIn(6, "component.0.interpretation.0.coding.0.code", QStringLiteral("amber-ish")),
         QStringLiteral("Entry 9 (Observation): component[0].interpretation[0] has a code Tandem does not know."), QStringLiteral("amber-ish")},
        {"score out of range", setIn(6, "component.0.valueQuantity.value", 5000),
         QStringLiteral("Entry 9 (Observation): component[0].valueQuantity.value is out of range."), QStringLiteral("5000")},
        {"interval out of range", setIn(7, "code.coding.0.code", QStringLiteral("asqse2-0")),
         QStringLiteral("Entry 10 (Observation): code has a code Tandem does not know."), {}},
        {"id used twice", setEntry(7, "", QJsonObject{{QStringLiteral("fullUrl"), ref(uuid(120))},
                                                    {R, setAt(QJsonDocument::fromJson('[' + pieces.at(1).mid(1) + ']').array().at(7).toObject().value(R),
                                                              {QStringLiteral("id")}, uuid(120))}}),
         QStringLiteral("Entry 10 (Observation): id is already used by an earlier entry."), uuid(120)},
        {"fullUrl that is not the id", setEntry(7, "fullUrl", ref(uuid(888))),
         QStringLiteral("Entry 10 (Observation): fullUrl is not in the form Tandem writes."), uuid(888)},
        {"review linking a result not in the bundle", setIn(10, "hasMember.0", reference(uuid(777))),
         QStringLiteral("Entry 13 (Observation): hasMember[0] does not point to the right resource earlier in the bundle."), uuid(777)},
        {"action done without a date", setIn(11, "activity.0.detail.extension", QJsonValue(QJsonValue::Undefined)),
         QStringLiteral("Entry 14 (CarePlan): activity[0].detail.status is not in the form Tandem writes."), {}},
        {"unknown service level", setIn(11, "category.0.coding.0.code", QStringLiteral("targeted")),
         QStringLiteral("Entry 14 (CarePlan): category[0] has a code Tandem does not know."), QStringLiteral("targeted")},
        {"consent status", setIn(12, "status", QStringLiteral("draft")),
         QStringLiteral("Entry 15 (Consent): status has a code Tandem does not know."), QStringLiteral("draft")},
        {"consent held by the recipient", setIn(12, "organization.0", reference(recipientId)),
         QStringLiteral("Entry 15 (Consent): organization[0] does not point to the right resource earlier in the bundle."), recipientId},
        {"consent without its holder", setIn(12, "organization", QJsonArray()),
         QStringLiteral("Entry 15 (Consent): organization is not in the form Tandem writes."), {}},
        {"consent category", setIn(12, "provision.code.0.coding.0.code", QStringLiteral("everything")),
         QStringLiteral("Entry 15 (Consent): provision.code[0] has a code Tandem does not know."), QStringLiteral("everything")},
        {"consent method", setIn(12, "policyRule.coding.1.code", QStringLiteral("telepathy")),
         QStringLiteral("Entry 15 (Consent): policyRule has a code Tandem does not know."), QStringLiteral("telepathy")},
        {"unknown resource type", setIn(4, "resourceType", QStringLiteral("Practitioner")),
         QStringLiteral("Entry 7: resourceType is not a resource Tandem reads."), QStringLiteral("Practitioner")},
    };
    for (const BadCase& c : cases) {
        INFO(c.what);
        const QString message = readError({pieces.at(0), editPiece(pieces.at(1), c.edit), pieces.at(2)});
        CHECK(message == c.message);
        if (!c.secret.isEmpty())
            CHECK_FALSE(message.contains(c.secret));
    }
    // And the untouched bundle reads.
    CHECK(readError(pieces).isEmpty());
}

TEST_CASE("FhirReader: nothing outside the child's shared categories is accepted", "[sharing][fhir]")
{
    // safeguardingChild shares contacts only: 3 Patient, 4 Encounter, 5 Consent.
    const QList<QByteArray> pieces = writePieces({safeguardingChild()});
    auto read = [&](const EntryEdit& edit) { return readError({pieces.at(0), editPiece(pieces.at(1), edit), pieces.at(2)}); };
    const QString R = QStringLiteral("resource");

    CHECK(read(setIn(0, "gender", QStringLiteral("male")))
          == QLatin1String("Entry 3 (Patient): gender is not in the categories shared for this child."));
    CHECK(read(setIn(0, "extension", QJsonValue(QJsonValue::Undefined)))
          == QLatin1String("Entry 4 (Encounter): the resource is not in the categories shared for this child."));
    const QJsonObject edd{{QStringLiteral("url"), QStringLiteral("urn:tandem:fhir:expected-delivery-date")}, {QStringLiteral("valueDate"), QStringLiteral("2025-01-01")}};
    CHECK(read(setIn(0, "extension.1", edd))
          == QLatin1String("Entry 3 (Patient): extension[urn:tandem:fhir:expected-delivery-date] is not in the categories shared for this child."));

    // A withdrawal notice carries the Patient and its consents, nothing else.
    const QJsonObject notice{{QStringLiteral("url"), QStringLiteral("urn:tandem:fhir:withdrawal-notice")}, {QStringLiteral("valueBoolean"), true}};
    CHECK(read(setIn(0, "extension.1", notice))
          == QLatin1String("Entry 4 (Encounter): a withdrawal notice carries only consents."));

    // Every resource after its own Patient.
    CHECK(read([](QJsonArray entries) {
              entries.removeAt(0);
              return entries;
          })
          == QLatin1String("Entry 3 (Encounter): the resource comes before its child's Patient."));
}

TEST_CASE("FhirReader: a resource cannot point at another child's Patient", "[sharing][fhir]")
{
    // fullChild fills entries 3-15; safeguardingChild's Patient is 16, its Encounter 17.
    const QList<QByteArray> pieces = writePieces({fullChild(), safeguardingChild()});
    const QByteArray edited = editPiece(pieces.at(2), setIn(1, "subject", reference(uuid(100))));
    CHECK(readError({pieces.at(0), pieces.at(1), edited, pieces.at(3)})
          == QLatin1String("Entry 17 (Encounter): subject does not point to the right resource earlier in the bundle."));
    // The same child twice is two uses of one id.
    CHECK(readError({pieces.at(0), pieces.at(1), pieces.at(1), pieces.at(3)})
          == QLatin1String("Entry 16 (Patient): id is already used by an earlier entry."));
}

TEST_CASE("FhirReader: pieces read apart are still checked against each other", "[sharing][fhir]")
{
    // Pieces are read on worker threads; what spans them is checked when they are joined, and the
    // message is the one a reading in order gives.
    SharedChild later = fullChild();
    later.plan->actions[0].id = uuid(300); // safeguardingChild's Patient, in the piece before
    const QList<QByteArray> pieces = writePieces({safeguardingChild(), later});
    // safeguardingChild fills entries 3-5, so fullChild's CarePlan (its 12th) is entry 17.
    CHECK(readError(pieces) == QLatin1String("Entry 17 (CarePlan): activity[0].id is not in the form Tandem writes."));

    // Unchanged, the two read cleanly and come back in bundle order.
    FhirReader reader;
    CHECK(readError(writePieces({safeguardingChild(), fullChild()}), &reader).isEmpty());
    CHECK(reader.children().size() == 2);
    CHECK(reader.children().at(0).id == uuid(300));
    CHECK(reader.children().at(1).id == uuid(100));
}
