#include "poller/CaseChecker.h"

#include "interpret/AnswerInterpreter.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "uscis/UscisClient.h"

namespace cw {

CaseChecker::CaseChecker(UscisClient &client, const StatusNormalizer &normalizer, const Database &db,
                         QString environmentId, QObject *parent)
    : QObject(parent), m_client(client), m_normalizer(normalizer), m_db(db), m_environment(std::move(environmentId))
{
}

void CaseChecker::check(const ReceiptNumber &receipt, std::function<void(Result)> callback)
{
    m_client.fetch(receipt, [this, callback](UscisClient::Outcome outcome) {
        Result result;
        DeadlineChanges deadlines;
        result.receipt = outcome.receipt;
        result.error = outcome.error;
        if (outcome.snapshot) {
            deadlines = AnswerInterpreter::interpret(*outcome.snapshot, m_normalizer, QDate::currentDate(), m_policy);
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
                                                     *result.snapshot, deadlines);
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
