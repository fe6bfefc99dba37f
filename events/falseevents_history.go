package events

// Acts told as background or history, not news of the day (CODING.md: no
// history retrospectives; background nominals in time or cause phrases are
// not coded):
//
//   - a history year in the event's clause ("in March, 2016 when Turkey
//     shot down a jet") or before an event noun ("the bloody 1989
//     crackdown", "Indonesia's 1975 invasion"), and a relative clause
//     dated weeks before the story ("an Arab militia, which it mobilised
//     seven weeks ago");
//   - background adverbs and phrases ("has previously vetoed", "in the
//     past") and nominal events in a time or cause phrase ("after the
//     invasion of 2003", "the sanctions were prompted by North Korea's
//     sixth nuclear test"); a weapon's finite clause there ("after
//     Russian missiles struck Kharkiv") is a clause, and coded;
//   - the past perfect as the main verb of a sentence or in a relative
//     clause ("a decision Hungary had threatened to block"), and a
//     perfect in a non-restrictive relative or an appositive contact
//     clause ("a trip China has warned against");
//   - the reference point of "the first … since" or "four years since"
//     ("the first Briton to die there since Turkey launched its
//     incursion");
//   - a habit: "whenever the authorities crack down"; how things stand
//     at a place: "in North Waziristan, where Islamabad accuses Kabul of
//     sheltering fighters";
//   - a summary of many acts over a span or counted in the dozens:
//     "Israel has carried out hundreds of strikes in Syria in recent
//     years", "has conducted dozens of missile tests";
//   - an act in a past era: "who led nuclear negotiations with North
//     Korea during the last Bush administration".

import (
	"github.com/dyad-events/dyad/cameo"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// yearModified reports a nominal hit premodified by a year two or more
// years before publication, or a verb that makes the act its object
// names with such a year before the noun and no date of its clause
// ("approved the 1985 arms sale": objectYear), with only adjectives and names between ("the
// bloody 1989 crackdown", "Indonesia's 1975 invasion", "the 2014 Gaza
// war"): history told in passing. The year must follow a determiner, a
// possessive or an adjective, so that a count ("1989 people") is not
// read as a date.
func (c *Coder) yearModified(ctx *articleCtx, st *sentence, h *verbHit) bool {
	if ctx.pub.IsZero() {
		return false
	}
	if !nounLike(st, h) {
		// "approved the 1985 arms sale": the sale's year (objectYear),
		// unless the clause dates the verb itself ("signed the 2019
		// accord on Tuesday")
		y, ok := objectYear(st, h, ctx.pub)
		rel := relativeVerbStart(st, h.head)
		if !ok && rel >= 0 {
			y, ok = relativeObjectYear(st, h, ctx.pub)
		}
		if !ok || !pastYear(y, ctx.pub.Year()) {
			return false
		}
		lo, hi := clauseBounds(st.toks, h.head)
		if rel > lo {
			lo, hi = rel, relativeClauseEnd(st, h) // the main verb's date is not the relative clause's
		}
		for _, d := range st.dates {
			if d.start >= lo && d.start < hi {
				return false
			}
		}
		return true
	}
	toks := st.toks
	pub := ctx.pub.Year()
	for y := h.head - 1; y >= 1 && y >= h.head-3; y-- {
		t := toks[y].Text
		if len(t) == 4 && (t[0] == '1' || t[0] == '2') {
			if !pastYear(t, pub) {
				return false
			}
			switch p := toks[y-1]; {
			case p.Tag == "DT" || p.Tag == "POS" || p.Tag == "PRP$" || p.Tag == "JJ" || p.Lower == "'s" || p.Lower == "’s":
				return true
			}
			return false
		}
		switch toks[y].Tag {
		case "JJ", "NNP", "NNPS", "NN", "HYPH":
		default:
			return false
		}
	}
	return false
}

// backgroundAdverb reports an adverb in the verb group that puts the act
// in the past as background ("Russia has previously vetoed", "has long
// armed the rebels", "had once ruled") or makes it a habit ("regularly
// holding drills"), not news of the day.
func backgroundAdverb(toks []dyad.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := toks[j]
		switch t.Lower {
		case "regularly", "routinely", "habitually", "traditionally", "customarily", "usually", "often", "frequently", "typically", "normally":
			return true // a habit, not an act: "militaries regularly holding drills"
		case "rarely", "seldom", "always":
			// "Israel rarely claims responsibility", "they always complain";
			// not a pledge ("vowed to always stand with Moscow")
			k := j - 1
			for k >= 0 && (toks[k].Text == "\"" || toks[k].Text == "“") {
				k-- // (to "always stand with")
			}
			return (k < 0 || toks[k].Lower != "to") && (toks[i].Tag == "VBZ" || toks[i].Tag == "VBP" || toks[i].Tag == "VBD" || toks[i].Tag == "VBN")
		case "previously", "formerly", "historically", "long":
			return t.Lower != "long" || j > 0 && (toks[j-1].Lemma == "have" || toks[j-1].Lemma == "be")
		case "once":
			return !(j+1 < len(toks) && (toks[j+1].Lower == "again" || toks[j+1].Lower == "more")) && j > 0 && (toks[j-1].Lemma == "have" || toks[j-1].Lemma == "be" || toks[j-1].Tag == "NNP" || toks[j-1].Tag == "NNS" || toks[j-1].Tag == "PRP")
		}
		if t.Tag != "RB" && !isAux(t) && t.Tag != "MD" {
			break
		}
	}
	// "has called for a withdrawal before, but …": "before" closing the
	// clause of a perfect
	if perfect(toks, i) {
		for k := i + 1; k < len(toks) && k <= i+12; k++ {
			if toks[k].Lower == "before" && k+1 < len(toks) && (toks[k+1].Text == "," || toks[k+1].Text == "." || toks[k+1].Text == ";" || toks[k+1].Lower == "but" || toks[k+1].Lower == "and") {
				return true
			}
			if toks[k].Text == "," || toks[k].Text == ";" || strings.HasPrefix(toks[k].Tag, "VB") {
				break
			}
		}
	}
	// "in the past" before the verb in its clause ("have in the past
	// stressed") or right after its words ("threatened such action in the
	// past"), not in a later phrase ("thanked X for help during difficult
	// times in the past")
	lo, _ := clauseBounds(toks, i)
	for k := lo; k+2 < len(toks) && k <= i; k++ {
		if inThePast(toks, k) {
			return true
		}
	}
	end := i + 1
	for end < len(toks) && end <= i+4 && toks[end].Text != "," && !strings.HasPrefix(toks[end].Tag, "VB") {
		if inThePast(toks, end) {
			return true
		}
		end++
	}
	return false
}

