#include "FhirFields.h"

#include "FhirCodes.h"

#include <QCoreApplication>

#include <cmath>

namespace tandem::sharing::fhir {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::sharing::FhirReader", text); }

} // namespace

FieldReader::Nest::Nest(FieldReader& fields, const char* name, int index) : m_fields(fields)
{
    m_fields.m_path.append(Segment{name, index});
}

FieldReader::Nest::~Nest() { m_fields.m_path.removeLast(); }

QString FieldReader::path(const QString& key) const
{
    QString out;
    for (const Segment& s : m_path) {
        out += QLatin1String(s.name);
        if (s.index >= 0)
            out += QStringLiteral("[%1]").arg(s.index);
        out += u'.';
    }
    return out + key;
}

QString FieldReader::where() const
{
    if (m_entry == 0)
        return tr("Bundle");
    return m_type.isEmpty() ? tr("Entry %1").arg(m_entry) : tr("Entry %1 (%2)").arg(m_entry).arg(m_type);
}

void FieldReader::fail(const QString& message)
{
    if (!m_error)
        m_error = makeError(ErrorCode::Invalid, message);
}

void FieldReader::missing(const QString& key) { fail(tr("%1: %2 is missing.").arg(where(), path(key))); }
void FieldReader::badForm(const QString& key) { fail(tr("%1: %2 is not in the form Tandem writes.").arg(where(), path(key))); }
void FieldReader::badDate(const QString& key) { fail(tr("%1: %2 is not a valid date.").arg(where(), path(key))); }
void FieldReader::badDateTime(const QString& key)
{
    fail(tr("%1: %2 is not a valid date and time.").arg(where(), path(key)));
}
void FieldReader::unknownCode(const QString& key)
{
    fail(tr("%1: %2 has a code Tandem does not know.").arg(where(), path(key)));
}
void FieldReader::outOfRange(const QString& key) { fail(tr("%1: %2 is out of range.").arg(where(), path(key))); }
void FieldReader::badReference(const QString& key)
{
    fail(tr("%1: %2 does not point to the right resource earlier in the bundle.").arg(where(), path(key)));
}
void FieldReader::badNhsNumber(const QString& key) { fail(tr("%1: %2 is not a valid NHS number.").arg(where(), path(key))); }
void FieldReader::badUpn(const QString& key) { fail(tr("%1: %2 is not a valid unique pupil number.").arg(where(), path(key))); }
void FieldReader::duplicateId(const QString& key)
{
    fail(tr("%1: %2 is already used by an earlier entry.").arg(where(), path(key)));
}
void FieldReader::notShared(const QString& key)
{
    fail(tr("%1: %2 is not in the categories shared for this child.").arg(where(), path(key)));
}

void FieldReader::resourceNotShared()
{
    fail(tr("%1: the resource is not in the categories shared for this child.").arg(where()));
}
void FieldReader::unknownExtension()
{
    // The URL comes from the file: do not repeat it.
    fail(tr("%1: %2 has a URL Tandem does not know.").arg(where(), path(QStringLiteral("extension"))));
}

void FieldReader::onlyKeys(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    qsizetype known = 0;
    for (const char* key : keys)
        known += o.contains(QLatin1String(key)) ? 1 : 0;
    if (known != o.size()) {
        // The key itself comes from the file: name the element, not the stray key.
        const QString element = m_path.isEmpty() ? tr("the resource") : path(QString()).chopped(1);
        fail(tr("%1: %2 has a field Tandem does not write.").arg(where(), element));
    }
}

QJsonObject FieldReader::object(const QJsonObject& o, const char* key, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            missing(QLatin1String(key));
        return {};
    }
    if (!v.isObject() || v.toObject().isEmpty()) {
        badForm(QLatin1String(key));
        return {};
    }
    return v.toObject();
}

QList<QJsonObject> FieldReader::objects(const QJsonObject& o, const char* key, int maxCount, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            missing(QLatin1String(key));
        return {};
    }
    const QJsonArray array = v.toArray();
    if (!v.isArray() || array.isEmpty() || array.size() > maxCount) {
        badForm(QLatin1String(key));
        return {};
    }
    QList<QJsonObject> out;
    out.reserve(array.size());
    for (const QJsonValue& item : array) {
        if (!item.isObject() || item.toObject().isEmpty()) {
            badForm(QLatin1String(key));
            return {};
        }
        out.append(item.toObject());
    }
    return out;
}

