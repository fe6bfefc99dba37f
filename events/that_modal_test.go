package events_test

import "testing"

// TestWarnedThatLongSubjectWouldFace checks, on sentences written for this
// test, that a warning that people would face charges threatens them with
// repression (137) when the "that" clause's subject is long (a participle
// phrase and a "during" phrase before "would face").
func TestWarnedThatLongSubjectWouldFace(t *testing.T) {
	c := newCoder(t)
	tests := []dyadCase{ // "SOURCE CAMEO TARGET" per event
		{"Peru's interior minister warned on Monday that truckers blocking roads in the south during the strike would face criminal charges.",
			[]string{"PERGOV 137 PERLAB"}},
	}
	checkDyads(t, c, "2024-07-13", tests)
}