// inThePast reports "in the past" at k, not "in the past week/year/…".
func inThePast(toks []dyad.Token, k int) bool {
	if k+2 >= len(toks) || toks[k].Lower != "in" || toks[k+1].Lower != "the" || toks[k+2].Lower != "past" {
		return false
	}
	if k+3 < len(toks) {
		switch toks[k+3].Lower {
		case "week", "weeks", "month", "months", "year", "years", "day", "days", "few", "two", "three", "24", "48", "decade", "hour", "hours":
			return false
		}
	}
	return true
}

// backgroundNominal reports an event noun at i in a time or cause phrase,
// looking past premodifying actors ("After the US invasion of 2003, …",
// "ahead of the Turkish invasion", "in response to the attack"), the
// object of a verb of undergoing ("fled the airstrikes", "survived the
// bombing"), or the act in a victims' clause with no actor of its own
// ("civilians have been killed in airstrikes and shelling"): background,
// or an act whose source the clause does not give. A gerund (gerund
// true) is tested for the victims' clause only.
func backgroundNominal(st *sentence, i int, gerund bool) bool {
	toks := st.toks
	j := i - 1
	actor := false // an actor inside the noun phrase: "in an American airstrike"
	for j >= 0 && (st.at[j] >= 0 || toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "NN" || toks[j].Tag == "NNS" || toks[j].Tag == "CD" || toks[j].Tag == "POS" || toks[j].Tag == "PRP$" || toks[j].Lower == "and") {
		if st.words.facingForms[toks[j].Lower] {
			return !gerund // "many of whom face criminal charges" (a noun to the tagger)
		}
		actor = actor || st.at[j] >= 0
		j--
	}
	if j < 0 {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3 && toks[k].Text != ","; k++ {
		if t := toks[k].Tag; t == "VBD" || t == "VBZ" || t == "VBP" {
			return false // a finite clause: "after a Taliban assault left two soldiers dead"
		}
	}
	if gerund && toks[j].Lower != "in" && !(strings.HasPrefix(toks[j].Tag, "VB") && st.words.undergoing[toks[j].Lemma]) {
		return false // a participle ("protesters rallying outside parliament"): only the victims' and undergoing rules
	}
	switch toks[j].Lower {
	case "after", "before", "following", "since", "amid", "despite", "during":
		return true
	case "for", "over", "against", "about", "than":
		// a cause or topic: "a revenge attack for US air strikes",
		// "protests over the Israeli raid" (as matchNoun, past the actor)
		return actor || reactionCause(st, j, i) || chargedCause(st, j)
	case "at":
		// a reaction's cause: "recalled its ambassador in protest at the
		// Israeli offensive in Gaza", "outrage at the Russian strikes"
		// (as "over" and "against", past the actor)
		return (actor || agentAfter(st, i)) && j > 0 && st.words.reactionAt[toks[j-1].Lower]
	case "of":
		// "ahead of the Turkish invasion", "the failure of any military
		// sanctions", "since the escalation of Israeli strikes" (its head
		// in a time phrase: timePhraseHead); not "three days of Turkey's offensive", "accused
		// Russia of the attack"
		return j > 0 && (st.words.backgroundOf[toks[j-1].Lower] || timePhraseHead(toks, j-1))
	case "to":
		if j > 0 {
			switch toks[j-1].Lower {
			case "response", "reply", "reaction", "run-up", "lead-up", "prelude":
				return true // "in response to the attack"
			}
		}
	case "in":
		// "civilians have been killed in airstrikes and shelling": the
		// clause's subject is the victim, not the act's source
		k := j - 1
		for k >= 0 && (toks[k].Tag == "RB" || isAux(toks[k])) {
			k--
		}
		if !actor && k >= 0 && strings.HasPrefix(toks[k].Tag, "VB") && !byActor(st, i+1) {
			switch toks[k].Lemma {
			case "kill", "die", "wound", "injure", "hurt", "destroy", "damage", "perish", "flatten", "raze", "lose":
				return true
			}
		}
	}
	if toks[j].Lemma == "be" && !gerund && j > 0 && !isAux(toks[j-1]) && toks[j-1].Lower != "there" {
		return true // a predicate noun: "It was the second worst terror attack in French history"
	}
	if strings.HasPrefix(toks[j].Tag, "VB") && st.words.undergoing[toks[j].Lemma] {
		return true
	}
	return false
}

// byActor reports "by" and an actor within a few words from token k:
// "killed in a suicide attack by Taliban supporters".
func byActor(st *sentence, k int) bool {
	for j := k; j < len(st.toks) && j <= k+4; j++ {
		if st.toks[j].Lower == "by" {
			for m := j + 1; m < len(st.toks) && m <= j+4; m++ {
				if st.at[m] >= 0 {
					return true
				}
			}
			return false
		}
		if st.toks[j].Text == "," {
			return false
		}
	}
	return false
}

// historyYear reports a hit dated by its own sentence to two or more
// years before publication, in a form the date resolver leaves to the
// hit's neighbour: a year right after the act ("the US invasion of
// 2003"), an opening "After … in 2003," clause before it, a "when" clause
// after a past date ("in March, 2016 when Turkey
// shot down a jet"), or a participle clause after one ("seized the
// capital in January 2015, forcing the president to resign"). Reported
// findings ("investigators said …") are news, as in Code; history told
// again by anyone else ("…, officials said") stays history.
func (c *Coder) historyYear(ctx *articleCtx, st *sentence, h *verbHit, d *hitDate) bool {
	if ctx.pub.IsZero() || st.reporter != nil && reportsFinding(st) {
		return false
	}
	if _, from := d.of(c, ctx, st, h); from != "published" {
		return false // the sentence dates the act itself
	}
	if yearsAgoTimeClause(st, h, ctx.pubDate) {
		return true // "left four years ago after villagers began protesting" (falseevents_years_ago.go)
	}
	toks := st.toks
	pub := ctx.pub.Year()
	for y := range toks {
		if !oldYear(toks, y, pub) {
			if untilYear(toks, y, pub) && y < h.head && h.head-y <= 11 && y+2 < len(toks) && toks[y+1].Text == "," && toks[y+2].Lower == "when" && !breakBetween(toks, y+3, h.head) {
				return true // "operated openly until 2013, when Pakistan banned the group", "closed since 1994, when Rabat blamed …"
			}
			continue
		}
		switch {
		case y > h.head && y-h.head <= 8 && !breakBetween(toks, h.head, y) && !participleYear(toks, h.head, y):
			// "the invasion of 2003", "shot down a jet in 2015"
			return true
		case y < h.head && h.head-y <= 10 && y+1 < len(toks) && toks[y+1].Lower == "when" && !breakBetween(toks, y+2, h.head),
			y < h.head && h.head-y <= 11 && y+2 < len(toks) && toks[y+1].Text == "," && toks[y+2].Lower == "when" && !breakBetween(toks, y+3, h.head):
			return true // "in March, 2016 when Turkey shot down", "in mid-2016, when it sent troops"
		case y < h.head && h.head-y <= 12 && timeClauseAfterYear(toks, y+1, h.head):
			return true // "applied to join in May 2022, shortly after Russia invaded Ukraine"
		case y+2 == h.head && toks[h.head].Tag == "VBG" && toks[y+1].Text == ",":
			return true // "…in January 2015, forcing"

		case y < h.head && h.head-y <= 10 && toks[h.head].Tag == "VB" && y+2 < len(toks) && toks[y+1].Text == "," && toks[y+2].Tag == "VBG" && !commaBetween(toks, y+2, h.head):
			return true // "…, forcing the president to resign"
		case y < h.head && y <= 3 && y+1 < len(toks) && toks[y+1].Text == "," && len(st.dates) <= 1 && !clauseBetween(toks, y+2, h.head):
			return true // "In 2015, the movement seized the city of Kunduz"
		case y < h.head && h.head-y <= 12 && y+1 < len(toks) && toks[y+1].Text == "," && openingTimeClause(toks, y) && !clauseBetween(toks, y+2, h.head):
			return true // "After rebels staged an uprising in 2003, security forces slaughtered …"
		}
	}
	return false
}

// openingTimeClause reports a sentence that opens with a time clause
// ("After …", "Before …", "When …") running to the past year at y, no
// comma before it: "After rebels in Darfur staged an uprising in 2003,
// security forces slaughtered civilians". The main clause's act follows
// a dated past one, history as that act is.
func openingTimeClause(toks []dyad.Token, y int) bool {
	if y < 2 {
		return false
	}
	switch toks[0].Lower {
	case "after", "before", "when":
	default:
		return false
	}
	for k := 1; k < y; k++ {
		if toks[k].Text == "," {
			return false
		}
	}
	return true
}

// timeClauseAfterYear reports a time clause opening at token k, right
// after a past year, whose verb is the hit at v: ", shortly after",
// "soon after", "days before", "two years after", with or without the comma,
// and no other clause break up to the hit ("applied to Nato in May 2022,
// shortly after Russia invaded Ukraine"). The act told there is the
// background of a dated past act, history as that act is.
func timeClauseAfterYear(toks []dyad.Token, k, v int) bool {
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	for n := 0; n < 3 && k < v; n++ {
		switch toks[k].Lower {
		case "shortly", "soon", "just", "only", "days", "weeks", "months", "years", "hours", "a", "few", "immediately", "long":
			k++
			continue
		}
		if toks[k].Tag == "CD" && n == 0 {
			k++ // "two years after"
			continue
		}
		break
	}
	if k >= v || toks[k].Lower != "after" && toks[k].Lower != "before" && toks[k].Lower != "when" {
		return false
	}
	return !breakBetween(toks, k+1, v)
}

// reportsFinding reports a sentence whose attribution discloses a
// finding, by a verb of finding or by an inquiring body (findingVerbs,
// findingNouns; a reporter that is an international or non-governmental
// organisation or a court): "The OPCW concluded that … in 2018", "UN investigators
// said … in 2017". Such a finding is news though the act is years old;
// an act of history told again by an official or a pronoun ("Russia
// annexed Crimea in 2014, officials said", "In 2014, he said, Russia
// annexed Crimea") is history still.
func reportsFinding(st *sentence) bool {
	if r := st.reporter; r != nil && (strings.HasPrefix(r.Code, "IGO") || strings.HasPrefix(r.Code, "NGO") || hasSector(*r, "JUD")) {
		return true // "The OPCW said …", "Human Rights Watch said …", "the court said …"
	}
	for _, t := range st.toks {
		if strings.HasPrefix(t.Tag, "VB") && st.words.findingVerbs[t.Lemma] || strings.HasPrefix(t.Tag, "NN") && st.words.findingNouns[t.Lower] {
			return true
		}
	}
	return false
}

// oldYear reports a year token at y two or more years before pub, used as
// a date ("in 2015", "of 2003", "March, 2016", "January 2015"), not an
// open range ("since 2015").
func oldYear(toks []dyad.Token, y, pub int) bool {
	t := toks[y].Text
	for _, p := range []string{"mid-", "early-", "late-"} {
		if hasPrefixFold(t, p) && len(t) == len(p)+4 {
			t = t[len(p):] // "in mid-2016"
		}
	}
	if !pastYear(t, pub) || y == 0 {
		return false
	}
	p := toks[y-1].Lower
	if p == "," && y >= 2 {
		p = toks[y-2].Lower
	}
	if _, ok := months[p]; ok {
		return true
	}
	if (p == "early" || p == "late" || p == "mid") && y >= 2 {
		p = toks[y-2].Lower // "in early 2015"
	}
	return p == "in" || p == "of"
}

// untilYear reports a year token at y two or more years before pub that
// ends or opens a span ("until 2013", "till 2009", "since 1994"): a
// "when" clause after it tells what happened then, history as after "in
// 2013" ("have kept the border closed since 1994, when Rabat blamed
// Algerian intelligence for an attack": gold dev60 W60054 codes nothing;
// CODING.md, no history retrospectives).
func untilYear(toks []dyad.Token, y, pub int) bool {
	if y == 0 || !pastYear(toks[y].Text, pub) {
		return false
	}
	p := toks[y-1].Lower
	return p == "until" || p == "till" || p == "through" || p == "since"
}

// pastYear reports a four-character token t that reads as a year from
// 1900 to two years before pub, the publication year ("2015" in a 2024
// story; not "2023", "1850", "1,20" or "3000").
func pastYear(t string, pub int) bool {
	if len(t) != 4 || t[0] != '1' && t[0] != '2' {
		return false // (no Atoi, and no error allocated, for "said")
	}
	n, err := strconv.Atoi(t)
	return err == nil && n >= 1900 && pub-n >= 2
}

// breakBetween reports a clause break between tokens a and b: a comma,
// semicolon or a word opening a new clause.
func breakBetween(toks []dyad.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		switch toks[k].Lower {
		case ",", ";", ":", "but", "and", "while", "which", "who", "that", "after", "before", "since":
			return true
		}
	}
	return false
}

