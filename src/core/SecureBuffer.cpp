#include "tandem/core/SecureBuffer.h"
#include "tandem/core/Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace tandem {

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (size == 0)
        return;
    ensureSodium();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc(); // out of locked memory is unrecoverable, like new
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBuffer::~SecureBuffer() { wipe(); }

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBuffer::wipe()
{
    if (m_data)
        sodium_free(m_data); // zeroes before releasing
    m_data = nullptr;
    m_size = 0;
}

SecureBuffer SecureBuffer::takeFrom(QByteArray& bytes)
{
    SecureBuffer out(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(out.data(), bytes.constData(), out.size());
    wipeBytes(bytes);
    return out;
}

SecureBuffer SecureBuffer::fromPassphrase(QString& text)
{
    QByteArray utf8 = text.toUtf8();
    wipeString(text);
    return takeFrom(utf8);
}

SecureBuffer SecureBuffer::clone() const
{
    SecureBuffer out(m_size);
    if (m_size)
        std::memcpy(out.data(), m_data, m_size);
    return out;
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void wipeString(QString& text)
{
    if (!text.isEmpty() && !text.isDetached())
        text.detach();
    if (!text.isEmpty())
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

void wipeBytes(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace tandem
