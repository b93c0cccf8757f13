#include "FhirJsonText.h"

#include <QLocale>

namespace tandem::sharing::fhir {

void JsonText::separate()
{
    if (!m_empty.isEmpty()) {
        if (!m_empty.last())
            m_out += ',';
        m_empty.last() = false;
    }
}

void JsonText::key(const char* key)
{
    separate();
    m_out += '"';
    m_out += key;
    m_out += "\":";
}

void JsonText::string(const QString& value)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    m_out += '"';
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        default:
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 0xf];
        }
    }
    m_out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    m_out += '"';
}

JsonText& JsonText::open()
{
    separate();
    m_out += '{';
    m_closers.append('}');
    m_empty.append(true);
    return *this;
}

JsonText& JsonText::object(const char* name)
{
    key(name);
    m_out += '{';
    m_closers.append('}');
    m_empty.append(true);
    return *this;
}

JsonText& JsonText::array(const char* name)
{
    key(name);
    m_out += '[';
    m_closers.append(']');
    m_empty.append(true);
    return *this;
}

JsonText& JsonText::item() { return open(); }

JsonText& JsonText::end()
{
    m_out += m_closers.last();
    m_closers.removeLast();
    m_empty.removeLast();
    return *this;
}

JsonText& JsonText::text(const char* name, const QString& value)
{
    if (!value.isEmpty()) {
        key(name);
        string(value);
    }
    return *this;
}

JsonText& JsonText::text(const char* name, QLatin1String value)
{
    if (!value.isEmpty()) {
        key(name);
        m_out += '"';
        m_out.append(value.data(), value.size()); // Tandem's own ASCII codes and URLs: nothing to escape
        m_out += '"';
    }
    return *this;
}

JsonText& JsonText::textItem(const QString& value)
{
    separate();
    string(value);
    return *this;
}

JsonText& JsonText::number(const char* name, double value)
{
    key(name);
    m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    return *this;
}

JsonText& JsonText::integer(const char* name, int value)
{
    key(name);
    m_out += QByteArray::number(value);
    return *this;
}

JsonText& JsonText::boolean(const char* name, bool value)
{
    key(name);
    m_out += value ? "true" : "false";
    return *this;
}

} // namespace tandem::sharing::fhir