// clauseBetween is breakBetween for a subject between a fronted date and
// its verb: an "and" joining nouns ("In late 2016, Kurdish and Iraqi
// forces started an offensive") is no break; one before a verb is.
func clauseBetween(toks []dyad.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].Lower == "and" {
			if k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "VB") {
				return true
			}
			continue
		}
		if breakBetween(toks, k, k+1) {
			return true
		}
	}
	return false
}

// perfectRelative reports a verb in the perfect inside a non-restrictive
// relative clause: "North Korea, which has conducted six nuclear tests,
// fired …", "Isis, which has claimed responsibility for attacks on
// Britain, …". Such a clause describes the antecedent from its past;
// the news is in the main clause. (", which claimed responsibility for
// the attack," in the simple past is often the news itself and stays.)
func perfectRelative(toks []dyad.Token, i int) bool {
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	if j >= 0 && toks[j].Lower == "been" {
		j--
	}
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	if j < 2 || toks[j].Lemma != "have" || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	r := toks[j-1].Lower
	return (r == "which" || r == "who") && toks[j-2].Text == ","
}

// perfect reports "has", "have" or "had" in the verb group of the verb
// at i: "has called", "had previously demanded".
func perfect(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if toks[j].Lemma == "have" {
			return true
		}
		if toks[j].Tag != "RB" && toks[j].Lower != "been" {
			return false
		}
	}
	return false
}

