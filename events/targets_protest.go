package events

// The targets of protest and its repression: the protesters a state
// force's repression (175) or a following arrest acts on, and the
// government a protest by civilians aims at when the text tells its
// grievance by the protesters' mood ("in anger at soaring power bills") or
// by a person's arrest or trial.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// protestTargets recodes the targets of one hit after refine
// (targetFamilies): the protesters of a state force's repression
// (repressionTarget) and the government a grievance is aimed at
// (grievanceGov).
func (c *Coder) protestTargets(st *sentence, h *verbHit) {
	c.repressionTarget(st, h)
	c.grievanceGov(st, h)
	c.objectProtestGov(st, h) // (protest_objects.go)
	ownStateAct(h)            // (protest_own_state.go)
	c.protestedMission(st, h) // (protest_mission.go)
	cheeredTarget(st, h)      // (protest_cheer.go)
	blockadedSite(st, h)      // (protest_blockaded_site.go)
}

// repressionTarget gives a state force's repression (175) that names no
// one it was aimed at, and an arrest told as a participle after one
// (", detaining dozens"), the protesters of the sentence: a protester,
// student, worker or opposition mention of the force's own state ("as
// protesters rallied", "a march by garment workers"), else that state's
// civilians when the sentence tells of a protest ("broke up a protest
// against tax rises", "as thousands rallied"). The gold sets code police
// acting on protesters as the protesters' state + CVL (testdata/gold:
// "fired tear gas at thousands of protesters" GEOCOP 175 GEOCVL). Tear
// gas fired with no protest told keeps no target.
func (c *Coder) repressionTarget(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.source) == 0 || h.source[0].Country == "" || civil(h.source[0]) {
		return
	}
	switch {
	case strings.HasPrefix(h.code, "175"):
	case h.code == "173" && arrestAfterRepression(st, h):
	default:
		return
	}
	if p := c.protesters(st, h); p != nil {
		h.target = []actors.Mention{*p}
	}
}

// arrestAfterRepression reports an arrest told as a participle after a
// comma ("…, detaining dozens", "…, arresting 20 demonstrators") in a
// sentence whose repression (175) comes before it: a second act of the
// same force, not an elaboration of the first (the gold sets code both).
func arrestAfterRepression(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.head < 1 || toks[h.head].Tag != "VBG" || toks[h.head-1].Text != "," || !strings.HasPrefix(h.code, "173") && h.p.Code != "173" {
		return false
	}
	for _, g := range st.hits {
		if g.head < h.head && (strings.HasPrefix(g.code, "175") || g.p != nil && g.p.Code == "175") {
			return true
		}
	}
	return false
}

// protesters returns who a state force's act h acts on among the
// protesters the sentence names (see repressionTarget), or nil.
func (c *Coder) protesters(st *sentence, h *verbHit) *actors.Mention {
	src := h.source[0]
	for _, m := range st.ments {
		if m.Modifier || m.Place || m.Country != src.Country || m.Start == src.Start {
			continue
		}
		if hasSector(m, "CVL", "OPP", "EDU", "LAB", "AGR") {
			v := m
			return &v
		}
	}
	for _, t := range st.toks {
		switch t.Lower {
		case "protest", "protests", "protesters", "protestors", "rally", "rallies", "rallied", "rallying", "march", "marched", "marches", "marching",
			"demonstration", "demonstrations", "demonstrators", "demonstrated", "crowd", "crowds", "sit-in":
			cvl := c.implicitActor(src, h, "CVL")
			return &cvl
		}
	}
	return nil
}

