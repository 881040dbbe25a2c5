#include "uscis/CaseChecker.h"

#include "normalize/StatusNormalizer.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "uscis/UscisClient.h"

namespace cw {

CaseChecker::CaseChecker(UscisClient &client, const StatusNormalizer &normalizer, const Database &db,
                         QString environmentId, QObject *parent)
    : QObject(parent), m_client(client), m_normalizer(normalizer), m_db(db), m_environment(std::move(environmentId))
{
}

void CaseChecker::categorize(CaseSnapshot &snapshot, const StatusNormalizer &normalizer)
{
    // The English title decides whenever USCIS sent one (its Spanish is a fallback), and a generic
    // title is read together with USCIS's description of it.
    const auto current = normalizer.normalizeStatus(snapshot.statusEn, snapshot.statusEs, snapshot.descriptionEn);
    snapshot.category = current.category;
    snapshot.needsReview = !current.known;
    for (HistoryEntry &h : snapshot.history)
        h.category = normalizer.normalizeStatus(h.statusEn, h.statusEs).category;
}

void CaseChecker::check(const ReceiptNumber &receipt, std::function<void(Result)> callback)
{
    m_client.fetch(receipt, [this, callback](UscisClient::Outcome outcome) {
        Result result;
        result.receipt = outcome.receipt;
        result.error = outcome.error;
        if (outcome.snapshot) {
            categorize(*outcome.snapshot, m_normalizer);
            result.snapshot = outcome.snapshot;
        }
        auto tracked = CaseStore(m_db).findByReceipt(outcome.receipt);
        if (!tracked) {
            result.storageError = tracked.error();
        } else if (tracked.value()) {
            result.caseId = tracked.value()->id;
            ObservationStore store(m_db);
            if (result.snapshot) {
                auto recorded = store.recordSnapshot(result.caseId, m_environment, outcome.httpStatus, outcome.body,
                                                     *result.snapshot);
                if (recorded)
                    result.recorded = recorded.value();
                else
                    result.storageError = recorded.error();
            } else if (result.error) {
                if (Status s = store.recordFailure(result.caseId, m_environment, outcome.httpStatus, outcome.body,
                                                   *result.error);
                    !s)
                    result.storageError = s.error();
            }
        }
        callback(std::move(result));
    });
}

} // namespace cw
