package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// This file holds the possessive targets of force and threats of force:
// an act aimed at "its" or "their" something, where the owner is a state
// other than the one acting. possessedTarget (possessed.go) gives the
// owner when it is the speaker who reports the act; possessiveOwner here
// gives it when it is a state named before the act in the same sentence
// that is the main clause's actor of a relative clause holding the act,
// the speaker of the sentence, or the accuser:
//
//	"Poland shot down Russian drones that entered its airspace"   RUSMIL 150 POL
//	"Iran's programme alarmed Israel, which vowed to strike its nuclear sites"  ISR 138 IRN
//	"Tehran said Israel had threatened to bomb its nuclear facilities"          ISR 138 IRN
//	"Kenya accused Somalia of attacking its border posts"                       SOM 190 KENMIL
//
// A state in a fronted circumstance ("Backed by U.S. intelligence, Ukraine
// struck its oil refineries", "After talks with French officials …") or
// in the sentence before ("Germany announced aid to Kyiv. Russia pounded
// its cities") is no owner: the possessive is as often the actor's own.
//
// A possessive that can only be the actor's own ("moved units toward its
// border", "fired one of its missiles", "Armenian and Azerbaijani troops
// exchanged fire along their shared border") gives nothing;
// an act with a target already named, a supposed one ("if US bombers
// flew near its territory") and a nominal one ("set up a cyber command
// to counter Russian attacks on its networks") keep none.

// possessiveOwner sets h's target to the state an "its"/"their" in its
// object stands for, when h is an act of force (roots 15 and 17–20) or a
// threat of force (138) with no target. The target keeps the owner's own
// code (an armed group's "positions" stay the group's); an owner named by
// its country alone is its military (MIL) when the owned thing is a post
// or force ("its positions"). Shapes: h.source must name a state (Country
// set); the owner is a mention before h.head whose Country differs from
// the source's, not a place or a modifier, accepted by possessorBefore.
func (c *Coder) possessiveOwner(st *sentence, h *verbHit) {
	r := cameo.Root(h.code)
	switch {
	case r == "15", r == "17", r == "18", r == "19", r == "20", strings.HasPrefix(h.code, "138"):
	default:
		return
	}
	if h.p.Noun || len(h.target) > 0 || len(h.source) != 1 || h.passive || h.source[0].Country == "" || h.p.has(flagMutual) || h.status == dyad.Hypothetical {
		return // "South Korea and the United States extended their drills": their own
	}
	k := possessiveObject(st, h)
	if k < 0 || ownedByActor(st.toks, k+1) || r == "15" && !ownedHead(st.toks, k+1, sovereignSpace) {
		return // a show of force is aimed at another's space only: "carried out its sixth nuclear test" is its own
	}
	src := h.source[0]
	owner := possessorBefore(st, h, src)
	if owner == nil {
		return
	}
	m := actors.Mention{Kind: "coref", Start: k, End: k + 1}
	m.Code, m.Country, m.Sectors = owner.Code, owner.Country, append([]string{}, owner.Sectors...)
	if m.Code == "" {
		m.Code = owner.Country
	}
	if militaryOwned(st.toks, k+1) && m.Code == owner.Country {
		m.Code, m.Sectors = owner.Country+"MIL", []string{"MIL"}
	}
	m.Name = c.matcher.Dictionary().Name(owner.Country)
	m.Span = [2]int{st.toks[k].Start, st.toks[k].End}
	m.Text = st.s.Text[m.Span[0]:m.Span[1]]
	h.target = []actors.Mention{m}
}

