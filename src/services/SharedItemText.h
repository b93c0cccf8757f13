#pragma once

// Internal to the services: what a partner shared about a child, as readable items. Each item's
// detail holds every value sent, one "Label: value" line each, so a reader sees all of it.

#include "tandem/sharing/SharedRecord.h"
#include "tandem/store/SharedItemRepository.h"

#include <QList>

namespace tandem::SharedItemText {

// Items of one bundle entry: contacts, assessments, reviews, EYFS checks, the support plan and the
// consents (the basis of the share). Sets category, kind, remoteId, occurredOn, title, detail and
// safeguarding; the caller sets the uuids, partner, bundle and receivedAt.
QList<store::SharedItem> itemsFor(const sharing::SharedChild& child);

// Whether the entry carries any category only under a safeguarding share (no active consent).
bool sharedWithoutConsent(const sharing::SharedChild& child);

QString contactDetail(const sharing::SharedContact& contact);
QString assessmentDetail(const sharing::SharedAssessment& assessment);
QString reviewDetail(const sharing::SharedReview& review);
QString planDetail(const sharing::SharedPlan& plan);
QString consentDetail(const sharing::SharedConsent& consent);

} // namespace tandem::SharedItemText
