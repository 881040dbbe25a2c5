#include "import/ProfileMatcher.h"

#include <QHash>
#include <QSet>

namespace cw {

namespace {

const QSet<QString> &particles()
{
    static const QSet<QString> set{u"DE"_qs, u"DEL"_qs, u"LA"_qs,  u"LAS"_qs, u"LOS"_qs, u"Y"_qs,  u"DA"_qs, u"DAS"_qs,
                                   u"DO"_qs, u"DOS"_qs, u"VAN"_qs, u"VON"_qs, u"DER"_qs, u"DI"_qs, u"DU"_qs};
    return set;
}

// A company's legal form, one spelling each; it must agree when both names carry one.
const QHash<QString, QString> &legalForms()
{
    static const QHash<QString, QString> forms{{u"LLC"_qs, u"LLC"_qs},
                                               {u"INC"_qs, u"INC"_qs},
                                               {u"INCORPORATED"_qs, u"INC"_qs},
                                               {u"CORP"_qs, u"CORP"_qs},
                                               {u"CORPORATION"_qs, u"CORP"_qs},
                                               {u"CO"_qs, u"CO"_qs},
                                               {u"COMPANY"_qs, u"CO"_qs},
                                               {u"LTD"_qs, u"LTD"_qs},
                                               {u"LIMITED"_qs, u"LTD"_qs},
                                               {u"LLP"_qs, u"LLP"_qs},
                                               {u"LP"_qs, u"LP"_qs},
                                               {u"PC"_qs, u"PC"_qs},
                                               {u"PLLC"_qs, u"PLLC"_qs},
                                               {u"PA"_qs, u"PA"_qs},
                                               {u"SA"_qs, u"SA"_qs}};
    return forms;
}

struct Parts
{
    QStringList words; // without the legal form
    QString legalForm;
};

Parts partsOf(const QString &name)
{
    Parts out;
    out.words = ProfileMatcher::words(name);
    if (out.words.size() > 1) {
        const auto form = legalForms().constFind(out.words.last());
        // The short forms are also people's surnames ("MARIA CO"): taken as a company's only
        // after two other words.
        const bool ambiguous = out.words.last().size() <= 2;
        if (form != legalForms().constEnd() && (!ambiguous || out.words.size() > 2)) {
            out.legalForm = *form;
            out.words.removeLast();
        }
    }
    return out;
}

// Every word of `few` found among `many` (an initial fits a word it begins); how many were whole
// words, or -1 when one is missing.
int wholeWordsMatched(const QStringList &few, QStringList many)
{
    int whole = 0;
    for (const QString &w : few) {
        qsizetype at = many.indexOf(w);
        if (at >= 0) {
            ++whole;
        } else if (w.size() == 1) {
            at = -1;
            for (qsizetype i = 0; i < many.size() && at < 0; ++i)
                at = many[i].startsWith(w) ? i : -1;
        } else {
            for (qsizetype i = 0; i < many.size() && at < 0; ++i)
                at = many[i].size() == 1 && w.startsWith(many[i]) ? i : -1;
        }
        if (at < 0)
            return -1;
        many.removeAt(at);
    }
    return whole;
}

} // namespace

QStringList ProfileMatcher::words(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString flat;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == u'.' || c == u'\'' || c == u'’')
            continue; // accents; "L.L.C." is LLC, "O'Brien" OBRIEN
        flat += c.isLetterOrNumber() ? c.toUpper() : QChar(u' ');
    }
    // Particles between other words ("JUAN DE LA CRUZ") are dropped; at either end they are names
    // of their own ("DO THI LAN", "DU WEI"), and a name never shrinks below two words.
    const QStringList all = flat.split(u' ', Qt::SkipEmptyParts);
    QStringList out;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const bool middle = i > 0 && i + 1 < all.size();
        if (!(middle && particles().contains(all[i])))
            out << all[i];
    }
    return out.size() >= 2 || all.size() < 2 ? out : all;
}

