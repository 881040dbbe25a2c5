#pragma once

#include "domain/Profile.h"
#include "import/I797Notice.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cw {

// Which profile a notice belongs to, and why — so that one click on Add never files one client's
// cases under another. Names are compared as sets of words: accents, case, punctuation and word
// order aside ("LOPEZ GARCIA, MARIA" ~ "María López García"), middle names and initials allowed on
// either side ("MARIA ELENA GARCIA LOPEZ" ~ "María López García"), Spanish particles ("de", "del",
// "y") ignored, company suffixes spelled any way ("L.L.C.", "Inc." ~ "Incorporated"). Several
// profiles that fit equally well are never settled by a guess: the person chooses.
struct ProfileSuggestion
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSuggestion)

public:
    enum class Why {
        DroppedOn, // the files were dropped on this profile
        NameMatches, // a name on the notice matches this profile (and no other as well)
        SeveralMatch, // a name matches several profiles equally: choose
        NoMatch, // names were read, no profile has them: a new profile named on the notice
        NoName, // no party name could be read: choose
    };

    Why why = Why::NoName;
    qint64 profileId = 0; // DroppedOn, NameMatches
    QString profileName;
    QString noticeName; // the name on the notice that matched (NoMatch: the new profile's name)
    ProfileKind newKind = ProfileKind::Applicant; // NoMatch
    QList<qint64> candidateIds; // SeveralMatch
    QStringList candidateNames;

    QString whyId() const; // "dropped_on" | "name_matches" | "several_match" | "no_match" | "no_name"
    QString explanation() const; // for a person, translated
};

class ProfileMatcher final
{
public:
    static ProfileSuggestion suggest(const QList<Profile> &profiles, const I797Notice &notice, qint64 droppedOn = 0);

    // How well two names fit: 0 when they are not the same party; higher is closer (an exact
    // match of every word scores highest).
    static int fit(const QString &a, const QString &b);
    // The words a name is compared by: upper case, no accents, particles dropped, company
    // suffixes in one spelling ("ACME", "ROBOTICS", "LLC").
    static QStringList words(const QString &name);
};

} // namespace cw