// possessiveObject returns the token of the "its" or "their" that opens
// h's object, or -1: right after the verb ("entered its airspace"), after
// any word the scan steps over, such as "at" or "into" ("fired rockets
// at its towns"), or after an infinitive the threat governs ("threatened
// to bomb its facilities"), within three words of the pattern's end; an
// actor, a comma, a clause break or another verb first gives -1, as does
// "its" right after "from" or "of".
func possessiveObject(st *sentence, h *verbHit) int {
	toks := st.toks
	skipped := false
	for k := h.head + 1; k < len(toks) && k < h.end+3; k++ {
		w := toks[k].Lower
		switch {
		case w == "its" || w == "their":
			if toks[k-1].Lower == "from" || toks[k-1].Lower == "of" {
				return -1 // "fired a missile from its capital", "one of its tests"
			}
			return k
		case w == "to" && !skipped && k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "VB"):
			skipped = true // "threatened to bomb its …"
			k++
		case st.at[k] >= 0 || toks[k].Text == "," || strings.HasPrefix(toks[k].Tag, "V") || isClauseBreak(toks, k):
			return -1
		}
	}
	return -1
}

// ownedByActor reports an owned phrase from token k that is what the
// acting side uses or holds, not what it strikes: "(its) missiles",
// "(its) border" (not "its border posts"), "(their) troops", "(its) own". Unlike ownThing it lets
// "nuclear" stand: "strike its nuclear sites" is another's.
func ownedByActor(toks []dyad.Token, k int) bool {
	if k+1 < len(toks) && (toks[k].Lower == "border" || toks[k].Lower == "borders") && !strings.HasPrefix(toks[k+1].Tag, "NN") {
		return true // "toward its border", but not "attacked its border posts"
	}
	return ownedHead(toks, k, func(w string) bool {
		switch w {
		case "missile", "missiles", "test", "tests", "weapon", "weapons", "drills", "exercises", "arsenal", "own", "troops", "forces", "army", "units", "soldiers", "allies", "ally", "partners", "enemies", "enemy", "foes", "foe", "rivals", "rival", "adversaries", "capital", "way", "campaign", "offensive":
			return true
		}
		return false
	})
}

// possessorBefore returns the state whose "its" the act's object names:
// the nearest actor mention before h's head other than the source src,
// when its country is not src's and it is the speaker or accuser (a
// verb of saying or accusing right after it: "Tehran said", "Kenya
// accused Somalia of …") or the act's source opens a relative clause
// after it ("Israel, which vowed", "drones that entered"); nil when
// none. Neither a state in a fronted circumstance nor the sentence
// before is read.
func possessorBefore(st *sentence, h *verbHit, src actors.Mention) *actors.Mention {
	srcCountry := src.Country
	toks := st.toks
	relative := false
	for j := src.End; j < src.End+2 && j < h.head; j++ {
		if w := toks[j].Lower; w == "which" || w == "that" || w == "who" {
			relative = true
		} else if w != "," {
			break
		}
	}
	for i := len(st.ments) - 1; i >= 0; i-- {
		m := &st.ments[i]
		if m.Start == src.Start && m.End == src.End || m.End > h.head || m.Place || m.Modifier || m.Person || m.Country == "" || m.Unresolved {
			continue
		}
		if m.Country == srcCountry {
			return nil // "Russia said its forces …": the nearer state is the actor's own
		}
		if relative && m.End <= src.Start || speakerOrAccuser(toks, m.End, h.head) {
			return m
		}
	}
	return nil
}

// speakerOrAccuser reports a verb of saying or accusing within four
// tokens from k (before limit), with only adverbs, auxiliaries and
// weekdays between: "Tehran said", "Kenya on Monday accused", "Seoul has
// charged".
func speakerOrAccuser(toks []dyad.Token, k, limit int) bool {
	for j := k; j < k+4 && j < limit; j++ {
		switch toks[j].Lemma {
		case "say", "accuse", "charge", "allege", "claim", "complain", "tell":
			return true
		case "have", "be", "also", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "again", "repeatedly":
			continue
		}
		if toks[j].Tag != "RB" {
			return false
		}
	}
	return false
}

// sovereignSpace reports the words of a state's space a show of force
// (root 15) may enter: "(its) airspace", "(its) territorial waters".
func sovereignSpace(w string) bool {
	switch w {
	case "airspace", "waters", "territorial", "skies", "territory", "zone", "coast", "shores":
		return true
	}
	return false
}
