package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// A fresh user's report on the coder (coder10): "saw X assaulted" is a
// passive, an unnamed crowd with no place of its own is where one of the
// two sentences before put things, a feeling's by-phrase and the owner of
// its stimulus are its target, and a committee on a state is no body of
// that state.

// sawParticiple reports a past participle at token i that is the object
// complement of a verb of witnessing ("the riots saw police officers
// assaulted", "the week saw shops looted and mosques attacked",
// "witnessed protesters beaten by riot police"): its noun phrase is the
// patient, so the act is a passive, done by its by-agent if the sentence
// names one and by nobody known otherwise. A participle of such a list
// after a comma or "and" is one too.
func sawParticiple(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || i < 2 || st.lex.PastOnly(toks[i].Lower) {
		return false
	}
	for depth := 0; depth < 6; depth++ {
		k := i - 1
		if !npTok(st, k) {
			return false // "saw police assaulted": a noun phrase right before the participle
		}
		if i+1 < len(toks) && npTok(st, i+1) && !st.isDate[i+1] {
			return false // "saw soldiers killed three people": a finite verb and its object
		}
		for k >= 0 && i-k <= 12 && (npTok(st, k) || toks[k].Lower == "of") {
			if witnessVerb(toks[k]) {
				break
			}
			k--
		}
		if k < 0 || i-k > 12 {
			return false
		}
		if witnessVerb(toks[k]) {
			return k+1 < i
		}
		// "…, shops looted": the participle of a list whose first member
		// follows the witnessing verb
		prev := k
		for prev > 0 && (toks[prev].Text == "," || toks[prev].Lower == "and") {
			prev--
		}
		if prev == k || toks[prev].Tag != "VBN" && toks[prev].Tag != "VBD" {
			return false
		}
		i = prev
	}
	return false
}

// witnessVerb reports a form of "see" or "witness" (the riots "saw", a
// city "has seen", crowds "witnessed").
func witnessVerb(t dyad.Token) bool {
	if !startsLowerASCII(t.Text) || !(t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VBN" || t.Tag == "VB" || t.Tag == "VBG") {
		return false
	}
	return t.Lemma == "see" || t.Lemma == "witness"
}

// npTok reports a token that may belong to a noun phrase: a word of an
// actor mention, a determiner, adjective, noun, number or possessive.
func npTok(st *sentence, k int) bool {
	if k < 0 {
		return false
	}
	if st.at[k] >= 0 {
		return true
	}
	switch st.toks[k].Tag {
	case "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$":
		return true
	}
	return false
}

// feelingHit reports a hit of "be" and a word of feeling that is a
// statement of criticism or concern ("were angered", "was disappointed",
// "is deeply concerned"): what its by-phrase names caused the feeling,
// and is the target ("angered by the police", "disappointed by Germany's
// decision": the owner of the decision), not an agent to pass over.
func feelingHit(st *sentence, h *verbHit) bool {
	if h.p.Noun || h.passive || h.end < 1 || st.toks[h.head].Lemma != "be" || h.code != "111" && h.code != "012" {
		return false
	}
	w := st.toks[h.end-1].Lower
	return angerWords[w] || concernWords[w]
}

// concernWords are the feelings of concern of the 012 line of "be".
var concernWords = map[string]bool{"concerned": true, "worried": true, "alarmed": true, "troubled": true, "disturbed": true, "dismayed": true, "distressed": true}

// topicBody reports the head noun of a body named for what it deals with:
// "the House Select Committee on the Chinese Communist Party", "a
// commission on Kosovo", "the working group on Syria".
func topicBody(w string) bool {
	switch w {
	case "committee", "committees", "subcommittee", "commission", "panel", "caucus", "taskforce", "force", "group", "council":
		return true
	}
	return false
}

