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
	// step, does and was name the step that cleared the code, what it
	// reads and the code it cleared ("" while the hit has a code)
	step, does, was string
}

// traceCode starts the trace of h's code, or returns nil when the coder
// does not explain.
func (ctx *articleCtx) traceCode(st *sentence, h *verbHit) *codeTrace {
	if ctx.drops == nil {
		return nil
	}
	return &codeTrace{ctx: ctx, st: st, h: h, code: h.code}
}

// after notes that the refinement step named step, which reads what does
// says in a few words ("a crowd's seizure is a protest"), ran on the hit:
// when it changed the code, changed records it. The words are given at
// the call, beside the step they describe.
func (t *codeTrace) after(step, does string) {
	if t != nil && t.h.code != t.code {
		t.changed(step, does)
	}
}

// changed records a change of the code by step: a code cleared is kept
// for the drop WhyNoCode gives (noCode), a code replaced (or given back
// after a clear) is a Drop with WhyRecoded.
func (t *codeTrace) changed(step, does string) {
	was := t.code
	t.code = t.h.code
	if t.code == "" {
		t.step, t.does, t.was = step, does, was
		return
	}
	t.step, t.does, t.was = "", "", ""
	d := Drop{Sentence: t.st.s.Index, Text: t.st.s.Text, Verb: t.st.toks[t.h.head].Text, CAMEO: t.code, Reason: WhyRecoded, Step: step, StepDoes: does, Was: was}
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
		d.Step, d.StepDoes, d.Was = t.step, t.does, t.was
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
	if d.StepDoes != "" {
		return fmt.Sprintf("refinement %s %s (%s)", d.Step, did, d.StepDoes)
	}
	return fmt.Sprintf("refinement %s %s", d.Step, did)
}