// pastPerfect reports an act in the past perfect as the main verb of a
// sentence ("The group had seized power through a Trojan horse act")
// that nobody reports,
// that has no date, no complement clause and no time clause: the
// narrative background of analysis, not the day's news. ("Police said
// the gunman had opened fire", "had entered the town on Friday" and
// "after the rebels had seized the town, …" stay.)
func (c *Coder) pastPerfect(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !perfect(toks, h.head) || st.reporter != nil || len(st.dates) > 0 {
		return false
	}
	j := auxBefore(toks, h.head, true)
	if j < 0 || toks[j].Lower != "had" && toks[j].Lower != "'d" {
		return false
	}
	for k := 0; k < j; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" {
			return false // not the main clause: "police confirmed they had arrested a man"
		}
	}
	for _, t := range toks {
		switch t.Lower {
		case "that", "after", "before", "when", "until", "once", "by", "since", "as", "if", "“", "”", "\"", "ago", "earlier", "later":
			return false
		}
		if c.isSpeechOrCognition(t) {
			return false
		}
	}
	return true
}

// pluperfectRelative reports a verb in the past perfect inside a relative
// clause, with a pronoun or without one: "parts of the country that
// Turkey had seized from Isis", "the same missile Kim had threatened to
// use on Guam". In a sentence with no date, such a clause recalls the
// antecedent's past.
func pluperfectRelative(st *sentence, i int) bool {
	toks := st.toks
	j := auxBefore(toks, i, true)
	if j < 2 || toks[j].Lower != "had" || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	k := j - 1 // the relative clause's subject, if any
	if st.at[k] >= 0 {
		k = st.ments[st.at[k]].Start - 1
	} else if toks[k].Tag == "PRP" {
		k--
	}
	if k < 1 {
		return false
	}
	end := clauseEnd(toks, i)
	for _, d := range st.dates {
		if d.start > k && d.start < end {
			return false // dated in the clause: "the town that rebels had seized on Friday"
		}
	}
	switch toks[k].Lower {
	case "which", "who", "whom":
		return true
	case "that":
		if k == j-1 && toks[i-1].Lower != "been" && (st.at[k-1] >= 0 || toks[k-1].Tag == "NNS" && startsLowerASCII(toks[k-1].Text)) {
			// the pronoun is the clause's subject, in the active: "away
			// from anti-balaka militias that had besieged them for weeks"
			// (who or which there return above; no complement clause
			// lacks a subject)
			return true
		}
		// "areas that Turkey had seized"; not a complement clause: "a
		// Saudi accusation that it had launched the attack"
		return st.at[j-1] >= 0 && (toks[k-1].Tag == "NN" || toks[k-1].Tag == "NNS") && !st.words.complementNouns[toks[k-1].Lower]
	}
	// a contact clause: a common noun right before the subject
	return k < j-1 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") && startsLowerASCII(toks[k].Text) && !isHardBreak(toks[k])
}

// hitDate is dateFor's date and source of one hit, read when first
// asked: noEvent asks at oldRelative and again at historyYear, and
// nothing noEvent runs writes to the hit, the sentence or the article
// context (nor to what they point to), so the second answer would be the
// first.
type hitDate struct {
	date, from string
	read       bool
}

// of returns h's date and source (dateFor), read once.
func (d *hitDate) of(c *Coder, ctx *articleCtx, st *sentence, h *verbHit) (string, string) {
	if !d.read {
		d.date, _, d.from = c.dateFor(ctx, st, h)
		d.read = true
	}
	return d.date, d.from
}

// oldRelative reports an act in a relative clause ("schoolgirls who were
// kidnapped by Boko Haram in April 2014") dated by the sentence two or
// more years before publication: a description of its antecedent, even
// in a reported sentence (Code keeps reported history as findings).
func (c *Coder) oldRelative(ctx *articleCtx, st *sentence, h *verbHit, d *hitDate) bool {
	if ctx.pubDate == "" {
		return false
	}
	date, from := d.of(c, ctx, st, h)
	if from != "text" || !history(date, ctx.pubDate) {
		return false
	}
	toks := st.toks
	for j := h.head - 1; j >= 0 && j >= h.head-4; j-- {
		switch toks[j].Lower {
		case "who", "which", "that":
			return true
		}
		if toks[j].Tag != "RB" && !isAux(toks[j]) && toks[j].Tag != "VBN" {
			return false
		}
	}
	return false
}