QJsonObject FieldReader::single(const QJsonObject& o, const char* key, bool required)
{
    const QList<QJsonObject> list = objects(o, key, 1, required);
    return list.isEmpty() ? QJsonObject() : list.first();
}

QString FieldReader::text(const QJsonObject& o, const char* key, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            missing(QLatin1String(key));
        return {};
    }
    if (!v.isString() || v.toString().isEmpty()) {
        badForm(QLatin1String(key));
        return {};
    }
    if (v.toString().size() > kMaxText) {
        fail(tr("%1: %2 is too long.").arg(where(), path(QLatin1String(key))));
        return {};
    }
    return v.toString();
}

QStringList FieldReader::texts(const QJsonObject& o, const char* key, int maxCount, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            missing(QLatin1String(key));
        return {};
    }
    const QJsonArray array = v.toArray();
    if (!v.isArray() || array.isEmpty() || array.size() > maxCount) {
        badForm(QLatin1String(key));
        return {};
    }
    QStringList out;
    for (const QJsonValue& item : array) {
        if (!item.isString() || item.toString().isEmpty()) {
            badForm(QLatin1String(key));
            return {};
        }
        if (item.toString().size() > kMaxText) {
            fail(tr("%1: %2 is too long.").arg(where(), path(QLatin1String(key))));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

void FieldReader::constant(const QJsonObject& o, const char* key, QLatin1String value)
{
    const QString t = text(o, key, true);
    if (ok() && t != value)
        unknownCode(QLatin1String(key));
}

QString FieldReader::token(const QJsonObject& o, const char* key, const QStringList& allowed, bool required)
{
    const QString t = text(o, key, required);
    if (!t.isEmpty() && !allowed.contains(t)) {
        unknownCode(QLatin1String(key));
        return {};
    }
    return t;
}

std::optional<bool> FieldReader::boolean(const QJsonObject& o, const char* key, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            missing(QLatin1String(key));
        return std::nullopt;
    }
    if (!v.isBool()) {
        badForm(QLatin1String(key));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<double> FieldReader::number(const QJsonObject& o, const char* key, double min, double max, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            missing(QLatin1String(key));
        return std::nullopt;
    }
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        badForm(QLatin1String(key));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (d < min || d > max) {
        outOfRange(QLatin1String(key));
        return std::nullopt;
    }
    return d;
}

std::optional<int> FieldReader::integer(const QJsonObject& o, const char* key, int min, int max, bool required)
{
    const auto d = number(o, key, min, max, required);
    if (!d)
        return std::nullopt;
    if (*d != std::floor(*d)) {
        badForm(QLatin1String(key));
        return std::nullopt;
    }
    return static_cast<int>(*d);
}

std::optional<QDate> FieldReader::date(const QJsonObject& o, const char* key, bool required)
{
    const QString t = text(o, key, required);
    if (t.isEmpty())
        return std::nullopt;
    const auto d = parseDate(t);
    if (!d)
        badDate(QLatin1String(key));
    return d;
}

std::optional<QDateTime> FieldReader::instant(const QJsonObject& o, const char* key, bool required)
{
    const QString t = text(o, key, required);
    if (t.isEmpty())
        return std::nullopt;
    const auto d = parseInstant(t);
    if (!d)
        badDateTime(QLatin1String(key));
    return d;
}

std::optional<QDateTime> FieldReader::localDateTime(const QJsonObject& o, const char* key, bool required)
{
    const QString t = text(o, key, required);
    if (t.isEmpty())
        return std::nullopt;
    const auto d = parseLocalDateTime(t);
    if (!d)
        badDateTime(QLatin1String(key));
    return d;
}

QString FieldReader::reference(const QJsonObject& o, const char* key, bool required)
{
    const QJsonObject ref = object(o, key, required);
    return ref.isEmpty() ? QString() : referenceIn(ref, key);
}

QString FieldReader::referenceIn(const QJsonObject& ref, const char* name, int index)
{
    Nest nest(*this, name, index);
    onlyKeys(ref, {"reference"});
    const QString target = text(ref, "reference", true);
    const QString prefix = QStringLiteral("urn:uuid:");
    if (!ok())
        return {};
    if (!target.startsWith(prefix) || !isUuid(target.mid(prefix.size()))) {
        badReference(QStringLiteral("reference"));
        return {};
    }
    return target.mid(prefix.size());
}

QString FieldReader::code(const QJsonObject& o, const char* key, QLatin1String system, bool required)
{
    const QJsonObject codeable = object(o, key, required);
    if (codeable.isEmpty())
        return {};
    const QString found = codeIn(codeable, system, key);
    if (ok() && found.isEmpty() && required)
        missing(QLatin1String(key) + QStringLiteral(".coding"));
    return found;
}

QString FieldReader::codeIn(const QJsonObject& codeable, QLatin1String system, const char* name, int index)
{
    Nest nest(*this, name, index);
    onlyKeys(codeable, {"coding", "text"});
    text(codeable, "text");
    QString found;
    int i = 0;
    for (const QJsonObject& coding : objects(codeable, "coding", 10)) {
        Nest item(*this, "coding", i++);
        onlyKeys(coding, {"system", "code", "display"});
        const QString codingSystem = text(coding, "system", true);
        const QString code = text(coding, "code", true);
        text(coding, "display");
        if (!ok())
            return {};
        if (codingSystem == system) {
            if (!found.isEmpty()) {
                badForm(QStringLiteral("system"));
                return {};
            }
            found = code;
        }
    }
    return ok() ? found : QString();
}

Extensions::Extensions(FieldReader& fields, const QJsonObject& owner) : m_fields(fields)
{
    int i = 0;
    for (const QJsonObject& ext : fields.objects(owner, "extension")) {
        FieldReader::Nest nest(fields, "extension", i++);
        const QString url = fields.text(ext, "url", true);
        // The url and exactly one value[x].
        bool oneValue = ext.size() == 2;
        for (auto it = ext.begin(); oneValue && it != ext.end(); ++it)
            oneValue = it.key() == QLatin1String("url") || it.key().startsWith(QLatin1String("value"));
        if (fields.ok() && !oneValue)
            fields.badForm(QStringLiteral("value"));
        if (!fields.ok())
            return;
        m_items.append(Item{url, ext, false});
    }
}

QString Extensions::keyFor(QLatin1String url) const { return QStringLiteral("extension[%1]").arg(url); }

QJsonValue Extensions::one(QLatin1String url, const char* valueKey)
{
    const Item* found = nullptr;
    for (Item& item : m_items) {
        if (item.url != url)
            continue;
        item.used = true;
        if (found || !item.extension.contains(QLatin1String(valueKey))) {
            m_fields.badForm(keyFor(url));
            return QJsonValue(QJsonValue::Undefined);
        }
        found = &item;
    }
    return found ? found->extension.value(QLatin1String(valueKey)) : QJsonValue(QJsonValue::Undefined);
}

QString Extensions::text(QLatin1String url)
{
    const QJsonValue v = one(url, "valueString");
    if (v.isUndefined())
        return {};
    if (!v.isString() || v.toString().isEmpty()) {
        m_fields.badForm(keyFor(url));
        return {};
    }
    if (v.toString().size() > kMaxText) {
        m_fields.outOfRange(keyFor(url));
        return {};
    }
    return v.toString();
}

std::optional<bool> Extensions::boolean(QLatin1String url)
{
    const QJsonValue v = one(url, "valueBoolean");
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        m_fields.badForm(keyFor(url));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QDate> Extensions::date(QLatin1String url)
{
    const QJsonValue v = one(url, "valueDate");
    if (v.isUndefined())
        return std::nullopt;
    const auto d = parseDate(v.toString());
    if (!d)
        m_fields.badDate(keyFor(url));
    return d;
}

std::optional<int> Extensions::integer(QLatin1String url, int min, int max)
{
    const QJsonValue v = one(url, "valueInteger");
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble(-1e18);
    if (!v.isDouble() || d != std::floor(d)) {
        m_fields.badForm(keyFor(url));
        return std::nullopt;
    }
    if (d < min || d > max) {
        m_fields.outOfRange(keyFor(url));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

QStringList Extensions::codes(QLatin1String url)
{
    QStringList out;
    for (Item& item : m_items) {
        if (item.url != url)
            continue;
        item.used = true;
        const QJsonValue v = item.extension.value(QLatin1String("valueCode"));
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 100) {
            m_fields.badForm(keyFor(url));
            return {};
        }
        out.append(v.toString());
    }
    return out;
}

QJsonObject Extensions::coding(QLatin1String url)
{
    const QJsonValue v = one(url, "valueCoding");
    if (v.isUndefined())
        return {};
    if (!v.isObject() || v.toObject().isEmpty()) {
        m_fields.badForm(keyFor(url));
        return {};
    }
    return v.toObject();
}

void Extensions::finish()
{
    for (const Item& item : m_items)
        if (!item.used) {
            m_fields.unknownExtension();
            return;
        }
}

} // namespace tandem::sharing::fhir
