#include "CliOutput.h"

#include <QJsonDocument>

#include <cstdio>

namespace tandem::cli {

namespace {
void writeLine(FILE* stream, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}
// A one-line message, whatever the error text held.
QString oneLine(QString text) { return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed(); }
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::DamagedKeyslot:
        return ExitAuth;
    case ErrorCode::NotAStore:
    case ErrorCode::NewerVersion:
        return ExitStore;
    case ErrorCode::PermissionDenied:
        return ExitDenied;
    case ErrorCode::AuditBroken:
        return ExitAuditBroken;
    case ErrorCode::NeedsConfirmation:
        return ExitNeedsConfirmation;
    case ErrorCode::Refused:
        return ExitRefused;
    default:
        return ExitFailed;
    }
}

int CliOutput::success(const QJsonObject& data, const QString& human)
{
    if (m_json) {
        QJsonObject out = data;
        out.insert(QStringLiteral("ok"), true);
        writeLine(stdout, QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    } else if (!human.isEmpty()) {
        writeLine(stdout, human);
    }
    return ExitOk;
}

int CliOutput::failure(const Error& error, const QJsonObject& details)
{
    const QString message = oneLine(error.message);
    if (m_json) {
        QJsonObject out = details;
        out.insert(QStringLiteral("ok"), false);
        out.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)},
                                                        {QStringLiteral("message"), message}});
        writeLine(stdout, QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    }
    writeLine(stderr, QStringLiteral("tandem-cli: ") + message);
    return exitCodeFor(error.code);
}

int CliOutput::usage(const QString& message)
{
    if (m_json) {
        const QJsonObject out{{QStringLiteral("ok"), false},
                              {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("usage")},
                                                                    {QStringLiteral("message"), oneLine(message)}}}};
        writeLine(stdout, QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    }
    writeLine(stderr, QStringLiteral("tandem-cli: ") + oneLine(message));
    return ExitUsage;
}

void CliOutput::warn(const QString& message) { writeLine(stderr, QStringLiteral("tandem-cli: warning: ") + oneLine(message)); }

void CliOutput::progress(const QString& message)
{
    if (!m_json)
        writeLine(stderr, message);
}

} // namespace tandem::cli
