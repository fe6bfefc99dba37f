package events

// This file tells a verbal attack from an armed one beyond the object
// words of scope.go's verbalAttack: an attack launched on a plan or a
// cost ("launched an attack on the cost of the asylum system") and an
// attack by one political side on another ("the Lib Dems attacked the
// government over tuition fees") are criticism (111), as CAMEO codes an
// attack on a plan, policy, remark, decision or record.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// criticisedOf returns the token of the thing a verb of attack at h
// criticises (criticisedAt), or -1. A launched or mounted attack is read
// from the noun "attack" within the three words after the verb
// ("launched an attack on the cost of …", "mounted an attack on Labour's
// tax plans"), its object after "on"; a launch of anything else
// criticises nothing.
func criticisedOf(toks []dyad.Token, h *verbHit) int {
	i := h.head
	switch toks[i].Lemma {
	case "launch", "mount":
		a := -1
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if toks[k].Lower == "attack" || toks[k].Lower == "attacks" {
				a = k
				break
			}
		}
		if a < 0 || a+1 >= len(toks) || toks[a+1].Lower != "on" {
			return -1
		}
		return criticisedAt(toks, a+2)
	}
	return criticisedAt(toks, i+1)
}

// politicalAttack reports "attack" by one side that fights with words,
// not arms (verbalSide: leaders, governments, parties, opposition,
// lawmakers, courts), on another of its own country, for a reason given
// right after the target: "the Lib Dems attacked the government over
// tuition fees", "Labour attacked Mr Howard for his remarks". A time
// after "over" ("over the weekend") is no reason; sides of two countries
// are left to the other rules (a state's leader may order strikes).
func politicalAttack(st *sentence, h *verbHit) bool {
	toks := st.toks
	if toks[h.head].Lemma != "attack" || len(h.source) == 0 || len(h.target) == 0 {
		return false
	}
	s, t := h.source[0], h.target[0]
	if !verbalSide(s) || !verbalSide(t) || s.Country == "" || s.Country != t.Country {
		return false
	}
	e := t.End
	if e <= h.head || e >= len(toks) {
		return false
	}
	switch toks[e].Lower {
	case "for":
		return !timeFor(toks, e+1) // not "for a third day"
	case "over":
		return clashedOver(toks, e-1)
	}
	return false
}

// unarmedClash reports a clash between a and b where one side is an
// international organisation with no armed role (the UN, the EU; not
// NATO, not peacekeepers or police of one) and the other no armed side
// either: "Australia and the United Nations have openly clashed in
// Geneva, over how best to deal with asylum seekers" is a quarrel (111),
// as neither can fight the other.
func unarmedClash(a, b actors.Mention) bool {
	unarmedIGO := func(m actors.Mention) bool {
		return strings.HasPrefix(m.Code, "IGO") && !strings.HasPrefix(m.Code, "IGOWSTNAT") && !hasSector(m, "MIL", "COP", "REB", "UAF") && !armedWords(m.Text)
	}
	unarmed := func(m actors.Mention) bool {
		return !hasSector(m, "MIL", "COP", "REB", "UAF", "CRM", "SPY")
	}
	return unarmedIGO(a) && unarmed(b) || unarmedIGO(b) && unarmed(a)
}

// armedWords reports a mention whose words name armed people: "UN
// peacekeepers", "EU monitors' guards", "AU troops", or a UN
// peacekeeping mission armed by mandate ("UNIFIL", "MONUSCO").
func armedWords(text string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(text)) {
		switch strings.Trim(w, ".,'’s") {
		case "peacekeeper", "peacekeepers", "peacekeeping", "troops", "forces", "force", "soldiers", "guards", "mission", "blue", "helmets",
			"unifil", "monusco", "minusma", "unmiss", "unficyp", "minusca", "unamid", "undof", "minurso", "unisfa", "monuc":
			return true
		}
	}
	return false
}

// timeFor reports a time among the words at k after "for": "for a third
// day", "for hours", "for the second time". Such a "for" gives no reason.
func timeFor(toks []dyad.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+2; j++ {
		switch toks[j].Lower {
		case "day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years", "time",
			"night", "nights", "weekend", "minutes", "decades", "second", "third", "fourth", "consecutive", "straight":
			return true
		}
	}
	return false
}

// attackedPolitician reports "attack" by a side that fights with words
// (verbalSide) on a named politician, with no weapon, place or casualty
// in the clause: "The shadow chancellor attacked Gordon Brown", "Mr
// Howard attacked the prime minister" are criticism (111), as
// politicalAttack's with a reason. The source is a person, a
// legislature, opposition or party, or a body of the target's own
// country (a state named alone, or another state's government, may order
// a strike on a person). Words of force ("with a knife", "in his
// office", "wounded", "missile") leave the attack armed.
func attackedPolitician(st *sentence, h *verbHit) bool {
	toks := st.toks
	if toks[h.head].Lemma != "attack" || h.p.Noun || h.passive || len(h.source) == 0 || len(h.target) == 0 {
		return false
	}
	s, t := h.source[0], h.target[0]
	if !verbalSide(s) || !verbalSide(t) || t.Place || t.Modifier {
		return false
	}
	sPerson := s.Person || s.Kind == actors.KindPerson
	if !(t.Person || t.Kind == actors.KindPerson) && !(sPerson && s.Country != "" && s.Country == t.Country && hasSector(t, "GOV", "LEG", "JUD")) {
		// a person attacking their own state's officials, government,
		// lawmakers or judges: "Trump attacked Georgia election officials"
		return false
	}
	if !(s.Person || s.Kind == actors.KindPerson || hasSector(s, "LEG", "OPP", "PTY") || s.Country != "" && s.Country == t.Country && len(s.Sectors) > 0) {
		return false
	}
	if st.words.armedWords.anyIn(clauseToks(st, h)) {
		return false
	}
	end := clauseEnd(toks, h.head)
	for k := h.head + 1; k < end && k < len(toks); k++ {
		switch toks[k].Lower {
		case "with", "in", "at", "near", "outside", "inside":
			if k > t.Start && k >= t.End {
				return !forceAfter(toks, k, end) // "attacked Brown over tax" stays words; "with a knife", "in his office" do not
			}
		case "killed", "killing", "wounded", "wounding", "injured", "injuring", "dead", "stabbed", "stabbing", "shot", "beat", "beaten", "hospital", "assaulted":
			return false
		}
	}
	return true
}

// forceAfter reports, after the preposition at k, a weapon, a place or a
// body part (how, where or on whom force fell) before end: "with a
// knife", "in his constituency office", "at a rally", "in the face".
// "with remarks", "in a speech", "in parliament", "at a press
// conference" are words.
func forceAfter(toks []dyad.Token, k, end int) bool {
	for j := k + 1; j < end && j <= k+5; j++ {
		switch toks[j].Lower {
		case "speech", "speeches", "interview", "interviews", "statement", "statements", "remarks", "comments", "article", "letter",
			"parliament", "commons", "debate", "conference", "briefing", "newspaper", "column", "tweet", "post", "words", "rally", "campaign",
			"questions", "question", "manifesto", "report", "message", "radio", "television", "broadcast", "book", "memoir", "op-ed", "vote":
			return false
		case "knife", "knives", "gun", "guns", "axe", "hammer", "bat", "stick", "sticks", "stones", "stone", "acid", "machete", "bottle",
			"office", "home", "house", "car", "street", "face", "head", "fists", "fist", "constituency", "surgery":
			return true
		}
	}
	return false
}
