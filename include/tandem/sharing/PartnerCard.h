#pragma once

#include "tandem/core/Result.h"

#include <QByteArray>
#include <QString>

namespace tandem::sharing {

// The public half of an organisation's identity, exchanged out of band (e-mail, USB stick) and
// confirmed by reading the fingerprint aloud over the phone. Holds no secrets.
//
// File form: UTF-8 JSON, one object:
//   {"tandemPartnerCard":1,"organisation":"…","code":"…","encryptionKey":"<base64>",
//    "signingKey":"<base64>","fingerprint":"12345 67890 …"}
// The fingerprint in the file is informative only: readers recompute it and refuse a card whose
// stated fingerprint does not match.
struct PartnerCard {
    QString organisationName;
    QString organisationCode;
    QByteArray encryptionKey; // X25519 public, 32 bytes
    QByteArray signingKey;    // Ed25519 public, 32 bytes

    // Eight groups of five digits, e.g. "04317 88120 …", from BLAKE2b over a domain-separation
    // label, the code and both keys. Same card, same fingerprint; any change, a different one.
    QString fingerprint() const;

    QByteArray toJson() const;
    // Invalid error naming what is wrong: not JSON, not a card, unknown card version, missing or
    // malformed name/code, key not 32 bytes of base64, stated fingerprint does not match.
    static Result<PartnerCard> fromJson(const QByteArray& json);
};

// "12345 67890 …" -> digits only, for comparing what a user typed with the real fingerprint.
QString normaliseFingerprint(const QString& text);

} // namespace tandem::sharing
