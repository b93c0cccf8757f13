#include "CsvImportWriter.h"

#include "tandem/domain/TextFold.h"
#include "tandem/services/Session.h"
#include "tandem/store/PersonRepository.h"

namespace tandem {

QString CsvImportWriter::householdKey(const Address& address)
{
    return address.postcode + QLatin1Char('\x1f') + domain::TextFold::fold(address.line1);
}

Result<void> CsvImportWriter::write(ImportRow& row)
{
    QString familyUuid = row.joinsFamilyUuid;
    const QString key = householdKey(row.draft.address);
    // Covers joinsRow, and a row at the address of an included Similar row.
    if (familyUuid.isEmpty())
        familyUuid = m_familyAt.value(key);
    if (!familyUuid.isEmpty())
        return joinHousehold(familyUuid, row);

    TANDEM_TRY(m_writer.insertFamily(row.draft, m_session.today()));
    m_familyAt.insert(key, row.draft.uuid);
    m_families << row.draft.uuid;
    m_children << row.draft.children.first().uuid;
    return noteProvenance(row.draft.uuid, row.draft.children.first().uuid, row.line);
}

// The household's adults become related to the child as they are to its other children;
// the row's adult, if named, is matched to one of them by name or added to the household.
Result<void> CsvImportWriter::joinHousehold(const QString& familyUuid, ImportRow& row)
{
    store::PersonRepository people(m_session.database());
    auto existing = m_writer.householdRelationships(familyUuid);
    TANDEM_TRY(existing);
    QList<Relationship> relateTo = existing.value();

    if (!row.draft.adults.isEmpty()) {
        Person adult = row.draft.adults.first();
        auto household = people.forFamily(familyUuid);
        TANDEM_TRY(household);
        QString personUuid;
        for (const Person& p : household.value()) {
            if (domain::TextFold::fold(p.givenName) == domain::TextFold::fold(adult.givenName)
                && domain::TextFold::fold(p.familyName) == domain::TextFold::fold(adult.familyName)) {
                personUuid = p.uuid;
                break;
            }
        }
        if (personUuid.isEmpty()) {
            adult.uuid = FamilyWriter::newUuid();
            TANDEM_TRY(people.insert(familyUuid, adult, m_session.user().uuid, m_session.now()));
            TANDEM_TRY(m_writer.timeline(familyUuid, {}, QStringLiteral("person.added"),
                                         adult.givenName + QLatin1Char(' ') + adult.familyName));
            TANDEM_TRY(m_session.audit(QStringLiteral("person.create"), QStringLiteral("person"), {adult.uuid}));
            personUuid = adult.uuid;
        }
        // What this row says about the adult and this child outranks what holds for a sibling.
        relateTo.erase(std::remove_if(relateTo.begin(), relateTo.end(),
                                      [&](const Relationship& r) { return r.personUuid == personUuid; }),
                       relateTo.end());
        Relationship stated;
        stated.personUuid = personUuid;
        stated.relationship = adult.relationship;
        stated.parentalResponsibility = adult.parentalResponsibility;
        relateTo << stated;
    }

    Child& child = row.draft.children.first();
    TANDEM_TRY(m_writer.insertChild(familyUuid, child, relateTo));
    row.draft.uuid = familyUuid;
    m_children << child.uuid;
    return noteProvenance(familyUuid, child.uuid, row.line);
}

// The record shows where the child came from, and which row, for checking against the file.
Result<void> CsvImportWriter::noteProvenance(const QString& familyUuid, const QString& childUuid, int line)
{
    return m_writer.timeline(familyUuid, childUuid, QStringLiteral("import.csv"), QStringLiteral("row %1").arg(line));
}

} // namespace tandem
