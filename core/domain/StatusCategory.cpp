#include "domain/StatusCategory.h"

#include <QCoreApplication>

namespace cw::categories {

namespace {

using C = Category;
using T = PollTier;
using Tone = CategoryTone;

// One row per category, in lifecycle order. Cold = final; Hot = USCIS usually acts again soon
// (a response went in, an interview happened, a card is on its way, mail came back).
const CategoryTraits kTraits[] = {
    // category, id, name, tier, alerts by default, needs action, stage, tone
    {C::Received, "RECEIVED", QT_TRANSLATE_NOOP("StatusCategory", "Received"), T::Normal, false, false, true,
     Tone::Progress},
    {C::BiometricsScheduled, "BIOMETRICS_SCHEDULED", QT_TRANSLATE_NOOP("StatusCategory", "Biometrics scheduled"),
     T::Normal, false, true, true, Tone::Action},
    {C::BiometricsCompleted, "BIOMETRICS_COMPLETED", QT_TRANSLATE_NOOP("StatusCategory", "Biometrics taken"), T::Normal,
     false, false, true, Tone::Progress},
    {C::InReview, "IN_REVIEW", QT_TRANSLATE_NOOP("StatusCategory", "In review"), T::Normal, false, false, true,
     Tone::Progress},
    {C::RfeIssued, "RFE_ISSUED", QT_TRANSLATE_NOOP("StatusCategory", "RFE issued"), T::Normal, true, true, true,
     Tone::Action},
    {C::RfeReceived, "RFE_RECEIVED", QT_TRANSLATE_NOOP("StatusCategory", "RFE response received"), T::Hot, false, false,
     true, Tone::Progress},
    {C::NoidIssued, "NOID_ISSUED", QT_TRANSLATE_NOOP("StatusCategory", "Intent to deny issued"), T::Normal, true, true,
     true, Tone::Bad},
    {C::InterviewScheduled, "INTERVIEW_SCHEDULED", QT_TRANSLATE_NOOP("StatusCategory", "Interview scheduled"),
     T::Normal, true, true, true, Tone::Action},
    {C::InterviewCancelled, "INTERVIEW_CANCELLED",
     QT_TRANSLATE_NOOP("StatusCategory", "Appointment cancelled or rescheduled"), T::Hot, true, true, false,
     Tone::Action},
    {C::InterviewCompleted, "INTERVIEW_COMPLETED", QT_TRANSLATE_NOOP("StatusCategory", "Interview completed"), T::Hot,
     false, false, true, Tone::Progress},
    {C::Transferred, "TRANSFERRED", QT_TRANSLATE_NOOP("StatusCategory", "Transferred"), T::Normal, false, false, true,
     Tone::Paperwork},
    {C::Approved, "APPROVED", QT_TRANSLATE_NOOP("StatusCategory", "Approved"), T::Hot, true, false, true, Tone::Good},
    {C::CardProduced, "CARD_PRODUCED", QT_TRANSLATE_NOOP("StatusCategory", "Card being produced"), T::Hot, false, false,
     true, Tone::Good},
    {C::CardMailed, "CARD_MAILED", QT_TRANSLATE_NOOP("StatusCategory", "Card mailed"), T::Hot, false, false, true,
     Tone::Good},
    {C::CardDelivered, "CARD_DELIVERED", QT_TRANSLATE_NOOP("StatusCategory", "Card delivered"), T::Cold, false, false,
     true, Tone::Good},
    {C::OathScheduled, "OATH_SCHEDULED", QT_TRANSLATE_NOOP("StatusCategory", "Oath ceremony scheduled"), T::Normal,
     false, false, true, Tone::Good},
    {C::Denied, "DENIED", QT_TRANSLATE_NOOP("StatusCategory", "Denied"), T::Cold, true, true, true, Tone::Bad},
    {C::Rejected, "REJECTED", QT_TRANSLATE_NOOP("StatusCategory", "Rejected"), T::Cold, true, true, true, Tone::Bad},
    {C::Withdrawn, "WITHDRAWN", QT_TRANSLATE_NOOP("StatusCategory", "Withdrawn"), T::Cold, false, false, true,
     Tone::Bad},
    {C::Terminated, "TERMINATED", QT_TRANSLATE_NOOP("StatusCategory", "Terminated"), T::Cold, false, false, true,
     Tone::Bad},
    {C::Reopened, "REOPENED", QT_TRANSLATE_NOOP("StatusCategory", "Reopened"), T::Normal, false, false, true,
     Tone::Progress},
    {C::FeeIssue, "FEE_ISSUE", QT_TRANSLATE_NOOP("StatusCategory", "Fee issue"), T::Normal, false, true, false,
     Tone::Action},
    {C::DocumentMailed, "DOCUMENT_MAILED", QT_TRANSLATE_NOOP("StatusCategory", "Document mailed"), T::Normal, false,
     false, false, Tone::Paperwork},
    {C::MailReturned, "MAIL_RETURNED", QT_TRANSLATE_NOOP("StatusCategory", "Mail returned or held"), T::Hot, true, true,
     false, Tone::Action},
    {C::RequestReceived, "REQUEST_RECEIVED", QT_TRANSLATE_NOOP("StatusCategory", "Side request received"), T::Normal,
     false, false, false, Tone::Paperwork},
    {C::RequestDecided, "REQUEST_DECIDED", QT_TRANSLATE_NOOP("StatusCategory", "Side request decided"), T::Hot, true,
     true, false, Tone::Action},
    {C::Updated, "UPDATED", QT_TRANSLATE_NOOP("StatusCategory", "Updated"), T::Normal, false, false, false,
     Tone::Paperwork},
    {C::Other, "OTHER", QT_TRANSLATE_NOOP("StatusCategory", "Needs review"), T::Normal, false, true, false,
     Tone::Action},
};

static_assert(std::size(kTraits) == std::size_t(Category::Other) + 1, "one row per category");

} // namespace

std::span<const CategoryTraits> all()
{
    return kTraits;
}

const CategoryTraits &traits(Category category)
{
    return kTraits[std::size_t(category)];
}

const CategoryTraits *find(QStringView id)
{
    for (const CategoryTraits &t : kTraits) {
        if (id == QLatin1String(t.id))
            return &t;
    }
    return nullptr;
}

QString id(Category category)
{
    return QString::fromLatin1(traits(category).id);
}

QStringList ids()
{
    QStringList out;
    for (const CategoryTraits &t : kTraits)
        out << QString::fromLatin1(t.id);
    return out;
}

QStringList alertingByDefault()
{
    QStringList out;
    for (const CategoryTraits &t : kTraits) {
        if (t.alertsByDefault)
            out << QString::fromLatin1(t.id);
    }
    return out;
}

bool isDecision(QStringView id)
{
    const CategoryTraits *t = find(id);
    if (!t)
        return false;
    switch (t->category) {
    case Category::Approved:
    case Category::Denied:
    case Category::CardProduced:
    case Category::CardMailed:
    case Category::CardDelivered:
    case Category::OathScheduled:
        return true;
    default:
        return false;
    }
}

bool endsWithoutDecision(QStringView id)
{
    const CategoryTraits *t = find(id);
    return t
           && (t->category == Category::Rejected || t->category == Category::Withdrawn
               || t->category == Category::Terminated);
}

QString displayName(QStringView id)
{
    if (const CategoryTraits *t = find(id))
        return QCoreApplication::translate("StatusCategory", t->name);
    return id.toString();
}

} // namespace cw::categories
