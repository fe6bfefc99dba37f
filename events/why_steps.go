package events

// --why's trace of a hit's code through codeSentence's refinement steps:
// which step cleared a candidate's code (no event: WhyNoCode) or replaced
// it (WhyRecoded), so that a coder or a user reading a code against its
// sentence sees the rule at work without adding prints.

import "fmt"

// codeTrace follows one hit's code through the refinement steps of
// codeSentence when the coder explains (Explain, dyad code --why). It is
// nil when coding, and after is then one nil test: no work is done.
type codeTrace struct {
	ctx  *articleCtx
	st   *sentence
	h    *verbHit
	code string // h.code after the last step traced
	// step and was name the step that cleared the code and the code it
	// cleared ("" while the hit has a code)
	step, was string
}

// traceCode starts the trace of h's code, or returns nil when the coder
// does not explain.
func (ctx *articleCtx) traceCode(st *sentence, h *verbHit) *codeTrace {
	if ctx.drops == nil {
		return nil
	}
	return &codeTrace{ctx: ctx, st: st, h: h, code: h.code}
}

// after notes that the refinement step named step (a name stepDoes
// knows) ran on the hit: when it changed the code, changed records it.
func (t *codeTrace) after(step string) {
	if t != nil && t.h.code != t.code {
		t.changed(step)
	}
}

// changed records a change of the code by step: a code cleared is kept
// for the drop WhyNoCode gives (noCode), a code replaced (or given back
// after a clear) is a Drop with WhyRecoded.
func (t *codeTrace) changed(step string) {
	was := t.code
	t.code = t.h.code
	if t.code == "" {
		t.step, t.was = step, was
		return
	}
	t.step, t.was = "", ""
	d := Drop{Sentence: t.st.s.Index, Text: t.st.s.Text, Verb: t.st.toks[t.h.head].Text, CAMEO: t.code, Reason: WhyRecoded, Step: step, Was: was}
	*t.ctx.drops = append(*t.ctx.drops, d)
}

// noCode records the hit, whose code is gone, as set aside with
// WhyNoCode, naming the step that cleared it when the trace saw one.
func (t *codeTrace) noCode() {
	if t == nil {
		return
	}
	t.ctx.drop(t.st, t.h, WhyNoCode)
	if t.step != "" {
		d := &(*t.ctx.drops)[len(*t.ctx.drops)-1]
		d.Step, d.Was = t.step, t.was
	}
}

// Refinement says what a Drop's refinement step did, as dyad code --why
// prints it: "refinement lexFamily cleared 071 (a figurative use of a
// verb of force, or aid at home)", "refinement refine replaced 183 with
// 195 (…)"; "" when no step is named.
func (d Drop) Refinement() string {
	if d.Step == "" {
		return ""
	}
	did := "cleared " + d.Was
	if d.Reason == WhyRecoded {
		did = fmt.Sprintf("replaced %s with %s", d.Was, d.CAMEO)
		if d.Was == "" {
			did = "gave " + d.CAMEO // (a code given back after a clear)
		}
	}
	if does := stepDoes(d.Step); does != "" {
		return fmt.Sprintf("refinement %s %s (%s)", d.Step, did, does)
	}
	return fmt.Sprintf("refinement %s %s", d.Step, did)
}

// stepDoes says in a few words what the refinement step named step reads
// ("" for a name it does not know). The names are those of the functions
// codeSentence calls for each live hit, in that order.
func stepDoes(step string) string {
	switch step {
	case "restrictedOrg":
		return "a body or news outlet suspended is restricted"
	case "partyBanned":
		return "a party or organisation banned"
	case "lexFamily":
		return "a figurative use of a verb of force, or aid at home"
	case "crowdSeizure":
		return "a crowd's seizure is a protest"
	case "coupMaker":
		return "a coup only by an armed force, group or junta"
	case "shootOrder":
		return "an order to shoot"
	case "occupyFamily":
		return "ground taken only by a fighting side"
	case "refine":
		return "the code sharpened from its actors and place"
	case "builtAbroad":
		return "a plant built abroad"
	case "deployedForce":
		return "an approved deployment's force"
	case "refineConflict":
		return "an act of force sharpened from its means and victims"
	case "crewPeople":
		return "a boat's crew"
	case "bombedState":
		return "a bombing in the bomber's own state"
	case "villageRaid":
		return "a village raided at home: its villagers"
	case "targetFamilies":
		return "a target a rule family knows better"
	case "documentTarget":
		return "the party a document names"
	case "fallenTargets":
		return "the leader an act of force fell on"
	case "conjunctOwner":
		return "an object standing for an earlier act's target"
	case "conjunctCut":
		return "a cut coordinated with another"
	case "deniedAccuser":
		return "the accuser a denial answers"
	case "reactedAuthor":
		return "the author of the act reacted to"
	case "allegedFacility":
		return "the facility an alleged attack hit"
	case "recodeForceOnPeople":
		return "force on protesters or on a person"
	case "massAttackOnPeople":
		return "an armed attack on a group of people"
	case "attemptedAssassination":
		return "an attempt on a life"
	case "sighting":
		return "foreign forces detected"
	case "callActs":
		return "an act told as a call's purpose"
	case "aidToUnnamedStates":
		return "aid to unnamed states"
	case "jointOwnForces":
		return "a joint patrol of one state's forces"
	case "jointPolice":
		return "a joint operation of police forces"
	case "employerTarget":
		return "a strike's employer"
	case "demandedBusiness":
		return "a business pressed by a protest"
	case "searchJoined":
		return "a search for survivors joined"
	case "victimsOfTarget":
		return "the victims of an attacker, not the attacker"
	case "intentCode":
		return "a meeting or negotiation planned is an intent"
	}
	return ""
}
