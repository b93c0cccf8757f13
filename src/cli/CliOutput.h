#pragma once

#include "tandem/core/Result.h"

#include <QJsonObject>
#include <QString>

namespace tandem::cli {

// Exit codes, documented in docs/cli.md.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitAuth = 3,
    ExitStore = 4,
    ExitDenied = 5,
    ExitAuditBroken = 6,
    ExitNeedsConfirmation = 7,
    ExitRefused = 8, // a sharing bundle was refused; nothing changed
};

int exitCodeFor(ErrorCode code);

// Writes either human text or one JSON object per command.
class CliOutput {
public:
    explicit CliOutput(bool json) : m_json(json) {}
    bool json() const { return m_json; }

    int success(const QJsonObject& data, const QString& human);
    int failure(const Error& error, const QJsonObject& details = {});
    int usage(const QString& message);
    void warn(const QString& message);
    void progress(const QString& message);

private:
    bool m_json;
};

} // namespace tandem::cli