// backgroundParticiple reports a participle after its noun inside a time
// or circumstance phrase: "after an 11th hour truce brokered by Moscow",
// "under a pact brokered by Egypt and Qatar", "after months of talks
// mediated by Qatar". The phrase is background to the clause, as its
// nominal would be.
func backgroundParticiple(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || i < 2 || i+1 >= len(toks) || toks[i+1].Lower != "by" {
		return false // (a finite clause, "after Syrian troops withdrew", is coded)
	}
	if p := toks[i-1]; p.Tag != "NN" && p.Tag != "NNS" || !startsLowerASCII(p.Text) {
		return false
	}
	j := i - 2
	for j >= 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "NN" || toks[j].Tag == "CD" || toks[j].Tag == "PRP$" || st.at[j] >= 0 ||
		toks[j].Lower == "of" && j > 0 && timeSpanNoun(toks[j-1].Lower)) {
		j--
		if j >= 0 && timeSpanNoun(toks[j].Lower) {
			j-- // "after months of talks mediated by Qatar"
		}
	}
	if j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "after", "before", "since", "following", "amid", "despite", "under", "during":
		return true
	}
	return false
}

// timeSpanNoun reports a noun of a span of time before "of" ("months of
// talks", "weeks of negotiations", "years of war").
func timeSpanNoun(w string) bool {
	switch w {
	case "days", "weeks", "months", "years", "hours", "rounds", "decades":
		return true
	}
	return false
}

// presentRelative reports a verb in the present inside a non-restrictive
// relative clause: in the simple present right after the pronoun, an
// adverb between or not (", which occupies", ", who leads", ", which
// later claims responsibility"), or in the present progressive or passive
// (", which is fighting alongside Malian troops", ", who is still held
// by Houthi forces"), the pronoun "whose" with its noun phrase too (",
// whose Russian instructors are fighting alongside its army"). Such a clause says how things stand with its antecedent, not
// an act the story reports, unless a date in the clause says when; a
// trip or meeting under way (", who flies to Madrid tonight", ",
// who is visiting Beijing") stays.
func presentRelative(st *sentence, i int) bool {
	toks := st.toks
	if i < 2 {
		return false
	}
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	switch toks[i].Tag {
	case "VBZ", "VBP":
	case "VBG", "VBN":
		if j < 0 || toks[j].Lower != "is" && toks[j].Lower != "are" {
			return false
		}
		for j--; j >= 0 && toks[j].Tag == "RB"; j-- {
		}
	default:
		return false
	}
	if !relativeOpening(toks, j) {
		return false
	}
	switch toks[i].Lemma {
	case "be", "travel", "arrive", "visit", "fly", "head", "leave", "return", "meet", "tour", "attend", "host":
		return false // "Okafor, who flies to Madrid tonight": a trip under way
	}
	end := clauseEnd(toks, i)
	for k := i + 1; k < end; k++ {
		if st.isDate[k] {
			return false
		}
	}
	return true
}

// ongoingViolence reports a hit of force (roots 18 to 20) told in the
// present progressive or passive (", which is bombing villages in
// Rakhine", ", which are being shelled by the army"): an act going on as
// the story is told, coded although presentRelative finds a relative
// clause; a relation told so (", which is fighting alongside Malian
// troops", ", who is held by Houthi forces") stays a standing
// description.
func ongoingViolence(st *sentence, h *verbHit) bool {
	if t := st.toks[h.head].Tag; t != "VBG" && t != "VBN" {
		return false
	}
	if st.toks[h.head].Lemma == "fight" && h.head+1 < len(st.toks) {
		switch st.toks[h.head+1].Lower {
		case "alongside", "with", "for":
			return false // an alliance, not an attack
		}
	}
	return strings.HasPrefix(h.code, "18") || strings.HasPrefix(h.code, "19") || strings.HasPrefix(h.code, "20")
}

// relativeOpening reports the words up to j as the opening of a
// non-restrictive relative clause whose subject ends at j: a comma and
// "which" or "who" at j, or a comma, "whose" and a short noun phrase
// (nouns, adjectives, "and", a possessive) up to j.
func relativeOpening(toks []dyad.Token, j int) bool {
	if j < 1 {
		return false
	}
	if w := toks[j].Lower; w == "which" || w == "who" {
		return toks[j-1].Text == ","
	}
	for k := j; k >= 1 && k >= j-6; k-- {
		t := toks[k]
		if t.Lower == "whose" {
			return k < j && toks[k-1].Text == ","
		}
		if !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "CC" && t.Tag != "POS" {
			return false
		}
	}
	return false
}

// datedRelative reports an act in a non-restrictive relative clause (",
// which it mobilised seven weeks ago", ", where M23 rebels seized Goma
// last month") that the sentence dates two weeks
// or more before publication: a description of its antecedent, as
// oldRelative finds for acts years back. A restrictive relative clause
// counts when in the past perfect (pluperfectAt), dated so or to an
// earlier month.
func (c *Coder) datedRelative(ctx *articleCtx, st *sentence, h *verbHit) bool {
	toks := st.toks
	v := h.head
	if v >= 2 && toks[v-1].Lower == "to" && (toks[v].Tag == "VB" || toks[v].Tag == "VBP") {
		v -= 2 // the infinitive of a vow or threat: ", who vowed to destroy Boko Haram when he took office last year"
	}
	if ctx.pubDate == "" || toks[v].Tag != "VBD" && toks[v].Tag != "VBN" {
		return false
	}
	rel := -1
	for j := v - 1; j >= 1 && j >= v-5; j-- {
		if toks[j].Lower == "which" || toks[j].Lower == "who" || toks[j].Lower == "where" {
			rel = j
			break
		}
		if isPunct(toks[j]) {
			return false
		}
	}
	restrictive := rel >= 1 && toks[rel-1].Text != ","
	if rel < 1 || restrictive && !pluperfectAt(toks, v) {
		return false
	}
	end := clauseEnd(toks, h.head)
	for _, d := range st.dates {
		if d.start <= h.head || d.start >= end {
			continue
		}
		return weeksBefore(d.date, ctx.pubDate) || restrictive && earlierMonth(d.date, ctx.pubDate)
	}
	return false
}

