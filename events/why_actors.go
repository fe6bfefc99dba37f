package events

// What --why says of an actor whose code a rule changed after the
// dictionary gave it: an unresolved agent given a country or a group from
// the story ("rebel groups", agent REB, the story's Islamic State:
// IMGMOSISL), an office taken over by a later pass ("The official",
// agent GOV, resolved otherwise). The actor line names each step that
// changed the code, as the refinement lines name the step that changed
// an event's code (why_steps.go). All of it runs only when the coder
// explains (ctx.traces not nil): coding pays one nil test a step.

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// actorSpan finds a sentence's mention across the steps that rewrite it:
// its sentence and the token after it (steps widen a mention leftward,
// "the city's mayor", but keep where it ends).
type actorSpan struct{ sentence, end int }

// noteActor notes, when tracing, that step, which reads what does says
// in a few words, changed the code of m, a mention of st, from was.
func (ctx *articleCtx) noteActor(st *sentence, step, does, was string, m *actors.Mention) {
	if ctx.traces != nil && m != nil {
		ctx.noteCode(st.s.Index, step, does, was, m.Code, m.End)
	}
}

// noteCode notes, when tracing, that step changed the code of the actor
// of sentence sentence ending at token end from was to now.
func (ctx *articleCtx) noteCode(sentence int, step, does, was, now string, end int) {
	if ctx.traces == nil || was == now {
		return
	}
	if ctx.actorSteps == nil {
		ctx.actorSteps = map[actorSpan][]string{}
	}
	if was == "" {
		was = "none"
	}
	k := actorSpan{sentence, end}
	ctx.actorSteps[k] = append(ctx.actorSteps[k], fmt.Sprintf("code %s became %s by %s (%s)", was, now, step, does))
}

// mentionCodes returns, when tracing, the code of each mention of ms
// by where it ends, for noteMentions after a step; nil otherwise.
func (ctx *articleCtx) mentionCodes(ms []actors.Mention) map[int]string {
	if ctx.traces == nil {
		return nil
	}
	codes := make(map[int]string, len(ms))
	for _, m := range ms {
		codes[m.End] = m.Code
	}
	return codes
}

// noteMentions notes, when tracing, the mentions of ms, st's, whose code
// step (reading what does says) changed since was (mentionCodes, or the
// last noteMentions), and updates was to their codes now.
func (ctx *articleCtx) noteMentions(st *sentence, step, does string, was map[int]string, ms []actors.Mention) {
	ctx.noteMentionsOf(st.s.Index, step, does, was, ms)
}

// noteMentionsOf is noteMentions for the mentions of sentence sentence
// before its analysis (analyse's first passes).
func (ctx *articleCtx) noteMentionsOf(sentence int, step, does string, was map[int]string, ms []actors.Mention) {
	if was == nil {
		return
	}
	for k := range ms {
		m := &ms[k]
		if old, ok := was[m.End]; ok {
			ctx.noteCode(sentence, step, does, old, m.Code, m.End)
		}
		was[m.End] = m.Code
	}
}

// actorSteps returns the lines noteActor wrote for the mention of st
// ending at end.
func (ctx *articleCtx) actorStepsAt(st *sentence, end int) []string {
	return ctx.actorSteps[actorSpan{st.s.Index, end}]
}

// agentRuleName is the name of a resolveAgent rule, for its trace:
// "storyGroups" (only called when tracing).
func agentRuleName(rule func(*unknownAgent) agentVerdict) string {
	name := runtime.FuncForPC(reflect.ValueOf(rule).Pointer()).Name()
	name = strings.TrimSuffix(name, "-fm")
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return name
}
