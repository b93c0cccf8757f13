#pragma once

#include "tandem/core/Appointment.h"
#include "tandem/core/Result.h"

#include <QHash>

namespace tandem::store {

class Database;

class AppointmentRepository {
public:
    explicit AppointmentRepository(Database& db) : m_db(db) {}

    Result<void> insert(Appointment& appointment, const QString& actor, const QString& at);
    Result<Appointment> load(const QString& appointmentUuid) const;
    Result<void> cancel(const QString& appointmentUuid, const QString& reason, const QString& actor, const QString& at);
    Result<void> markDone(const QString& appointmentUuid, const QString& contactUuid, const QString& actor, const QString& at);
    // Not cancelled, starting on or after the day, soonest first.
    Result<QList<Appointment>> forFamilyFrom(const QString& familyUuid, const QDate& from) const;
    // Not cancelled, on the day, by start time.
    Result<QList<Appointment>> forPractitionerOn(const QString& practitionerUuid, const QDate& day) const;
    // Earliest booked appointment from the day on, per family of the worker's caseload.
    Result<QHash<QString, QDateTime>> nextForWorkerFamilies(const QString& workerUuid, const QDate& from) const;

private:
    Result<QList<Appointment>> select(const QString& where, const QVariantList& params) const;
    Database& m_db;
};

} // namespace tandem::store