// pluperfectAt reports a participle at v right after "had" (adverbs
// between): a restrictive relative clause in the past perfect dated to an
// earlier month ("two Palestinians who had killed police officers last
// month") recalls its antecedent's past as the comma of a non-restrictive
// one does.
func pluperfectAt(toks []dyad.Token, v int) bool {
	j := auxBefore(toks, v, false)
	return j >= 0 && toks[j].Lower == "had" && toks[v].Tag == "VBN"
}

// auxBefore gives the index of the token before the verb at v past the
// adverbs between them (and past "been" when throughBeen: "had been
// seized"), the place of the verb's auxiliary; -1 when none is left.
func auxBefore(toks []dyad.Token, v int, throughBeen bool) int {
	j := v - 1
	for j >= 0 && (toks[j].Tag == "RB" || throughBeen && toks[j].Lower == "been") {
		j--
	}
	return j
}

// earlierMonth reports a date (ISO at day, month or year precision) in a
// calendar month (or year) before pub's: "last month", "in June".
func earlierMonth(date, pub string) bool {
	n := min(len(date), 7)
	return len(date) >= 4 && len(pub) >= n && date[:n] < pub[:n]
}

// weeksBefore reports a date (ISO at day, month or year precision) whose
// last day lies 14 days or more before pub.
func weeksBefore(date, pub string) bool {
	p, err := time.Parse("2006-01-02", pub)
	if err != nil {
		return false
	}
	_, last, ok := dyad.ParseEventDate(date)
	return ok && p.Sub(last) >= 14*24*time.Hour
}

// sinceClause reports a finite verb in a "since" clause that marks the
// reference point of "the first … since" or of a span ("four years
// since"): "the first Briton to die there since Turkey launched its
// incursion", "It is more than four years since Russia annexed Crimea".
// The gold sets code nothing from such clauses ("the first such contact
// since President Donald Trump took office"). "Ever since X did Y", a
// time clause of its own, is left alone.
func sinceClause(st *sentence, i int) bool {
	toks := st.toks
	if t := toks[i].Tag; t != "VBD" && t != "VBN" && t != "VBZ" && t != "VBP" {
		return false
	}
	k := i - 1
	far := false // the subject runs past ten words or holds a list of actors: only the span rules read it
	for k >= 0 && k >= i-20 && toks[k].Lower != "since" {
		t := toks[k]
		if t.Text == "," {
			if !listedActor(st, k+1) {
				return false // a clause break; a comma inside a list of actors ("Britain, Canada, France") is none
			}
			far = true
		}
		if isPunct(t) && t.Text != "'s" && t.Text != "," || strings.HasPrefix(t.Tag, "VB") && !isAux(t) || t.Tag == "IN" && t.Lower != "of" {
			return false // the subject between "since" and the verb holds no clause break, verb or preposition
		}
		if k < i-10 {
			far = true
		}
		k--
	}
	if k < 0 || toks[k].Lower != "since" {
		return false
	}
	if k == 0 {
		return sinceOpening(toks, i) // "Since Russia invaded Ukraine, millions have fled"
	}
	if toks[k-1].Lower == "ever" {
		return false
	}
	if !far {
		switch toks[k-1].Lower {
		case "years", "decades", "months", "weeks", "year", "decade", "month":
			return true
		}
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if toks[j].Lower == "first" && !far || sinceMeasure(st, j) {
			return true
		}
		if toks[j].Text == ";" || toks[j].Text == ":" {
			return false
		}
	}
	return perfectSpanBefore(toks, k) // "has moved in a narrow range since ministers reached the accord"
}

// habitual reports a verb in a clause of "whenever" or "every time": a
// habit, no act ("every time the governments try to crack down",
// "whenever residents attempt to protest or demand compliance").
func habitual(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := toks[k]
		if t.Lower == "whenever" || t.Lower == "time" && k > 0 && toks[k-1].Lower == "every" {
			return true
		}
		if triedTo(toks, k) {
			continue // "attempt to protest": the clause goes on
		}
		if isPunct(t) || k < i-1 && finite(t.Tag) && !isAux(t) {
			return false
		}
	}
	return false
}

// triedTo reports a verb of trying right before "to" at token k ("try
// to", "attempt to", "seek to"): the infinitive after it is the act of
// the same clause.
func triedTo(toks []dyad.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Lower != "to" {
		return false
	}
	switch toks[k].Lemma {
	case "try", "attempt", "seek":
		return true
	}
	return false
}

// pluperfectThreat reports the infinitive of a past perfect in a relative
// clause ("a decision Hungary had threatened to block", "the strike Iran
// had vowed to carry out"): what was threatened or vowed before the
// story, as pluperfectRelative finds for the verb itself.
func pluperfectThreat(st *sentence, i int) bool {
	toks := st.toks
	if i < 3 || toks[i-1].Lower != "to" || toks[i].Tag != "VB" && toks[i].Tag != "VBP" {
		return false
	}
	v := i - 2
	if toks[v].Tag != "VBN" && toks[v].Tag != "VBD" {
		return false
	}
	return pluperfectRelative(st, v)
}

// presentWhere reports a verb in the simple present in a non-restrictive
// "where" clause (", where Islamabad accuses Kabul of sheltering
// fighters"): a description of the place, as presentRelative finds
// after ", which" and ", who". A date in the clause makes it an act.
func presentWhere(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBZ" && toks[i].Tag != "VBP" {
		return false
	}
	k := i - 1
	for k >= 0 && k >= i-6 && toks[k].Lower != "where" {
		if isPunct(toks[k]) || strings.HasPrefix(toks[k].Tag, "VB") {
			return false
		}
		k--
	}
	if k < 1 || toks[k].Lower != "where" || toks[k-1].Text != "," {
		return false
	}
	end := clauseEnd(toks, i)
	for j := i + 1; j < end; j++ {
		if st.isDate[j] {
			return false
		}
	}
	return true
}