// grievanceGov gives a protest (root 14) by civilians of a state that
// tells its grievance by the protesters' mood ("in anger at soaring power
// bills", ", angry at food prices", "in outrage over a new finance bill")
// that state's government as target, as "against" and "over" already do
// (refine; gold README: protests against a state's policy take that
// government even when it is not named), unless the cause is another
// state's (foreignCause). A protest aimed at a person whose arrest,
// detention or trial is the grievance ("to denounce Imamoglu's arrest")
// is aimed at the government that holds them, not at the person, and
// one against the deaths or killing of the state's own people ("against
// deaths of army conscripts") at the government, not at the dead.
func (c *Coder) grievanceGov(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "14" || len(h.source) == 0 || h.source[0].Country == "" || !civil(h.source[0]) {
		return
	}
	src, toks := h.source[0], st.toks
	if len(h.target) == 1 {
		t := h.target[0]
		if t.Person && t.Country != "" && t.End+1 < len(toks) && isPossTok(toks[t.End]) && detentionNoun(toks[t.End+1].Lower) {
			gov := c.implicitGov(t, h)
			h.target = []actors.Mention{gov}
		}
		if t.Country == src.Country && !hasSector(t, "GOV") && deathsGrievance(toks, h.head) {
			// "protested against deaths of army conscripts": the dead
			// are the grievance, the government its target
			h.target = []actors.Mention{c.implicitGov(src, h)}
		}
		return
	}
	if len(h.target) == 0 {
		if gov := govClauseAfter(st, h.end, src.Country); gov != nil {
			h.target = []actors.Mention{c.implicitGov(src, h)} // "protested after the government suspended talks"
			return
		}
	}
	from := h.end
	if k := moodBefore(toks, h.head); k >= 0 {
		from = k // "protesters angry at unpaid salaries marched": the mood in the subject's phrase
	} else if !moodGrievance(toks, h.end) {
		return
	}
	if len(h.target) != 0 || c.foreignCause(st, from, src.Country) {
		return
	}
	h.target = []actors.Mention{c.implicitGov(src, h)}
	c.grievanceHolder(st, h) // "in anger at the death of a man in police custody": the police
}

// deathsGrievance reports "against" or "over" within six tokens after
// the protest verb at head, then (a determiner at most) "deaths of",
// "the death of", "killing(s) of": the protest's grievance is people
// killed.
func deathsGrievance(toks []dyad.Token, head int) bool {
	for k := head + 1; k < len(toks) && k <= head+6; k++ {
		if toks[k].Lower != "against" && toks[k].Lower != "over" {
			continue
		}
		j := k + 1
		if j < len(toks) && toks[j].Tag == "DT" {
			j++
		}
		if j+1 < len(toks) && toks[j+1].Lower == "of" {
			switch toks[j].Lower {
			case "death", "deaths", "killing", "killings":
				return true
			}
		}
		return false
	}
	return false
}

// govClauseAfter returns the subject of an "after" or "as" clause of the
// protest's own clause (actorClause) when it is the government of the
// protesters' state, country: the act the protest answers is the
// government's ("Thousands of Georgians protested outside parliament
// after the government suspended talks on joining the EU" GEOCVL 141
// GEOGOV). Nil when the clause's subject is another actor ("after police
// detained an opposition leader", "after the European Union froze
// funds") or when a comma or semicolon comes first.
func govClauseAfter(st *sentence, from int, country string) *actors.Mention {
	toks := st.toks
	for k := from; k < len(toks) && k < from+12; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return nil
		}
		if w := toks[k].Lower; w != "after" && w != "as" || !actorClause(st, k) {
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" {
			j++
		}
		m := st.ments[st.at[j]]
		if m.Country != country || m.Code != country+"GOV" {
			return nil
		}
		return &m
	}
	return nil
}

// moodGrievance reports a grievance told by the protesters' mood in the
// clause after from: "anger", "angry", "outrage", "outraged", "fury",
// "furious" or "frustration" right before "at", "over", "about" or
// "with".
func moodGrievance(toks []dyad.Token, from int) bool {
	for k := from; k+1 < len(toks) && k < from+14; k++ {
		if toks[k].Text == ";" || toks[k].Lower == "but" || toks[k].Lower == "while" {
			return false
		}
		switch toks[k].Lower {
		case "anger", "angry", "outrage", "outraged", "fury", "furious", "frustration", "frustrated":
			switch toks[k+1].Lower {
			case "at", "over", "about", "with":
				return true
			}
		}
	}
	return false
}

// moodBefore returns the index of a mood word of moodGrievance's that
// postmodifies the protest's subject, between it and the verb at head
// ("Thousands of protesters angry at months of unpaid salaries marched",
// "farmers furious over low prices rallied"), or -1: no comma, colon,
// semicolon, finite verb or modal between.
func moodBefore(toks []dyad.Token, head int) int {
	for k := head - 1; k >= 0 && k >= head-14; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Tag == "MD" || finite(t.Tag) {
			return -1
		}
		if k+1 < head && moodGrievance(toks[:k+2], k) {
			return k
		}
	}
	return -1
}

// detentionNoun reports a noun naming a person's arrest, detention, trial
// or sentence: the state's act a protest is aimed at.
func detentionNoun(w string) bool {
	switch w {
	case "arrest", "detention", "jailing", "imprisonment", "incarceration", "conviction", "sentencing", "sentence", "trial", "prosecution", "indictment", "disqualification":
		return true
	}
	return false
}
