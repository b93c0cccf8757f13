#pragma once

// Drafts for the assessment tests: synthetic scores, no questionnaire wording.

#include "tandem/core/Assessment.h"

#include <array>

namespace tandem::test {

// The five ASQ-3 domain keys in form order.
QStringList asq3Domains();

// An ASQ-3 entered as domain totals, in form order (communication .. personal-social).
Asq3Draft asq3Totals(const QString& childUuid, const QDate& on, const std::array<double, 5>& totals);
// An ASQ-3 entered as item answers, one "YSN-.." string of six letters per domain.
Asq3Draft asq3Items(const QString& childUuid, const QDate& on, const std::array<const char*, 5>& answers);

// An EYFS check with every prime area at `status`.
EyfsDraft eyfsDraft(const QString& childUuid, const QDate& on, bool parentAgreed, const QString& status = QStringLiteral("on-track"));

// WellComm screenings given as "4:amber,3:green".
WellCommDraft wellCommDraft(const QString& childUuid, const QDate& on, const QString& screenings);

} // namespace tandem::test
