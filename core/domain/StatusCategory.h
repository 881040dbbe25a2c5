#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

namespace cw {

// The categories a USCIS status title is normalized into. Their identifiers (RECEIVED, RFE_ISSUED,
// …) are stored in the database and reach JSON and webhooks, so they never change; everything else a
// layer needs to know about a category — its place in a case's life, how often to poll it, whether
// it alerts by default, whether it asks a person to act, its colour — is in one table
// (StatusCategory.cpp) that the normalizer, the poller, the notification defaults and the UI all read.
enum class Category {
    Received,
    BiometricsScheduled,
    BiometricsCompleted,
    InReview,
    RfeIssued,
    RfeReceived,
    NoidIssued,
    InterviewScheduled,
    InterviewCancelled,
    InterviewCompleted,
    Transferred,
    Approved,
    CardProduced,
    CardMailed,
    CardDelivered,
    OathScheduled,
    Denied,
    Rejected,
    Withdrawn,
    Terminated,
    Reopened,
    FeeIssue,
    DocumentMailed,
    MailReturned,
    RequestReceived,
    RequestDecided,
    Updated,
    Other,
};

// How often a case in this category is polled (the intervals are settings).
enum class PollTier { Hot, Normal, Cold };

// The colour family of a category's badge.
enum class CategoryTone { Progress, Good, Bad, Action, Paperwork };

struct CategoryTraits
{
    Category category;
    const char *id; // stable identifier, stored
    const char *name; // English display name; translated in context "StatusCategory"
    PollTier tier; // Cold: a final state; Hot: USCIS usually acts again soon
    bool alertsByDefault; // in the firm's default notification set
    bool needsAction; // asks a person of the firm to do something
    bool isStage; // a step of the case itself (false: mail, side requests, updates, unknown)
    CategoryTone tone;
};

namespace categories {

// Every category, in the order of a case's life (dashboards and lists use it).
std::span<const CategoryTraits> all();
const CategoryTraits &traits(Category category);
// nullptr for an identifier no category has.
const CategoryTraits *find(QStringView id);
QString id(Category category);
QStringList ids();
QStringList alertingByDefault();
// USCIS decided the case itself: an approval or denial, or a step that only follows an approval
// (a card produced, mailed or delivered; an oath ceremony).
bool isDecision(QStringView id);
// The case ended without a decision on its merits (rejected, withdrawn, terminated).
bool endsWithoutDecision(QStringView id);
// Translated name for display; an unknown identifier is shown as it is.
QString displayName(QStringView id);

} // namespace categories

} // namespace cw
