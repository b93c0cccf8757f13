#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace tandem {

// Bytes held in sodium_malloc memory: guarded pages, excluded from core dumps where
// the OS allows, and zeroed when freed. Keys and passphrases live only in these.
class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    // Copies then wipes the source, so the caller's heap copy does not linger.
    static SecureBuffer takeFrom(QByteArray& bytes);
    static SecureBuffer fromPassphrase(QString& text);
    SecureBuffer clone() const;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool equals(const SecureBuffer& other) const;

    void wipe(); // zero and release now

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrite a QString/QByteArray's buffer before it is released.
void wipeString(QString& text);
void wipeBytes(QByteArray& bytes);

} // namespace tandem