int ProfileMatcher::fit(const QString &a, const QString &b)
{
    const Parts pa = partsOf(a);
    const Parts pb = partsOf(b);
    if (!pa.legalForm.isEmpty() && !pb.legalForm.isEmpty() && pa.legalForm != pb.legalForm)
        return 0; // "ACME LLC" is not "ACME INC"
    const bool aFewer = pa.words.size() <= pb.words.size();
    const QStringList &few = aFewer ? pa.words : pb.words;
    const QStringList &many = aFewer ? pb.words : pa.words;
    if (few.isEmpty())
        return 0;
    const int whole = wholeWordsMatched(few, many);
    // Two whole words at least ("MARIA" alone is half the firm's clients); a one-word name
    // ("ACME LLC") only matches itself.
    if (whole < std::min<qsizetype>(2, few.size()) || (few.size() == 1 && many.size() != 1))
        return 0;
    const bool same = few.size() == many.size() && whole == few.size();
    return (same ? 1000 : 0) + whole * 10 - int(many.size() - few.size());
}

ProfileSuggestion ProfileMatcher::suggest(const QList<Profile> &profiles, const I797Notice &notice, qint64 droppedOn)
{
    ProfileSuggestion out;
    if (droppedOn > 0) {
        out.why = ProfileSuggestion::Why::DroppedOn;
        out.profileId = droppedOn;
        for (const Profile &p : profiles) {
            if (p.id == droppedOn)
                out.profileName = p.name;
        }
        return out;
    }
    // The parties a firm keeps profiles for first (applicant, petitioner); a beneficiary's name only
    // when neither matches anyone.
    for (const QStringList &names : {notice.applicants + notice.petitioners, notice.beneficiaries}) {
        int best = 0;
        QList<const Profile *> bestProfiles;
        QString bestName;
        for (const QString &name : names) {
            for (const Profile &p : profiles) {
                const int score = fit(name, p.name);
                if (score <= 0 || score < best)
                    continue;
                if (score > best) {
                    best = score;
                    bestProfiles.clear();
                    bestName = name;
                }
                if (!bestProfiles.contains(&p))
                    bestProfiles << &p;
            }
        }
        if (bestProfiles.size() == 1) {
            out.why = ProfileSuggestion::Why::NameMatches;
            out.profileId = bestProfiles.first()->id;
            out.profileName = bestProfiles.first()->name;
            out.noticeName = bestName;
            return out;
        }
        if (bestProfiles.size() > 1) {
            out.why = ProfileSuggestion::Why::SeveralMatch;
            out.noticeName = bestName;
            for (const Profile *p : bestProfiles) {
                out.candidateIds << p->id;
                out.candidateNames << p->name;
            }
            return out;
        }
    }
    if (!notice.applicants.isEmpty() || !notice.petitioners.isEmpty()) {
        out.why = ProfileSuggestion::Why::NoMatch;
        out.newKind = notice.applicants.isEmpty() ? ProfileKind::Petitioner : ProfileKind::Applicant;
        out.noticeName = notice.applicants.isEmpty() ? notice.petitioners.first() : notice.applicants.first();
        return out;
    }
    out.why = ProfileSuggestion::Why::NoName;
    return out;
}

QString ProfileSuggestion::whyId() const
{
    switch (why) {
    case Why::DroppedOn:
        return QStringLiteral("dropped_on");
    case Why::NameMatches:
        return QStringLiteral("name_matches");
    case Why::SeveralMatch:
        return QStringLiteral("several_match");
    case Why::NoMatch:
        return QStringLiteral("no_match");
    case Why::NoName:
        return QStringLiteral("no_name");
    }
    return {};
}

QString ProfileSuggestion::explanation() const
{
    switch (why) {
    case Why::DroppedOn:
        return tr("The files were dropped on this profile.");
    case Why::NameMatches:
        return tr("“%1” on the notice matches the profile “%2”.").arg(noticeName, profileName);
    case Why::SeveralMatch:
        return tr("“%1” on the notice matches %n profile(s) equally well (%2): choose one.", nullptr,
                  int(candidateNames.size()))
            .arg(noticeName, candidateNames.join(QStringLiteral(", ")));
    case Why::NoMatch:
        return tr("No profile matches “%1”: a new profile will be made with that name.").arg(noticeName);
    case Why::NoName:
        return tr("No applicant or petitioner name could be read on the notice: choose a profile.");
    }
    return {};
}

} // namespace cw
