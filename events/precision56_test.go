package events_test

// Session 56's precision rules on real news: constructions whose events
// the judged real-news file found wrong, with wordings invented here.

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// codeBodies codes each body as one article published on pub and checks
// its events, in eventLine's "SOURCE CAMEO TARGET status" form.
func codeBodies(t *testing.T, pub string, cases []struct {
	body []string
	want []string
}) {
	t.Helper()
	c := newCoder(t)
	for _, tt := range cases {
		a := &dyad.Article{ID: "t", Published: pub, Body: tt.body}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%q\n got: %q\nwant: %q", tt.body, got, tt.want)
		}
	}
}

// TestLaunchDoerTarget: a condemnation of "the launch" or "the test" in a
// story that coded no use or show of force before (the launch of a
// satellite is none) is aimed at the subject that launched or tested; it
// had no target. A launch no one was told to have made keeps none.
func TestLaunchDoerTarget(t *testing.T) {
	codeBodies(t, "2024-03-10", []struct {
		body []string
		want []string
	}{
		{[]string{"Iran said on Saturday it had successfully launched a research satellite into orbit.",
			"Britain, France and Germany condemned the launch on Sunday."},
			[]string{"GBR 111 IRN asserted", "FRA 111 IRN asserted", "DEU 111 IRN asserted"}},
		{[]string{"A research satellite reached orbit on Saturday.",
			"Britain condemned the launch on Sunday."},
			[]string{"GBR 111 - asserted"}},
	})
}

// TestAttackedForceState: an unnamed force or police that gunmen or
// people of one people strike ("opened fire on an army patrol", "threw
// grenades at soldiers and border police") is of the state whose forces
// the story told of acting, not the attackers' own (PSEMIL, PSECOP
// before); rebels strike their own state's forces, whatever foreign
// troops the story told of.
func TestAttackedForceState(t *testing.T) {
	codeBodies(t, "2002-01-15", []struct {
		body []string
		want []string
	}{
		{[]string{"Israeli troops raided a village near Nablus on Sunday.",
			"Palestinian gunmen opened fire on an army patrol near Nablus on Monday."},
			[]string{"ISRMIL 190 PSE asserted", "PSEUAF 193 ISRMIL asserted"}},
		{[]string{"Israeli troops raided a village near Nablus on Sunday.",
			"Palestinian gunmen threw two grenades at soldiers and border police near Nablus on Monday."},
			[]string{"ISRMIL 190 PSE asserted", "PSEUAF 183 ISRMIL asserted", "PSEUAF 183 ISRCOP asserted"}},
		{[]string{"American troops raided a village near Kunduz on Sunday.",
			"Taliban fighters opened fire on an army patrol in Kunduz on Monday."},
			[]string{"USAMIL 190 AFG asserted", "AFGREB 193 AFGMIL asserted"}},
	})
}

// TestArrestAgentState: an arrest told as a participle, an infinitive or
// a noun whose grammar gives it armed men or protesters as its source is
// the arrest of the state body the sentence names ("launched a crackdown
// on militants arresting", "police clashed with protesters as they tried
// to arrest"); rebels who arrest with their own finite verb keep it.
func TestArrestAgentState(t *testing.T) {
	codeBodies(t, "2002-01-15", []struct {
		body []string
		want []string
	}{
		{[]string{"The Palestinian Authority launched a crackdown on Islamic militants arresting 40 members of Hamas on Monday."},
			[]string{"PSEGOV 175 PSEREB asserted", "PSEGOV 173 PSEREB asserted"}},
		{[]string{"Houthi fighters placed the Yemeni president under house arrest in Sanaa on Monday."},
			[]string{"YEMREB 173 YEMGOV asserted"}},
	})
}
