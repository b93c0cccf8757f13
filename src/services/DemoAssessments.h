#pragma once

// Internal to the services: synthetic development reviews for demo and benchmark stores.
// Scores only (no questionnaire wording), through the same services as the screens.

#include "tandem/core/Result.h"

#include <QDate>
#include <QString>

#include <random>

namespace tandem {

class Session;

class DemoAssessments {
public:
    DemoAssessments(Session& session, std::mt19937& engine) : m_session(session), m_engine(engine) {}

    // An ASQ-3 on the day, entered as totals: mostly on schedule, some in the monitoring zone,
    // a few below the cutoff (half of those without a follow-up plan yet). Returns its uuid, or
    // an empty string when no questionnaire fits the child's age that day.
    Result<QString> asq3(const QString& childUuid, const QDate& day);

    // The 2-2 1/2 year review as an integrated review: an ASQ-3, often the setting's EYFS check
    // and sometimes WellComm, the parent's views and an agreed action. Completes the mandated contact.
    Result<void> integratedReview(const QString& childUuid, const QDate& day);

private:
    bool chance(double p);
    int between(int low, int high);

    Session& m_session;
    std::mt19937& m_engine;
};

} // namespace tandem
