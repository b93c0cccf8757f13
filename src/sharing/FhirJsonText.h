#pragma once

// Internal to FhirWriter: appends compact JSON text straight to a byte array. Building QJsonObjects
// and serialising them cost several times more, and an export writes every child's record.
// Keys are Tandem's own ASCII literals; values are escaped. Empty texts are left out, because
// FHIR forbids empty strings.

#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <QVarLengthArray>

namespace tandem::sharing::fhir {

class JsonText {
public:
    explicit JsonText(QByteArray& out) : m_out(out) {}

    JsonText& open();                                    // a top-level object
    JsonText& object(const char* key);                   // "key":{
    JsonText& array(const char* key);                    // "key":[
    JsonText& item();                                    // { as the next array item
    JsonText& end();                                     // closes the innermost object or array

    JsonText& text(const char* key, const QString& value);   // left out when empty
    JsonText& text(const char* key, QLatin1String value);    // left out when empty
    JsonText& textItem(const QString& value);                // a string as the next array item
    JsonText& number(const char* key, double value);         // shortest text that reads back the same
    JsonText& integer(const char* key, int value);
    JsonText& boolean(const char* key, bool value);

private:
    void separate();
    void key(const char* key);
    void string(const QString& value);

    QByteArray& m_out;
    QVarLengthArray<char, 16> m_closers;
    QVarLengthArray<bool, 16> m_empty; // nothing written yet in the container at that depth
};

} // namespace tandem::sharing::fhir
