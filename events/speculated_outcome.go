package events

// speculatedOutcome reports an act at i told as what something could
// bring about: after a modal and a verb of causing in its clause ("arming
// the militia could lead to fresh fighting between …", "the blockade
// could prompt Egypt to close the crossing", "might trigger a naval
// blockade"). The outcome is a guess about consequences, no act of its
// actor, planned or threatened; a speaker's own warning or threat is
// coded from its verb, before the clause.
func speculatedOutcome(st *sentence, i int) bool {
	toks := st.toks
	for j := i - 1; j >= 1 && j >= i-12; j-- {
		t := toks[j]
		switch t.Lemma {
		case "lead", "trigger", "spark", "provoke", "prompt", "cause", "result", "drag", "fuel", "ignite", "unleash", "plunge":
			for k := j - 1; k >= 0 && k >= j-3; k-- {
				switch toks[k].Lower {
				case "could", "might", "may", "would", "will", "'ll", "can":
					return true
				}
				if finite(toks[k].Tag) || toks[k].Text == "," {
					break // ("could also", "might well", "could in time")
				}
			}
			return false
		}
		if t.Text == ";" || t.Text == ":" || finite(t.Tag) && !isAux(t) && j != i-1 { // (right before the act, a participle: "renewed fighting")
			return false // another clause
		}
	}
	return false
}
