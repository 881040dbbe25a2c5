#include "interpret/AnswerInterpreter.h"

#include "domain/StatusCategory.h"
#include "interpret/DescriptionDates.h"
#include "normalize/StatusNormalizer.h"

namespace cw {

namespace {

QDate describedDate(const CaseSnapshot &s, DescriptionDates::Kind kind)
{
    const QDate d = DescriptionDates::first(s.descriptionEn, kind);
    return d.isValid() ? d : DescriptionDates::first(s.descriptionEs, kind);
}

void closeAll(DeadlineChanges &c, std::initializer_list<DeadlineKind> kinds, DeadlineState as)
{
    for (DeadlineKind k : kinds)
        c.closes.append(DeadlineClosing{k, as, QDate()});
}

} // namespace

void AnswerInterpreter::categorize(CaseSnapshot &snapshot, const StatusNormalizer &normalizer)
{
    const auto current = normalizer.normalizeStatus(snapshot.statusEn, snapshot.statusEs, snapshot.descriptionEn);
    snapshot.category = current.category;
    snapshot.needsReview = !current.known;
    for (HistoryEntry &h : snapshot.history)
        h.category = normalizer.normalizeStatus(h.statusEn, h.statusEs).category;
}

DeadlineChanges AnswerInterpreter::deadlines(const CaseSnapshot &s, const QDate &today, const DeadlinePolicy &policy)
{
    DeadlineChanges c;
    const CategoryTraits *traits = categories::find(s.category);
    if (!traits)
        return c;
    // When the notice went out: its description's first date, else USCIS's modified date.
    QDate eventDate = describedDate(s, DescriptionDates::Kind::Event);
    if (!eventDate.isValid())
        eventDate = QDate::fromString(s.modifiedDate.left(10), Qt::ISODate);
    if (!eventDate.isValid() || eventDate > today)
        eventDate = today;

    const auto appointment = [&](DeadlineKind kind, DescriptionDates::Kind dateKind) {
        const QDate when = describedDate(s, dateKind);
        if (!when.isValid())
            return;
        c.opens.append(DeadlineOpening{kind, when, true});
        c.closes.append(DeadlineClosing{kind, DeadlineState::Superseded, when}); // rescheduled: the old date goes
    };

    switch (traits->category) {
    case Category::RfeIssued:
    case Category::NoidIssued: {
        const bool rfe = traits->category == Category::RfeIssued;
        QDate due = describedDate(s, DescriptionDates::Kind::ResponseDue);
        const bool written = due.isValid();
        if (!written)
            due = eventDate.addDays(rfe ? policy.rfeResponseDays : policy.noidResponseDays);
        const DeadlineKind kind = rfe ? DeadlineKind::RfeResponse : DeadlineKind::NoidResponse;
        c.opens.append(DeadlineOpening{kind, due, written});
        // A later request replaces an earlier one still open (one response deadline of a kind).
        c.closes.append(DeadlineClosing{kind, DeadlineState::Superseded, due});
        break;
    }
    case Category::RfeReceived:
        closeAll(c, {DeadlineKind::RfeResponse, DeadlineKind::NoidResponse}, DeadlineState::Met);
        break;
    case Category::InterviewScheduled:
        appointment(DeadlineKind::Interview, DescriptionDates::Kind::Interview);
        break;
    case Category::InterviewCompleted:
        closeAll(c, {DeadlineKind::Interview}, DeadlineState::Met);
        break;
    case Category::InterviewCancelled: {
        // An appointment cancelled or rescheduled: the date known so far no longer holds (a new one
        // opens when USCIS schedules it). Biometrics when USCIS's words say so, else the interview.
        const QString words = (s.statusEn + u' ' + s.descriptionEn + u' ' + s.statusEs).toLower();
        const bool biometrics = words.contains(u"biometric") || words.contains(u"fingerprint")
                                || words.contains(u"biométric") || words.contains(u"huellas");
        closeAll(c, {biometrics ? DeadlineKind::Biometrics : DeadlineKind::Interview}, DeadlineState::Cancelled);
        break;
    }
    case Category::BiometricsScheduled:
        appointment(DeadlineKind::Biometrics, DescriptionDates::Kind::Appointment);
        break;
    case Category::BiometricsCompleted:
        closeAll(c, {DeadlineKind::Biometrics}, DeadlineState::Met);
        break;
    default:
        if (categories::isDecision(s.category) || categories::endsWithoutDecision(s.category)) {
            closeAll(c, {DeadlineKind::RfeResponse, DeadlineKind::NoidResponse}, DeadlineState::Superseded);
            closeAll(c, {DeadlineKind::Interview, DeadlineKind::Biometrics}, DeadlineState::Superseded);
        }
        break;
    }
    return c;
}

} // namespace cw
