#pragma once

#include "domain/ReceiptNumber.h"
#include "storage/ObservationStore.h"
#include "domain/CaseSnapshot.h"
#include "domain/Policies.h"

#include <QObject>

#include <functional>
#include <optional>

namespace cw {

class CaseStore;
class Database;
class StatusNormalizer;
class UscisClient;

// "Check now": fetch one receipt, give every status its category, and — when the receipt is
// tracked — record the observation, the history and the change, if any.
class CaseChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseChecker)

public:
    struct Result
    {
        ReceiptNumber receipt;
        std::optional<CaseSnapshot> snapshot;
        std::optional<ApiError> error;
        std::optional<cw::Error> storageError;
        qint64 caseId = 0; // 0 when the receipt is not tracked
        ObservationStore::Recorded recorded;
    };

    CaseChecker(UscisClient &client, const StatusNormalizer &normalizer, const Database &db, QString environmentId,
                QObject *parent = nullptr);

    // The firm's deadline days (Settings), for the deadlines a recorded answer opens.
    void setDeadlinePolicy(const DeadlinePolicy &policy) { m_policy = policy; }

    void check(const ReceiptNumber &receipt, std::function<void(Result)> callback);

private:
    UscisClient &m_client;
    const StatusNormalizer &m_normalizer;
    const Database &m_db;
    QString m_environment;
    DeadlinePolicy m_policy;
};

} // namespace cw