// spanPhrases open a phrase that spreads a perfect over a span of time or
// many occasions.
var spanPhrases = [][]string{
	{"in", "recent", "years"}, {"in", "recent", "months"}, {"in", "recent", "decades"},
	{"over", "the", "years"}, {"over", "the", "past"}, {"over", "the", "last"},
	{"for", "years"}, {"for", "decades"}, {"for", "months"},
	{"several", "times"}, {"many", "times"}, {"numerous", "times"}, {"on", "several", "occasions"},
	{"on", "many", "occasions"},
}

// summary reports an asserted present perfect, or a past tense in a
// ", who"/", which" clause, that a span or frequency phrase in its clause
// spreads over many acts ("has carried out hundreds of strikes in Syria
// in recent years", "has overseen dozens of missile tests since taking
// power in 2011", "who visited Kyiv several times during the war"): a
// summary of the background, no event of the day. A perfect with "since"
// counts when the span starts a year or more before publication; a
// negated perfect ("has not conducted a nuclear test since 2017") is
// left to its status, and a date in the clause ("on Monday") keeps the act.
// The perfect progressive counts as the perfect ("staff have been
// warning for years about disinformation", "has been sounding the alarm
// about Beijing for years"): a stance kept up, no warning of the day;
// only for verbal acts (QuadClass 1 and 3), and only over years ("for
// years", "for decades"): "have been fighting for years" may tell a war
// still going on that day, "have been urging talks for months" a call
// still in the news.
// A count of times ("has vetoed UN resolutions against Damascus 11
// times") is such a frequency phrase, and makes a plain past a summary
// too when a span follows ("vetoed them 16 times during the war"); with a
// date of the day
// ("violated Polish airspace 19 times overnight") the act stays.
// "Repeatedly" alone is not a span: "Pyongyang has repeatedly denied
// allegations" is coded in the seed story.
func (c *Coder) summary(ctx *articleCtx, st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.status != dyad.Asserted || h.p.Noun {
		return false
	}
	perfect := false
	j := i - 1
	been := false
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Lower == "been") {
		been = been || toks[j].Lower == "been"
		j--
	}
	if j >= 0 && (toks[j].Lower == "has" || toks[j].Lower == "have") && (toks[i].Tag == "VBN" || toks[i].Tag == "VBD" || been && toks[i].Tag == "VBG" && cameo.QuadClassOf(cameo.Root(h.code))%2 == 1) {
		// (the perfect progressive too: "have been warning for years")
		perfect = true
	}
	relative := false
	if !perfect && toks[i].Tag == "VBD" {
		for k := i - 1; k >= 1 && k >= i-5; k-- {
			if (toks[k].Lower == "who" || toks[k].Lower == "which") && toks[k-1].Text == "," {
				relative = true
				break
			}
			if isPunct(toks[k]) {
				break
			}
		}
	}
	counted := false // a plain past told as a count: "vetoed the resolutions 11 times during the war"
	if !perfect && !relative && toks[i].Tag == "VBD" {
		span := false // and over a span: "during the war", "since 2011", "over the years"
		for k := i + 1; k < clauseEnd(toks, i); k++ {
			counted = counted || countedTimes(toks, k)
			switch toks[k].Lower {
			case "during", "since", "throughout", "over", "between":
				span = true
			}
		}
		counted = counted && span
	}
	if !perfect && !relative && !counted {
		return false
	}
	lo := i - 1
	for lo > 0 && i-lo < 8 && !isPunct(toks[lo-1]) {
		lo--
	}
	end := clauseEnd(toks, i)
	for k := i + 1; k < end; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") && !isAux(toks[k]) && !(toks[i].Tag == "VBG" && toks[k].Tag == "VBN" && k+1 < len(toks) && toks[k+1].Lower == "by") {
			// (past a reduced passive on the object of a progressive: "has
			// been sounding the alarm about the threat posed by China for
			// years")
			end = k // a phrase after another verb is that verb's: "calls to release leaders held in Baku since last year"
			break
		}
	}
	for k := lo; k < end; k++ {
		if wordsAt(toks, k, []string{"recent", "days"}) || wordsAt(toks, k, []string{"recent", "weeks"}) || wordsAt(toks, k, []string{"this", "week"}) {
			return false // "has repeatedly threatened … in recent days": the news of the week
		}
		if !st.isDate[k] || perfect && k > 0 && toks[k-1].Lower == "since" {
			continue
		}
		for _, d := range st.dates {
			if d.start <= k && k < d.end && !weeksBefore(d.date, ctx.pubDate) {
				return false // "on Monday": today's act
			}
		}
	}
	if lo > 0 && toks[lo-1].Text == "," {
		comma := 0
		for comma < len(toks) && toks[comma].Text != "," {
			comma++
		}
		if comma == lo-1 {
			lo = 0 // a fronted phrase: "For decades, Pakistan has accused India of …"
		}
	}
	progressive := perfect && toks[i].Tag == "VBG"
	for k := lo; k < end; k++ {
		if progressive {
			// only a span of years: "have been calling for talks for
			// months" may still be news
			if wordsAt(toks, k, []string{"for", "years"}) || wordsAt(toks, k, []string{"for", "decades"}) {
				return true
			}
			continue
		}
		for _, p := range spanPhrases {
			if wordsAt(toks, k, p) {
				return true
			}
		}
		if countedTimes(toks, k) {
			return true
		}
		if perfect && toks[k].Lower == "since" && k > i {
			for _, d := range st.dates {
				if d.start > k && d.start <= k+4 && yearBefore(d.date, ctx.pubDate) {
					return true
				}
			}
		}
	}
	return false
}

// countedTimes reports "times" at k after a count of more than one ("11
// times", "more than 300 times", "dozens of times", "a dozen times"):
// a tally of acts over a span, whatever the verb.
func countedTimes(toks []dyad.Token, k int) bool {
	if k < 1 || toks[k].Lower != "times" {
		return false
	}
	n := toks[k-1]
	switch n.Lower {
	case "one", "1":
		return false
	case "dozen", "dozens", "hundreds", "thousands", "countless", "multiple", "several", "many", "numerous":
		return true
	case "of":
		return k >= 2 && (toks[k-2].Lower == "dozens" || toks[k-2].Lower == "hundreds" || toks[k-2].Lower == "scores")
	}
	return n.Tag == "CD"
}

