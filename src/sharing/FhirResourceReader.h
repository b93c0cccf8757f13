#pragma once

// Internal to FhirReader: turns the entries of one piece back into SharedChild records, checking
// each resource as it goes. A Patient starts a child; every later resource must belong to it.
// The Observations are read in FhirObservationReader.cpp.

#include "tandem/core/Result.h"
#include "tandem/sharing/SharedRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace tandem::sharing::fhir {

class FieldReader;

inline constexpr int kMaxEntries = 2000000; // in one bundle; far above 10,000 families

QString entryWhere(int entry, const QString& type); // "Entry 12 (Encounter)"; "Entry 12" without a type

class ResourceReader {
public:
    // actionIds collects the support plan action ids, which must differ from every resource id
    // read before them: FhirReader checks that across pieces read apart.
    ResourceReader(const SharedBundleInfo& info, int& entryCount, QSet<QString>& ids, QList<SharedChild>& children,
                   QStringList& actionIds)
        : m_info(info), m_entryCount(entryCount), m_ids(ids), m_children(children), m_actionIds(actionIds)
    {
    }

    Result<void> read(const QJsonArray& entries);

private:
    Result<void> readEntry(const QJsonValue& value);
    bool shares(ShareCategory category) const;
    void requireShared(FieldReader& f, ShareCategory category) const;
    void requireChild(FieldReader& f, const QJsonObject& r, const char* key) const;
    void patient(FieldReader& f, const QJsonObject& r, const QString& id);
    void patientIdentity(FieldReader& f, const QJsonObject& r, SharedChild& child, bool identityShared);
    // The record id a per-child copy carries (FhirCodes perChildId), checked against the copy's own id.
    QString recordId(FieldReader& f, const QJsonObject& r, const QString& id);
    void relatedPerson(FieldReader& f, const QJsonObject& r, const QString& id);
    void observation(FieldReader& f, const QJsonObject& r, const QString& id);
    void gestation(FieldReader& f, const QJsonObject& r);
    void assessment(FieldReader& f, const QJsonObject& r, const QString& id, const QString& kind, int interval);
    SharedResultPart component(FieldReader& f, const QJsonObject& c, const QString& kind);
    void review(FieldReader& f, const QJsonObject& r, const QString& id);
    void encounter(FieldReader& f, const QJsonObject& r, const QString& id);
    void carePlan(FieldReader& f, const QJsonObject& r);
    void consent(FieldReader& f, const QJsonObject& r, const QString& id);
    QString performer(FieldReader& f, const QJsonObject& r, const char* key);

    const SharedBundleInfo& m_info;
    int& m_entryCount;
    QSet<QString>& m_ids;
    QList<SharedChild>& m_children;
    QStringList& m_actionIds;
    SharedChild* m_child = nullptr;   // the child whose resources are being read
    QSet<QString> m_results;          // the child's assessment and EYFS Observations, for hasMember
    bool m_gestationRead = false;
    bool m_planRead = false;
};

} // namespace tandem::sharing::fhir
