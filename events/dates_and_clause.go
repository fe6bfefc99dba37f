package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// andClauseDate finds the day of the clause before a ", and" that joins
// h's clause to it, when h's clause names no date of its own: "Tshisekedi
// received Ndayishimiye in Kinshasa on Thursday, and the two agreed to
// let Burundian troops pursue rebels" dates the agreement Thursday, not
// the publication day; so does "Armenia accused Baku on Thursday of …,
// and asked Russia for help" (the same subject). The clause after "and"
// must be a finite one (a finite verb or a modal between "and" and h) with
// no comma of its own before h, and the date must be a day (a weekday, a
// day of a month), looking back, owned by a past-tense verb hit of the
// clause before: a year or a month ("In 2019, …, and …") lends nothing,
// nor does a noun's own date ("Tuesday's rally") or a plan's. A clause
// told as "later" ("and Islamic State later claimed responsibility"; not
// "hours later") and a reaction to the clause before (answersClauseBefore:
// "…, and Islamabad denied the charge", "…, and Turkey recalled its
// ambassador") may be of another day: they take the publication date, as
// the gold sets code them (W15076, W16227, W33015). A reaction with an
// object of its own ("…, and Riga accused Minsk of flying them in") keeps
// the day (W37046, W39006).
func (c *Coder) andClauseDate(st *sentence, h *verbHit, lo int) (dateExpr, bool) {
	toks := st.toks
	and := -1
	for k := h.head - 1; k > lo; k-- {
		if toks[k].Text == ";" || toks[k].Text == "," {
			return dateExpr{}, false
		}
		if toks[k].Lower == "and" && toks[k-1].Text == "," {
			and = k
			break
		}
	}
	if and < 0 {
		return dateExpr{}, false
	}
	clause := false
	for k := and + 1; k <= h.head; k++ {
		clause = clause || finite(toks[k].Tag) || toks[k].Tag == "MD"
		if toks[k].Lower == "later" && !shortWhile(toks[k-1].Lower) {
			return dateExpr{}, false // "and Islamic State later claimed": another day, maybe
		}
	}
	if !clause || c.answersClauseBefore(st, h) {
		return dateExpr{}, false
	}
	for i := len(st.dates) - 1; i >= 0; i-- {
		d := st.dates[i]
		if d.start < lo || d.end > and-1 {
			continue
		}
		if d.precision != dyad.Day || d.published || ahead(st, d) {
			return dateExpr{}, false
		}
		g := c.nearestHit(st, d.start)
		if g < lo || g >= and-1 || toks[g].Tag != "VBD" {
			return dateExpr{}, false
		}
		if !doneVerbAt(st, g) {
			return dateExpr{}, false
		}
		return d, true
	}
	return dateExpr{}, false
}

// doneVerbAt reports whether the verb at g tells a done act, so that its
// day may be lent: no hit there is a noun, and one hit there is neither
// future nor hypothetical. A purpose infinitive coded at its governing
// verb ("marched … on Friday to demand citizenship": 100 hypothetical
// beside the asserted 1412) leaves the march done; a verb whose only
// hits are plans ("pledged … on Monday to send") lends nothing.
func doneVerbAt(st *sentence, g int) bool {
	any, done := false, false
	for _, o := range st.hits {
		if o.head != g {
			continue
		}
		if o.p.Noun {
			return false
		}
		any = true
		done = done || o.status != dyad.Future && o.status != dyad.Hypothetical
	}
	return !any || done
}

// shortWhile reports a word that makes "later" a matter of the same day:
// "hours later", "minutes later", "moments later".
func shortWhile(w string) bool {
	switch w {
	case "hours", "minutes", "moments", "seconds", "shortly":
		return true
	}
	return false
}

// answersClauseBefore reports a reaction h whose object is what the
// clause before told, or who did it: an object restating it ("…, and
// Nigeria called the move an act of aggression", "…, and the European
// Union condemned it", "…, and France urged it to stop"; reactions.go
// restatedObject), a definite charge noun after a denial or rejection
// ("…, and La Paz denied the charge"; [charge nouns] of data/words.txt),
// a reaction with no object of its own ("…, and Turkey recalled its
// ambassador", "…, and the U.N. refused"; reactions.go bareReaction), or
// a claim of responsibility (015: "…, and al-Shabaab claimed
// responsibility") or a refusal to comment (011: "…, and the U.N.
// refused to comment").
func (c *Coder) answersClauseBefore(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.code == "015" || h.code == "011" || c.words.restatedObject(toks, h.head) >= 0 || bareReaction(st, h) {
		return true
	}
	if h.head+2 >= len(toks) {
		return false
	}
	switch toks[h.head+1].Lower {
	case "it", "them":
		// a verbal act's pronoun object is the act told before ("urged it
		// to stop"); a force's is its victims ("used tear gas to disperse
		// them")
		return verbalRoot(h.code) && !itSubject(toks, h.head+1)
	case "the", "these", "those", "that", "this":
		return reactionCode(h.code) && st.words.chargeNouns[toks[h.head+2].Lower]
	}
	return false
}

// verbalRoot reports a CAMEO code of words, not deeds: roots 01–05 and
// 09–13 (QuadClass 1 and 3), and 16 (reducing relations).
func verbalRoot(code string) bool {
	switch cameo.QuadClassOf(cameo.Root(code)) {
	case 1, 3:
		return true
	}
	return cameo.Root(code) == "16"
}
