#pragma once

// Private to src/domain: strict reading of the instrument definition files, shared by the
// InstrumentFiles::parse* functions. Every problem is reported as "<file>: <key path>: <what>".

#include "tandem/core/Result.h"
#include "tandem/domain/InstrumentDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace tandem::domain::InstrumentJson {

// One translation context for all definition-file messages, whichever file reports them.
inline QString tr(const char* text)
{
    return QCoreApplication::translate("tandem::domain::InstrumentFiles", text);
}

constexpr int kFormat = 1;
constexpr int kMaxAgeMonths = 240;

// Reads one definition file, remembering the first problem as "<file>: <key path>: <what>".
class Reader {
public:
    explicit Reader(QString file) : m_file(std::move(file)) {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return makeError(ErrorCode::Invalid, m_error.value_or(QString())); }

    // Always returns false, so a check can end with "return fail(...)".
    bool fail(const QString& path, const QString& what);

    static QString at(const QString& path, const QString& key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString at(const QString& path, qsizetype index) { return QStringLiteral("%1[%2]").arg(path).arg(index); }

    bool document(const QByteArray& json, QJsonObject& out);

    // Every required key present, and no key Tandem does not know (a misspelt key would
    // otherwise be silently ignored).
    bool keys(const QJsonObject& object, const QString& path, const QStringList& required,
              const QStringList& optional = {});

    bool object(const QJsonValue& value, const QString& path, QJsonObject& out);
    bool array(const QJsonValue& value, const QString& path, QJsonArray& out, bool allowEmpty = false);
    bool integer(const QJsonValue& value, const QString& path, int min, int max, int& out);
    // Thresholds and scores are compared in hundredths, so a third decimal would be lost.
    bool number(const QJsonValue& value, const QString& path, double min, double max, double& out);
    bool boolean(const QJsonValue& value, const QString& path, bool& out);
    bool text(const QJsonValue& value, const QString& path, QString& out);
    // A stable key such as "gross-motor".
    bool token(const QJsonValue& value, const QString& path, QString& out);
    // "2026.1": "+" is kept for the "+store.<n>" suffix of corrected definitions.
    bool version(const QJsonValue& value, const QString& path, QString& out);

    // "format", "instrument" and "version", which every file starts with.
    bool header(const QJsonObject& root, const QString& instrument, QString& versionOut);

    // {"value", "verified", "source"}
    bool sourced(const QJsonValue& value, const QString& path, double min, double max, SourcedValue& out);
    bool ageSpan(const QJsonValue& value, const QString& path, AgeSpan& out);
    // {"from", "to", "verified", "source"}; the window must contain the interval's own age.
    bool window(const QJsonValue& value, const QString& path, int months, AgeWindow& out);
    bool prematurity(const QJsonValue& value, const QString& path, PrematurityRule& out);
    // [{"key", "name"}, ...] with distinct keys.
    bool namedKeys(const QJsonValue& value, const QString& path, QList<NamedKey>& out);
    // An object holding exactly one sourced value per domain key, read in domain order.
    bool perDomain(const QJsonValue& value, const QString& path, const QList<NamedKey>& domains, double max,
                   QList<std::pair<QString, SourcedValue>>& out);

private:
    QString m_file;
    std::optional<QString> m_error;
};

} // namespace tandem::domain::InstrumentJson
