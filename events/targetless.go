package events

// One act of a sentence told twice, once without its target: "rioters
// hurled bricks at police and set fire to a police van" gives GBRCVL 145
// GBRCOP from the first verb and GBRCVL 145 with no target from the
// second; the second is the same kind of act by the same actor on the
// same day, and the record counts it once, with the target the sentence
// names.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// foldTargetless folds each event with no target into another event of
// the same sentence that tells the same kind of act with its target:
// same source code, date and status and the same CAMEO root ("set fire
// to" 145 into "hurled bricks at police" 145 GBRCOP; "condemned" 111
// into "what it called China's … actions" 111 CHN; "seized power" 171
// into "placed the president under house arrest" 173 GABGOV). The
// targeted event stays, with the targetless one's further tellings in
// its Also and the higher confidence of the two (foldInto); a
// targetless event with no such sibling is left as it is, and so is one
// whose sibling is of another root, status or day (an act told and
// then denied, "on Friday … on Monday"), or of another source. The
// headline (sentence -1) is a sentence like any other here. events is
// in sentence order and is returned shortened in place, still in
// sentence order.
func foldTargetless(events []dyad.Event) []dyad.Event {
	gone := make([]bool, len(events))
	n := 0
	for i := range events {
		g := &events[i]
		if g.Target != nil || g.Source == nil {
			continue
		}
		for j := range events {
			e := &events[j]
			if j == i || gone[j] || e.Sentence != g.Sentence || e.Target == nil || e.Source == nil {
				continue
			}
			if e.Source.Code != g.Source.Code || e.Date != g.Date || e.Status != g.Status || !sameKind(e.CAMEO, g.CAMEO) {
				continue
			}
			if namedKindBeside(g, e) {
				continue
			}
			foldInto(e, g)
			gone[i] = true
			n++
			break
		}
	}
	if n == 0 {
		return events
	}
	return withoutGone(events, gone)
}

// namedKindBeside reports a targetless event g whose four-digit code is a
// kind under the three-digit code of the targeted event e, told by a verb
// of its own that is no participle: "Musharraf declared a state of
// emergency (1724) on Saturday, suspended the constitution (172 PAKJUD)"
// tells two acts, as W53039 codes them; a participle after the act
// restates it ("restored the dissolved parliament (0834), bowing to a
// demand of the opposition (083 NPLOPP)": one act, W26015).
func namedKindBeside(g, e *dyad.Event) bool {
	if len(g.CAMEO) != 4 || len(e.CAMEO) != 3 || g.CAMEO[:3] != e.CAMEO {
		return false
	}
	verb, _, _ := strings.Cut(e.Evidence.Verb, " ")
	return !strings.HasSuffix(strings.ToLower(verb), "ing")
}

// sameKind reports that CAMEO codes a and b name one kind of act: the
// same three-digit code ("1451" and "145"), or one an ancestor of the
// other in CAMEO's tree ("120" and "125"; cameoAncestor). Siblings under
// a root are different acts ("175" repression and "1723" a curfew).
func sameKind(a, b string) bool {
	return len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3] || cameoAncestor(a, b) || cameoAncestor(b, a)
}
