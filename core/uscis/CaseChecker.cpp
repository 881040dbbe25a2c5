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
    auto classify = [&normalizer](const QString &en, const QString &es) {
        StatusNormalizer::Match m = normalizer.normalize(en);
        if (!m.known && !es.isEmpty())
            m = normalizer.normalize(es);
        return m;
    };
    const auto current = classify(snapshot.statusEn, snapshot.statusEs);
    snapshot.category = current.category;
    snapshot.needsReview = !current.known;
    for (HistoryEntry &h : snapshot.history)
        h.category = classify(h.statusEn, h.statusEs).category;
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
