package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// dictWords holds the few kinds of actor-dictionary entry that rules ask
// about one word at a time (countryWord, roleWord, unaffiliatedHead), in
// dictionary order: each a short list to scan instead of the whole
// dictionary (8,710 entries), which actors.Dictionary.Lookup scans for
// every question. Built once in New from the dictionary the matcher
// indexes; read-only.
type dictWords struct {
	countries []actors.Entry // kind country or adjective with a three-letter code ("Russia", "Russian" RUS)
	roles     []actors.Entry // kind agent, not a six-letter code nor an IGO ("officials", "prosecutors")
	uaf       []actors.Entry // kind agent coded UAF ("militiamen", "gunmen")
}

// newDictWords sorts the entries of d into their lists.
func newDictWords(d *actors.Dictionary) *dictWords {
	w := &dictWords{}
	for _, e := range d.Entries {
		switch {
		case (e.Kind == actors.KindCountry || e.Kind == actors.KindAdjective) && len(e.Code) == 3:
			w.countries = append(w.countries, e)
		case e.Kind == actors.KindAgent:
			if len(e.Code) != 6 && !strings.HasPrefix(e.Code, "IGO") {
				w.roles = append(w.roles, e)
			}
			if e.Code == "UAF" {
				w.uaf = append(w.uaf, e)
			}
		}
	}
	return w
}

// dictEntry returns the first entry of list whose phrase equals phrase,
// ignoring case as actors.Dictionary.Lookup does.
func dictEntry(list []actors.Entry, phrase string) (actors.Entry, bool) {
	for _, e := range list {
		if strings.EqualFold(e.Phrase, phrase) {
			return e, true
		}
	}
	return actors.Entry{}, false
}
