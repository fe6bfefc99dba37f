package sqlite

import (
	"encoding/json"

	"github.com/dyad-events/dyad"
)

// Bounded events: a page that tells one event in every sentence (a
// sentence repeated 700,000 times in a 40 MB file) gave an event whose
// further tellings, its Also, made 105 MB of JSON, stored in the event's
// row and its first mention's, and printed by every listing of it. A
// stored event keeps the first MaxAlso of them and their number,
// dyad.Event.AlsoTotal; every telling is a mention all the same
// (Mentions, EachMention, the API's /api/events/{id}, dyad export
// --format gdelt-mentions).

// MaxAlso is the most further tellings (dyad.Event.Also) an event carries
// in a store and in its listings (dyad events, dyad export, the API).
const MaxAlso = 20

// BoundAlso cuts an ev.Also of more than MaxAlso entries to its first
// MaxAlso and sets ev.AlsoTotal to the number of further tellings (kept
// when set already: an event read back from a store has the number it was
// stored with); an event with MaxAlso further tellings or fewer is left as
// it is (AlsoTotal 0: its Also is all of them).
func BoundAlso(ev *dyad.Event) {
	if len(ev.Also) <= MaxAlso {
		return
	}
	if ev.AlsoTotal == 0 {
		ev.AlsoTotal = len(ev.Also)
	}
	ev.Also = ev.Also[:MaxAlso:MaxAlso]
}

// StoredJSON is ev's JSON as a store keeps it, with its Also bounded
// (BoundAlso); ev itself is not changed.
func StoredJSON(ev *dyad.Event) ([]byte, error) {
	c := *ev
	BoundAlso(&c)
	return json.Marshal(&c)
}
