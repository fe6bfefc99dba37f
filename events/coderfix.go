package events

// Rules the events-recall review asked for: protest sub-codes from a
// stated demand, threats of military strikes, weapon nouns heading an
// actor phrase, and attack targets named by a possessive pronoun.

import (
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// protestFor gives the CAMEO sub-code of a protest whose demand the
// sentence states with a purpose infinitive ("marched … to demand higher
// salaries" 1412, "went on hunger strike to demand …" 1422, "walked off
// the job to demand …" 1432, "blocked border crossings to demand …" 1442,
// "rioted to demand the resignation of …" 1451). protest is the protest
// hit's code (140–145 or already a sub-code), demand the code of the
// demand it states (100 or 104x). A protest that is already specific, or
// not one of the five families, keeps its code.
func protestFor(protest, demand string) string {
	aim, ok := demandAim(demand)
	if !ok {
		return protest
	}
	switch protest {
	case "140", "141":
		return "141" + aim
	case "142", "143", "144", "145":
		return protest + aim
	}
	return protest
}

// demandAim maps a demand code to the last digit of the protest sub-code
// it asks for, after CAMEO 1.1b3's parallel 104x and 14x1–14x4 families:
// leadership change 1, policy change 2 (also an unspecified demand, 100,
// which is what a purpose "to demand higher pay" mostly asks for), rights
// 3, change in institutions or regime 4. ok is false for any other code.
func demandAim(code string) (aim string, ok bool) {
	switch code {
	case "100", "104", "1042":
		return "2", true
	case "1041":
		return "1", true
	case "1043":
		return "3", true
	case "1044":
		return "4", true
	}
	return "", false
}

// forceThreat reports a threat hit (130 or 133) whose infinitive is a
// military strike, 138 rather than a threatened labour strike: "Iran
// threatened to strike Israel" (a transitive strike or hit has an object:
// a labour strike never does), "threatened to strike back", and any
// "threatened to strike" by a state, its government, army or an armed
// group. "Nurses threatened to strike over pay" (no object, a civilian
// source) stays 133.
func forceThreat(st *sentence, h *verbHit) bool {
	if h.code != "130" && h.code != "133" {
		return false
	}
	toks := st.toks
	v := -1
	for k := h.head + 1; k+1 < len(toks) && k <= h.head+6; k++ {
		if toks[k].Lower == "to" {
			if l := toks[k+1].Lemma; l == "strike" || l == "hit" || l == "bomb" {
				v = k + 1
			}
			break
		}
		if !st.isDate[k] && toks[k].Tag != "RB" {
			return false // "threatened a strike", "threatened that …"
		}
	}
	if v < 0 {
		return false
	}
	if len(h.source) > 0 {
		s := h.source[0]
		if hasSector(s, "GOV", "MIL", "REB", "SPY") || len(s.Sectors) == 0 && s.Country != "" && !civil(s) {
			return true
		}
	}
	if v+1 >= len(toks) {
		return false
	}
	if toks[v+1].Lower == "back" || toks[v+1].Lower == "at" {
		return true // "strike back", "strike at"
	}
	if st.at[v+1] >= 0 && !st.ments[st.at[v+1]].Modifier {
		return true // "strike Israel", "strike Hezbollah targets"
	}
	// a noun phrase object: "strike military targets", "hit the port"
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		switch toks[k].Tag {
		case "DT", "JJ", "PRP$", "CD":
			continue
		case "NN", "NNS", "NNP", "NNPS":
			switch toks[k].Lemma {
			case "deal", "agreement", "accord", "compromise", "bargain", "tone", "note", "balance", "chord", "pose", "day", "week", "month", "time":
				return false // "strike a deal", "strike for a day"
			}
			return true
		}
		return false
	}
	return false
}

// weaponSubject matches a weapon noun that heads an actor phrase as the
// subject-instrument of a strike verb ("Ukrainian drones hit a refinery",
// "Israeli warplanes pounded Gaza": the noun patterns of verbs.txt whose
// slots run past the phrase into the verb). The token at i must be the
// phrase's last word and the next one a verb; a phrase that merely
// contains a weapon word ("missile forces") matches nothing.
func (c *Coder) weaponSubject(st *sentence, i int) (verbHit, bool) {
	m := st.at[i]
	if m < 0 || st.ments[m].End != i+1 || i+1 >= len(st.toks) || !pastVerb(st.toks[i+1]) {
		return verbHit{}, false // (a compound noun is no subject: "South Korean military drills")
	}
	h, ok := c.matchNoun(st, i)
	if !ok || len(h.p.Slots) < 2 || h.end <= i+1 {
		return verbHit{}, false
	}
	return h, true
}

