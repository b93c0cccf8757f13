#pragma once

// Internal to FhirReader: checked access to one FHIR JSON object at a time. The first problem is
// kept as a user-facing error naming the place ("Entry 12 (Encounter)") and the field path, never
// the value; later calls after a problem are harmless, so readers can stay straight-line code.

#include "tandem/core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <initializer_list>
#include <optional>

namespace tandem::sharing::fhir {

inline constexpr int kMaxText = 10000;   // characters in any one text
inline constexpr int kMaxArray = 1000;   // items in any one array inside a resource

class FieldReader {
public:
    // Entry number and resource type (either may be unknown: 0, empty); entry 0 is the Bundle.
    FieldReader(int entry, QString type) : m_entry(entry), m_type(std::move(type)) {}

    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }

    // Paths: readers nest into elements ("component[2].") so messages name the whole path. The
    // text is only put together for a message: reading stays cheap.
    class Nest {
    public:
        Nest(FieldReader& fields, const char* name, int index = -1); // name: a literal
        ~Nest();
        Nest(const Nest&) = delete;
        Nest& operator=(const Nest&) = delete;

    private:
        FieldReader& m_fields;
    };
    QString path(const QString& key) const;
    QString where() const; // "Entry 12 (Encounter)", "Bundle"

    // Problems; only the first is kept. The argument is a key below the current path.
    void missing(const QString& key);
    void badForm(const QString& key);
    void badDate(const QString& key);
    void badDateTime(const QString& key);
    void unknownCode(const QString& key);
    void outOfRange(const QString& key);
    void badReference(const QString& key);
    void badNhsNumber(const QString& key);
    void badUpn(const QString& key);
    void duplicateId(const QString& key);
    void notShared(const QString& key);
    void resourceNotShared();
    void unknownExtension();
    void fail(const QString& message);

    // Refuses keys other than these (a stray "note" must never slip through).
    void onlyKeys(const QJsonObject& o, std::initializer_list<const char*> keys);

    // Typed access. A present value of the wrong form is a problem; an absent one only when required.
    bool has(const QJsonObject& o, const char* key) const { return o.contains(QLatin1String(key)); }
    QJsonObject object(const QJsonObject& o, const char* key, bool required = false);
    QList<QJsonObject> objects(const QJsonObject& o, const char* key, int maxCount = kMaxArray, bool required = false);
    // One element exactly, as Tandem writes it; {} when absent.
    QJsonObject single(const QJsonObject& o, const char* key, bool required = false);
    QString text(const QJsonObject& o, const char* key, bool required = false);
    QStringList texts(const QJsonObject& o, const char* key, int maxCount, bool required = false);
    void constant(const QJsonObject& o, const char* key, QLatin1String value);
    QString token(const QJsonObject& o, const char* key, const QStringList& allowed, bool required = false);
    std::optional<bool> boolean(const QJsonObject& o, const char* key, bool required = false);
    std::optional<double> number(const QJsonObject& o, const char* key, double min, double max, bool required = false);
    std::optional<int> integer(const QJsonObject& o, const char* key, int min, int max, bool required = false);
    std::optional<QDate> date(const QJsonObject& o, const char* key, bool required = false);
    std::optional<QDateTime> instant(const QJsonObject& o, const char* key, bool required = false);
    std::optional<QDateTime> localDateTime(const QJsonObject& o, const char* key, bool required = false);
    // "urn:uuid:<id>" -> id.
    QString reference(const QJsonObject& o, const char* key, bool required = false);
    QString referenceIn(const QJsonObject& reference, const char* name, int index = -1); // a Reference already in hand
    // The code of the coding with this system in a CodeableConcept (o[key]); empty when none.
    QString code(const QJsonObject& o, const char* key, QLatin1String system, bool required = false);
    // The same, for a CodeableConcept already in hand, as element name[index] of the current path.
    QString codeIn(const QJsonObject& codeable, QLatin1String system, const char* name, int index = -1);

private:
    struct Segment {
        const char* name = nullptr;
        int index = -1;
    };

    int m_entry = 0;
    QString m_type;
    QVarLengthArray<Segment, 8> m_path;
    std::optional<Error> m_error;
};

// A resource's or element's "extension" array, read by URL. Every extension must be known:
// finish() refuses any that no reader asked for.
class Extensions {
public:
    Extensions(FieldReader& fields, const QJsonObject& owner);

    QString text(QLatin1String url);
    std::optional<bool> boolean(QLatin1String url);
    std::optional<QDate> date(QLatin1String url);
    std::optional<int> integer(QLatin1String url, int min, int max);
    QStringList codes(QLatin1String url);            // a repeatable valueCode extension, in order
    QJsonObject coding(QLatin1String url);           // valueCoding
    void finish();

private:
    QJsonValue one(QLatin1String url, const char* valueKey);
    QString keyFor(QLatin1String url) const;

    struct Item {
        QString url;
        QJsonObject extension;
        bool used = false;
    };
    FieldReader& m_fields;
    QVarLengthArray<Item, 8> m_items;
};

} // namespace tandem::sharing::fhir