// wordsAt reports the lower-case words w at token k.
func wordsAt(toks []dyad.Token, k int, w []string) bool {
	if k+len(w) > len(toks) {
		return false
	}
	for n, x := range w {
		if toks[k+n].Lower != x {
			return false
		}
	}
	return true
}

// yearBefore reports a date (ISO at any precision) that starts a year or
// more before pub.
func yearBefore(date, pub string) bool {
	if len(date) < 4 || len(pub) < 10 {
		return false
	}
	switch len(date) {
	case 4:
		date += "-01-01"
	case 7:
		date += "-01"
	}
	d, err1 := time.Parse("2006-01-02", date)
	p, err2 := time.Parse("2006-01-02", pub)
	return err1 == nil && err2 == nil && !d.After(p.AddDate(-1, 0, 0))
}

// perfectContact reports a present perfect in an appositive contact
// clause (", a trip China has warned against", ", a move Hungary has
// threatened to block"): a noun, an actor, has or have and the verb (or
// its infinitive): what the actor has said or done before, told to
// describe the noun, no act of the day.
func perfectContact(st *sentence, i int) bool {
	toks := st.toks
	if i >= 3 && toks[i-1].Lower == "to" && (toks[i-2].Tag == "VBN" || toks[i-2].Tag == "VBD") {
		i -= 2 // "has threatened to block"
	}
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	if j < 3 || toks[j].Lower != "has" && toks[j].Lower != "have" || st.at[j-1] < 0 {
		return false
	}
	m := st.ments[st.at[j-1]]
	k := m.Start - 1 // the noun the clause describes
	if k < 2 || toks[k].Tag != "NN" && toks[k].Tag != "NNS" || !startsLowerASCII(toks[k].Text) {
		return false
	}
	for d := k - 1; d >= 0 && d >= k-3; d-- {
		switch toks[d].Lower {
		case "a", "an":
			return d > 0 && toks[d-1].Text == ","
		}
		if toks[d].Tag != "JJ" && toks[d].Tag != "NN" {
			return false
		}
	}
	return false
}

// causedBy reports a nominal event that is the agent of a verb of
// causing ("were prompted by North Korea's sixth nuclear test", "unrest
// triggered by the killing of a protester"): a cause phrase, whose
// nominals CODING.md leaves uncoded like "in retaliation for the attacks".
func causedBy(st *sentence, h *verbHit) bool {
	if !nounLike(st, h) {
		return false
	}
	toks := st.toks
	k := h.head - 1
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "DT" || toks[k].Tag == "CD" || toks[k].Tag == "POS" || toks[k].Lower == "'s" || st.at[k] >= 0 || toks[k].Tag == "NN" && startsLowerASCII(toks[k].Text)) {
		k--
	}
	if k < 1 || toks[k].Lower != "by" {
		return false
	}
	switch toks[k-1].Lower {
	case "prompted", "triggered", "sparked", "caused", "fuelled", "fueled", "provoked", "motivated", "driven", "spurred":
		return true
	}
	return false
}

// pastEra reports a verb whose clause places it in an earlier
// administration ("during the last Bush administration", "under the
// previous government"): history, told as background.
func pastEra(toks []dyad.Token, i int) bool {
	lo := i
	for lo > 0 && i-lo < 10 && !isPunct(toks[lo-1]) {
		lo--
	}
	end := clauseEnd(toks, i)
	for k := lo; k+2 < end; k++ {
		if toks[k].Lower != "during" && toks[k].Lower != "under" || toks[k+1].Lower != "the" {
			continue
		}
		switch toks[k+2].Lower {
		case "last", "previous", "former", "earlier":
		default:
			continue
		}
		for j := k + 3; j < end && j <= k+6; j++ {
			switch toks[j].Lower {
			case "administration", "government", "presidency", "regime", "era", "term", "administrations", "governments":
				return true
			}
		}
	}
	return false
}

// countedSummary reports a present perfect whose own event noun is
// counted in the dozens ("North Korea has conducted dozens of missile
// tests under Kim", "Hamas has carried out numerous suicide bombings in
// Israel"): a tally of the background, no event of the day. The count
// must lie within the pattern's words and count acts, so a counted
// object of people or things ("have detained dozens of officials", "has
// shipped hundreds of missiles") is still the act; a date in the
// clause ("the most recent on Saturday", "overnight") keeps the act.
func countedSummary(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.status != dyad.Asserted || h.p.Noun || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	if j < 0 || toks[j].Lower != "has" && toks[j].Lower != "have" {
		return false
	}
	counted := false
	for k := i + 1; k < h.end && k < len(toks); k++ {
		switch toks[k].Lower {
		case "dozens", "hundreds", "scores", "thousands", "numerous", "countless":
			counted = true
		}
	}
	if !counted || h.end > len(toks) {
		return false
	}
	switch toks[h.end-1].Lower {
	case "tests", "strikes", "airstrikes", "attacks", "bombings", "raids", "launches", "executions", "arrests", "operations", "drills", "exercises", "incursions", "assaults":
	default:
		return false // "has shipped hundreds of missiles to Ukraine": things, not acts
	}
	for k := 0; k < clauseEnd(toks, i); k++ {
		if st.isDate[k] && !(k > 0 && toks[k-1].Lower == "since") {
			return false
		}
	}
	return true
}

// finiteNoun reports a noun pattern whose matched words end in a finite
// verb ("missiles struck", "drones hit"), or a strike noun whose words a
// finite verb follows ("U.S. air strikes killed"): a clause with the
// weapon or the strike as its subject, coded even after "after" or
// "before" as CODING.md codes finite clauses in time phrases ("condemned
// the attack after Russian missiles struck Kharkiv", "vowed to retaliate
// after U.S. air strikes killed 31 people").
func finiteNoun(toks []dyad.Token, end int, code string) bool {
	if end < 1 || end > len(toks) {
		return false
	}
	switch toks[end-1].Tag {
	case "VBD", "VBZ", "VBP":
		return true
	}
	if end == len(toks) || isAux(toks[end]) {
		return false // "after the air strikes were over", "after the attack had ended"
	}
	switch cameo.Root(code) {
	case "18", "19", "20":
		t := toks[end].Tag
		return t == "VBD" || t == "VBZ" || t == "VBP"
	}
	return false
}