// ownerObject finds the target of an attack (roots 18–20) whose object is
// a possessive pronoun's noun phrase: "soldiers were killed when an
// Israeli drone struck their position" targets the soldiers. The owner is
// the nearest actor before the verb that is neither the attacker nor a
// modifier or place; nil when the object is no "their"/"its" phrase.
func (c *Coder) ownerObject(st *sentence, h *verbHit) []actors.Mention {
	if r := cameo.Root(h.code); r != "18" && r != "19" && r != "20" {
		return nil
	}
	k := h.end
	if h.p.Noun && k+2 < len(st.toks) && (st.toks[k].Lower == "on" || st.toks[k].Lower == "against") {
		k++ // "a Russian drone strike on their vehicle"
	}
	if k+1 >= len(st.toks) || st.toks[k].Lower != "their" && st.toks[k].Lower != "its" {
		return nil
	}
	if t := st.toks[k+1].Tag; t != "NN" && t != "NNS" && t != "JJ" {
		return nil
	}
	sub := false // the attack sits in a time clause after its victims
	for j := h.head - 1; j >= 0; j-- {
		switch st.toks[j].Lower {
		case "when", "as", "after":
			sub = true
		case "in", "by":
			// "soldiers were killed in a Russian drone strike on their
			// vehicle": the attack that killed the passive's subject
			sub = sub || j > 0 && tollVerb(st.toks[j-1])
		case "that", "who", "which", ",", ";":
			if !sub {
				return nil // "that Turkey would not attack its allies": its own
			}
		}
		m := st.at[j]
		if m < 0 || !sub {
			continue
		}
		mt := st.ments[m]
		own := false
		for _, s := range h.source {
			own = own || s.Start == mt.Start || s.Code == mt.Code
		}
		if !own && !mt.Modifier && !mt.Place {
			return []actors.Mention{referent(mt, st, k, k+1)}
		}
		j = mt.Start
	}
	return nil
}

// dateAfterVerb reports that the date expression holding token k follows
// a verb directly ("ordered on Monday the mobilisation"), so a nominal
// object after it still belongs to that verb. A date inside a noun phrase
// ("Pyongyang's November 29 missile test") is no such date.
func dateAfterVerb(st *sentence, k int) bool {
	for k >= 0 && st.isDate[k] {
		k--
	}
	return k >= 0 && strings.HasPrefix(st.toks[k].Tag, "VB")
}

// foldTitle folds each event of the headline (sentence -1) into the same
// event told in the body, so that a story is not counted twice: same
// CAMEO code and status, the headline's actors the same as the body's or
// less specific ("Russia, China seal pact" RUS 057 CHN and "Russian
// President … and Chinese President … signed" RUSGOV 057 CHNGOV), a
// headline with no target matching any, and the same date (a headline
// dated only by its publication matches a body event of the three days
// before, a day's time zone after). One event stays, with the body's
// codes, date and place (what the body states more precisely). Its
// primary evidence is the earliest telling that shows every actor of the
// record as coded, so that the record's spans index its evidence: the
// headline when its source and target have the body event's codes and
// the body names no reporter the headline lacks (headlineFirst), the body
// sentence else (a headline with a less specific actor, "Russia", cannot
// show the RUSGOV the body names, nor one with no target the target, nor
// "Azerbaijani troops shell Armenian village" the ministry that said
// so); the other telling goes to Also, a headline naming the actors less
// specifically with its own actors (foldedInto). A
// headline event with no such body event stays. events is in sentence
// order and is returned shortened in place.
func foldTitle(events []dyad.Event) []dyad.Event {
	drop := 0
	for i := range events {
		t := &events[i]
		if t.Sentence != -1 {
			continue
		}
		for j := range events {
			b := &events[j]
			if b.Sentence < 0 || b.CAMEO != t.CAMEO || b.Status != t.Status ||
				!sameNews(t, b) ||
				!covers(t.Source, b.Source) || t.Target != nil && !covers(t.Target, b.Target) {
				continue
			}
			also := foldedInto(b, t) // with the headline's own actors when less specific
			if sameActor(t.Source, b.Source) && sameActor(t.Target, b.Target) && (b.ReportedBy == nil || sameActor(t.ReportedBy, b.ReportedBy)) {
				also = headlineFirst(t, b) // (the headline's Also: body sentences after b's)
			}
			for _, m := range also {
				if m.Sentence != b.Sentence && len(b.Also) < maxAlso && !hasMention(b.Also, m.Sentence) {
					b.Also = append(b.Also, m)
				}
			}
			t.Sentence = -2 // folded
			drop++
			break
		}
	}
	if drop == 0 {
		return events
	}
	out := events[:0]
	for _, e := range events {
		if e.Sentence != -2 {
			out = append(out, e)
		}
	}
	return out
}

