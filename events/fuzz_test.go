package events_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/events"
	"github.com/dyad-events/dyad/internal/testutil"
)

// FuzzCode codes arbitrary article bodies: every event's spans lie inside
// its evidence text and its codes exist in the ontology.
func FuzzCode(f *testing.F) {
	for _, d := range testutil.Files(f, 4, "examples/*.txt", "../shared/corpora/guardian_ngec/*") {
		if len(d) > 3000 {
			d = d[:3000]
		}
		f.Add(string(d), "2024-07-13")
	}
	f.Add("North Korea's foreign ministry denounced the drills on Saturday, state media said.", "2024-07-13")
	f.Add("If Iran attacks, Israel will not retaliate, officials denied.", "")
	ont, err := cameo.Default()
	if err != nil {
		f.Fatal(err)
	}
	c, err := events.New(events.Config{Ontology: ont})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body, date string) {
		if len(body) > 64<<10 {
			return
		}
		a := &dyad.Article{ID: "fz", Published: date, Title: firstLine(body), Body: strings.Split(body, "\n")}
		var evs []dyad.Event
		testutil.Within(t, 10*time.Second, func() { evs = c.Code(a) })
		for _, ev := range evs {
			text := ev.Evidence.Text
			inside := func(what string, sp [2]int) {
				if sp[0] < 0 || sp[1] < sp[0] || sp[1] > len(text) {
					t.Fatalf("%s span %v outside evidence %q (%d bytes) in event %+v", what, sp, text, len(text), ev)
				}
			}
			inside("verb", ev.Evidence.Span)
			for _, ac := range []*dyad.Actor{ev.Source, ev.Target, ev.ReportedBy} {
				if ac != nil && ac.Span != [2]int{} {
					inside("actor "+ac.Code, ac.Span)
					if text[ac.Span[0]:ac.Span[1]] != ac.Text {
						t.Fatalf("actor Text %q != evidence[%v] %q", ac.Text, ac.Span, text[ac.Span[0]:ac.Span[1]])
					}
				}
			}
			code, ok := ont.Lookup(ev.CAMEO)
			if !ok {
				t.Fatalf("CAMEO %q not in the ontology (event %+v)", ev.CAMEO, ev)
			}
			_ = code
			if ev.CAMEORoot != cameo.Root(ev.CAMEO) || ev.QuadClass != cameo.QuadClassOf(ev.CAMEORoot) {
				t.Fatalf("root %q / quad %d do not match code %q", ev.CAMEORoot, ev.QuadClass, ev.CAMEO)
			}
		}
	})
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return ""
}
