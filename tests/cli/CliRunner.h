#pragma once

// Runs tandem-cli as a script would, for the CLI tests.

#include "TestStore.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

namespace tandem::test {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// No terminal, passphrases through the environment, the test-only KDF cost.
inline Run cli(const QStringList& args, const QMap<QString, QString>& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"TANDEM_PASSPHRASE", "TANDEM_NEW_PASSPHRASE", "TANDEM_USER", "TANDEM_STORE"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("TANDEM_TEST_KDF"), QStringLiteral("1"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(TANDEM_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

inline const QMap<QString, QString> kAdmin{{QStringLiteral("TANDEM_PASSPHRASE"), QString::fromLatin1(kAdminPassphrase)},
                                           {QStringLiteral("TANDEM_USER"), QStringLiteral("admin")}};

// A store with the Northgate organisation and administrator "admin", made through the CLI.
inline QString initStore(QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("team.tandem"));
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--store"), path, QStringLiteral("--org-name"),
                       QStringLiteral("Northgate Health Visiting Team"), QStringLiteral("--org-code"), QStringLiteral("RX1-HV01"),
                       QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--admin-name"), QStringLiteral("Morgan Ellery"),
                       QStringLiteral("--json")},
                      {{QStringLiteral("TANDEM_PASSPHRASE"), QString::fromLatin1(kAdminPassphrase)}});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.json().value(QStringLiteral("ok")).toBool());
    return path;
}

} // namespace tandem::test
