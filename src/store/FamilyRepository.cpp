#include "tandem/store/FamilyRepository.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <QVariant>

namespace tandem::store {

namespace {
QVariant optionalDate(const std::optional<QDate>& d) { return d ? QVariant(d->toString(Qt::ISODate)) : QVariant(); }
QVariant orNull(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }
}

Result<void> FamilyRepository::insert(const Family& f, const QString& actor, const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO family (uuid, address_line1, address_line2, town, postcode, ward, childrens_centre, "
                                       "main_language, interpreter_needed, accessibility_needs, key_worker, created_at, created_by, "
                                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {f.uuid, f.addressLine1, orNull(f.addressLine2), orNull(f.town), f.postcode, orNull(f.ward),
                         orNull(f.childrensCentre), orNull(f.mainLanguage), f.interpreterNeeded, orNull(f.accessibilityNeeds),
                         orNull(f.keyWorkerUuid), at, actor, at, actor}));
    for (const Person& p : f.adults) {
        TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO person (uuid, family_uuid, given_name, family_name, date_of_birth, phone, "
                                           "email, preferred_contact, created_at, created_by, updated_at, updated_by) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {p.uuid, f.uuid, p.givenName, p.familyName, optionalDate(p.dateOfBirth), orNull(p.phone),
                             orNull(p.email), orNull(p.preferredContact), at, actor, at, actor}));
    }
    for (const Child& c : f.children) {
        TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO child (uuid, family_uuid, given_name, family_name, preferred_name, date_of_birth, "
                                           "expected_delivery_date, sex, nhs_number, upn, gp_practice, gestation_weeks, created_at, "
                                           "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {c.uuid, f.uuid, c.givenName, c.familyName, orNull(c.preferredName), optionalDate(c.dateOfBirth),
                             optionalDate(c.expectedDeliveryDate), c.sex, orNull(c.nhsNumber), orNull(c.upn), orNull(c.gpPractice),
                             c.gestationWeeks ? QVariant(*c.gestationWeeks) : QVariant(), at, actor, at, actor}));
        for (const Person& p : f.adults) {
            TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO relationship (person_uuid, child_uuid, relationship, parental_responsibility) "
                                               "VALUES (?, ?, ?, ?)"),
                                {p.uuid, c.uuid, p.relationship, p.parentalResponsibility}));
        }
    }
    return {};
}

Result<qint64> FamilyRepository::countFamilies() const
{
    return m_db.scalarInt(QStringLiteral("SELECT count(*) FROM family WHERE deleted_at IS NULL"));
}

Result<qint64> FamilyRepository::countChildren() const
{
    return m_db.scalarInt(QStringLiteral("SELECT count(*) FROM child WHERE deleted_at IS NULL"));
}

} // namespace tandem::store