// nameTok reports a token that may sit inside a body's name between its
// head noun and an actor it names: "the", "and", "between", "of", a
// capitalised word, a possessive.
func nameTok(t dyad.Token) bool {
	switch t.Lower {
	case "the", "and", "between", "of", "'s", "’s", "&":
		return true
	}
	return startsUpperASCII(t.Text) && (t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS")
}

// committeeTopic reports a mention m inside the "on" phrase of a body's
// name ("the House Select Committee on the Chinese Communist Party", "a
// congressional committee on China", "the Independent International
// Commission on Kosovo"): the body deals with it, so it is no actor of
// the sentence, and the country it names is not the body's.
func committeeTopic(toks []dyad.Token, m actors.Mention) bool {
	return topicBodyBefore(toks, m.Start-1, m.Start-14) >= 0
}

// committeeCountry returns the country of the legislature whose committee
// the unresolved mention m belongs to ("lawmakers on the House Select
// Committee on …", "members of the Senate committee on …", "the chairman
// of a congressional committee on China"): a state named before the body
// noun ("the Australian Senate committee on …") or the legislature its
// name gives (the House, the Senate or Congress of the United States,
// the Commons and Lords of the United Kingdom); "" when m is no member of
// such a committee or its legislature is not known.
func committeeCountry(st *sentence, ms []actors.Mention, m actors.Mention) string {
	toks := st.toks
	from := m.End + 1 // "lawmakers on the House Select Committee"
	if m.End > m.Start && topicBody(toks[m.End-1].Lower) {
		from = m.Start // "the Senate Committee on Foreign Relations" itself
	} else if m.End+2 >= len(toks) || toks[m.End].Lower != "on" && toks[m.End].Lower != "of" {
		return ""
	}
	country, legislature := "", ""
	for j := from; j < len(toks) && j <= from+8; j++ {
		if topicBody(toks[j].Lower) {
			if country == "" {
				country = legislature
			}
			return country
		}
		if o := mentionAt(ms, j); o != nil && o.Start != m.Start && len(o.Country) == 3 && country == "" {
			country = o.Country // "the Australian Senate committee"
			continue
		}
		switch toks[j].Lower {
		case "house", "senate", "congressional", "congress":
			if startsUpperASCII(toks[j].Text) || toks[j].Lower == "congressional" {
				legislature = "USA"
			}
		case "commons", "lords":
			legislature = "GBR"
		case "the", "a", "an", "select", "joint", "standing", "special", "foreign", "affairs", "relations", "armed", "services", "intelligence", "judiciary", "appropriations", "oversight", "homeland", "security", "ethics", "energy", "finance":
		default:
			if !nameTok(toks[j]) {
				return ""
			}
		}
	}
	return ""
}

// committeeSpeaker returns the head noun of a body's name whose "on"
// phrase ends at token k ("… Committee on the Chinese Communist Party"),
// -1 when the noun phrase ending at k is none.
func committeeSpeaker(toks []dyad.Token, k int) int {
	return topicBodyBefore(toks, k, k-14)
}

// topicBodyBefore walks back from token k over the words of a body's
// name (nameTok) to an "on" at token lo or after (and after the first
// token), and returns the index of the body noun right before it
// ("committee", "commission": topicBody); -1 when the walk meets another
// word first, or an "on" after some other noun, or reaches lo.
func topicBodyBefore(toks []dyad.Token, k, lo int) int {
	for j := k; j >= 1 && j >= lo; j-- {
		if toks[j].Lower == "on" {
			if topicBody(toks[j-1].Lower) {
				return j - 1
			}
			return -1
		}
		if !nameTok(toks[j]) {
			return -1
		}
	}
	return -1
}

// committeeWord reports a lower-case word of a legislature committee's
// name ("a congressional committee", "the select committee").
func committeeWord(w string) bool {
	switch w {
	case "congressional", "parliamentary", "select", "joint", "standing", "special", "senate", "house":
		return true
	}
	return topicBody(w)
}

// homePeople reports an unnamed collective of people at home: a crowd,
// residents, workers, students, activists, opposition supporters,
// refugees or the police (not a government, a legislature, a court,
// armed forces or spies, which act abroad or are named with their state).
func homePeople(m actors.Mention) bool {
	return len(m.Sectors) > 0 && hasSector(m, "CVL", "OPP", "LAB", "EDU", "HRI", "AGR", "REF", "COP") && !hasSector(m, "GOV", "MIL", "SPY", "JUD", "LEG", "REB", "UAF")
}

// whereFirst returns the country of the place one of the two sentences
// before put things in (a city, a region, a country named as a place;
// "Police in Paris arrested 40 people after a visit by Germany's
// chancellor. Protesters were angered by the police": France's), "" when
// they named none or that place is of the last country named. A place
// named longer ago says less than the states named since.
func (ctx *articleCtx) whereFirst() string {
	if ctx.whereAge > 1 || ctx.lastWhere == ctx.lastCtry {
		return ""
	}
	return ctx.lastWhere
}

// placedAt reports a place name at token k that follows a preposition of
// place, past "the" and a compass word ("in Paris", "across Britain",
// "in northern Syria"): where the story puts things, not a name that
// only looks like a place ("NELSON: Good morning") nor the venue of a
// meeting ("talks in Geneva").
func placedAt(toks []dyad.Token, k int) bool {
	j := k - 1
	for j >= 0 && (toks[j].Lower == "the" || !startsUpperASCII(toks[j].Text) && (strings.HasSuffix(toks[j].Lower, "ern") || toks[j].Lower == "central" || compassPoint(toks[j].Lower))) {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "in", "at", "near", "across", "outside", "inside", "through", "around", "throughout", "within":
		return j == 0 || !gatheringNoun(toks[j-1].Lower) // ("talks in Geneva": where a meeting was)
	}
	return false
}

// seizedChances are objects of "seize" that make it a figure of speech:
// "seized the opportunity", "seizing the tools we have given them".
var seizedChances = map[string]bool{
	"opportunity": true, "opportunities": true, "chance": true, "chances": true, "moment": true,
	"initiative": true, "tools": true, "momentum": true, "day": true, "advantage": true,
}
