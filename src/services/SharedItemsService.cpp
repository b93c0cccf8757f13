#include "tandem/services/SharedItemsService.h"

#include "tandem/services/Session.h"
#include "tandem/store/SharedItemRepository.h"

namespace tandem {

namespace {

QList<SharedItemView> views(const QList<store::SharedItem>& items)
{
    QList<SharedItemView> out;
    out.reserve(items.size());
    for (const store::SharedItem& i : items)
        out << SharedItemView{i.uuid,  i.partnerCode, i.partnerName, i.bundleUuid,   i.childUuid,    i.childName, i.category,
                              i.kind,  i.occurredOn,  i.title,       i.detail,       i.safeguarding, i.receivedAt};
    return out;
}

} // namespace

Result<QList<SharedItemView>> SharedItemsService::forFamily(const QString& familyUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    auto items = store::SharedItemRepository(m_session.database()).forFamily(familyUuid);
    TANDEM_TRY(items);
    return views(items.value());
}

Result<QList<SharedItemView>> SharedItemsService::forChild(const QString& childUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    auto items = store::SharedItemRepository(m_session.database()).forChild(childUuid);
    TANDEM_TRY(items);
    return views(items.value());
}

} // namespace tandem
