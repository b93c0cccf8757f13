#include "PassphraseSource.h"

#include <QFile>

#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::PassphraseSource", text); }
constexpr std::size_t kMax = 1024;

// Trims one trailing newline (and CR) in place and returns a buffer of the exact length.
SecureBuffer exact(const SecureBuffer& raw, std::size_t length)
{
    while (length > 0 && (raw.data()[length - 1] == '\n' || raw.data()[length - 1] == '\r'))
        --length;
    SecureBuffer out(length);
    if (length)
        std::memcpy(out.data(), raw.data(), length);
    return out;
}

Result<SecureBuffer> readFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read the passphrase file %1: %2.").arg(path, file.errorString()));
    SecureBuffer raw(kMax + 1);
    std::size_t length = 0;
    char c = 0;
    while (length <= kMax && file.getChar(&c) && c != '\n')
        raw.data()[length++] = static_cast<unsigned char>(c);
    if (length > kMax)
        return makeError(ErrorCode::Invalid, tr("The passphrase in %1 is longer than %2 bytes.").arg(path).arg(kMax));
    return exact(raw, length);
}

Result<SecureBuffer> readFromTerminal(const QString& prompt)
{
    const QByteArray p = prompt.toUtf8();
    std::fwrite(p.constData(), 1, static_cast<size_t>(p.size()), stderr);
    std::fflush(stderr);
    termios saved {};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    SecureBuffer raw(kMax + 1);
    std::size_t length = 0;
    unsigned char c = 0;
    while (length <= kMax && ::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        raw.data()[length++] = c;
    c = 0;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputc('\n', stderr);
    if (length > kMax)
        return makeError(ErrorCode::Invalid, tr("The passphrase is longer than %1 bytes.").arg(kMax));
    return exact(raw, length);
}

} // namespace

Result<SecureBuffer> PassphraseSource::read() const
{
    if (!filePath.isEmpty())
        return readFromFile(filePath);
    if (qEnvironmentVariableIsSet(envName.constData())) {
        QByteArray value = qgetenv(envName.constData());
        qunsetenv(envName.constData()); // not inherited by anything we start
        return SecureBuffer::takeFrom(value);
    }
    if (!isatty(STDIN_FILENO))
        return makeError(ErrorCode::Invalid,
                         tr("No passphrase given: run in a terminal, use a passphrase file, or set %1.").arg(QString::fromLatin1(envName)));
    auto first = readFromTerminal(prompt);
    TANDEM_TRY(first);
    if (confirm) {
        auto second = readFromTerminal(tr("Repeat the passphrase: "));
        TANDEM_TRY(second);
        if (!first.value().equals(second.value()))
            return makeError(ErrorCode::Invalid, tr("The two passphrases do not match. Nothing was changed."));
    }
    return first;
}

} // namespace tandem::cli