// headlineFirst makes the headline event t the primary telling of the
// body event b it folds into, their actors having the same codes: b takes
// t's sentence, evidence, id, actors and reporter (whose text and spans
// index the headline; b had no reporter or one of the same code), keeps
// its own date, place and code and the higher confidence of the two. It
// returns the mentions still to add to b's Also (t's), b's own sentence
// now opening it.
func headlineFirst(t, b *dyad.Event) []dyad.Mention {
	b.Also = append([]dyad.Mention{mentionOf(b)}, b.Also...)
	if len(b.Also) > maxAlso {
		b.Also = b.Also[:maxAlso]
	}
	b.ID, b.Sentence, b.Evidence = t.ID, t.Sentence, t.Evidence
	b.Source, b.Target, b.ReportedBy = t.Source, t.Target, t.ReportedBy
	b.Confidence = max(b.Confidence, t.Confidence)
	return t.Also
}

// sameActor reports a and b of one code, or both none.
func sameActor(a, b *dyad.Actor) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Code == b.Code
}

// covers reports that actor t names b or less specifically: the same
// code, or t is b's country alone (RUS covers RUSGOV, not UKRGOV).
func covers(t, b *dyad.Actor) bool {
	if t == nil || b == nil {
		return t == b
	}
	return t.Code == b.Code || len(t.Sectors) == 0 && t.Country != "" && t.Country == b.Country && t.Code == t.Country
}

// hasMention reports a mention of sentence s in ms.
func hasMention(ms []dyad.Mention, s int) bool {
	for _, m := range ms {
		if m.Sentence == s {
			return true
		}
	}
	return false
}

// sameNews reports the headline event t and body event b as of one date:
// equal, or t's is the publication date and b's day lies at most three
// days before it or one after.
func sameNews(t, b *dyad.Event) bool {
	if b.Date == t.Date {
		return true
	}
	if t.DateFrom != "published" || t.DatePrecision != "day" || b.DatePrecision != "day" {
		return false
	}
	td, err1 := time.Parse("2006-01-02", t.Date)
	bd, err2 := time.Parse("2006-01-02", b.Date)
	if err1 != nil || err2 != nil {
		return false
	}
	d := td.Sub(bd).Hours() / 24
	return d >= -1 && d <= 3
}

// attackWith returns the CAMEO code of an unspecified attack (190) that
// names its weapons in a "with" phrase of its clause: drones, aircraft or
// missiles 195 ("with drones and missiles", "with warplanes"; 1952 is for
// drones as the subject, by the gold sets' convention), artillery,
// rockets, shells or mortars 194; "" when the clause names none.
func attackWith(st *sentence, h *verbHit) string {
	toks := st.toks
	for k := h.end; k+1 < len(toks) && k < h.end+12; k++ {
		if isHardBreak(toks[k]) || toks[k].Text == "," {
			return ""
		}
		if toks[k].Lower != "with" {
			continue
		}
		drone, air, art := false, false, false
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			switch toks[j].Lower {
			case "drone", "drones":
				drone = true
			case "missile", "missiles", "warplanes", "warplane", "jets", "aircraft", "airstrikes", "bombers", "helicopters":
				air = true
			case "artillery", "rockets", "rocket", "shells", "mortars", "mortar":
				art = true
			case "and", "or", "armed", "ballistic", "cruise", "guided", "explosive", "explosive-laden", "kamikaze", "attack", "combat", "heavy", "long-range":
				continue
			default:
				if toks[j].Tag == "CD" || toks[j].Tag == "DT" {
					continue
				}
				j = len(toks) // the weapon list ends
			}
		}
		switch {
		case air || drone:
			return "195"
		case art:
			return "194"
		}
		return ""
	}
	return ""
}

// pastVerb reports a token that is a verb, or a past form the tagger may
// have read as a noun after a plural ("drones targeted").
func pastVerb(t dyad.Token) bool {
	return strings.HasPrefix(t.Tag, "VB") || strings.HasSuffix(t.Lower, "ed") || t.Lower == "hit" || t.Lower == "hits" || t.Lower == "struck"
}
