package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/gazetteer"
)

// Venues: where a visit, a meeting or a launch happened when the sentence
// names the place as something other than "in PLACE" (locationFor).
//
//   - A visit's host named by its city is the place visited: "Turkey's
//     president visited Baghdad", "the minister travelled to Moscow"
//     (042 and 043 take Baghdad, Moscow; visitedPlace).
//   - A seat of government after "at" or "in" is its country's capital:
//     "met Joe Biden at the White House", "talks at the Kremlin"
//     (Washington, Moscow; seatPlace, from actors/data/metonyms.txt).
//   - A show of force "from PLACE" happened there: "test-fired a missile
//     from Pyongyang", "launched rockets from near Wonsan" (launchPlace).
//
// A place phrase belongs to the nearest act before it in its clause
// (placeOwned): "Ukraine accused Russia of shelling a hospital in
// Kherson" puts the alleged shelling in Kherson, not the accusation; and
// a place before a writer's aside is not the aside's ("Israel said Hamas
// fired rockets at Tel Aviv, a claim Hamas denied": the denial has no
// place).

// visitedPlace returns the city or capital a visit's host is named by:
// the target of 042 ("visited Baghdad"), the source of 043. A country
// ("visited Iraq") is returned too, with ok; the caller prefers a
// dateline inside it.
func (c *Coder) visitedPlace(st *sentence, h *verbHit, src, tgt *actors.Mention) (gazetteer.Place, bool) {
	var host *actors.Mention
	switch h.code {
	case "042":
		host = tgt
	case "043":
		host = src
	default:
		return gazetteer.Place{}, false
	}
	if host == nil || host.Text == "" || len(host.Sectors) > 0 || host.Seat {
		return gazetteer.Place{}, false // "visited the Kremlin": a seat (seatPlace); "met the Iraqi president": a person
	}
	if p, ok := c.qualifiedHost(st, host); ok {
		return p, true // "visited Birmingham, Alabama last week" (venue_qualified.go)
	}
	if host.Start >= 0 && host.Start < host.End && host.End <= len(st.toks) {
		if p, ok := c.namedPlace(st, host.Start, host.End); ok {
			return p, true
		}
	}
	return c.gaz.Lookup(strings.TrimPrefix(host.Text, "the "))
}

// seatPlace reads a seat of government named from token j ("the White
// House", "the Kremlin"): its country's capital. ok is false when no seat
// mention starts at j (after "the").
func (c *Coder) seatPlace(st *sentence, j int) (gazetteer.Place, bool) {
	if j < len(st.toks) && st.toks[j].Lower == "the" {
		j++
	}
	for _, m := range st.ments {
		if m.Seat && m.Start == j && m.Country != "" && (m.End >= len(st.toks) || !strings.HasPrefix(st.toks[m.End].Tag, "NN")) {
			// (not "in the White House readout": a thing of the seat)
			return c.gaz.Capital(m.Country)
		}
	}
	return gazetteer.Place{}, false
}

// launchPlace finds "from (near) PLACE" after a show of force (root 15):
// "test-fired a missile from Pyongyang", "launched two missiles from near
// the capital Pyongyang" — where the launch happened.
func (c *Coder) launchPlace(st *sentence, h *verbHit) (gazetteer.Place, bool) {
	if cameo.Root(h.code) != "15" {
		return gazetteer.Place{}, false
	}
	toks := st.toks
	_, hi := clauseBounds(toks, h.head)
	for k := h.end; k < hi-1 && k < h.end+8; k++ {
		if toks[k].Text == "," {
			break
		}
		if toks[k].Lower != "from" {
			continue
		}
		j := k + 1
		if j < hi && (toks[j].Lower == "near" || toks[j].Lower == "around" || toks[j].Lower == "outside") {
			j++
		}
		if j+1 < hi && toks[j].Lower == "the" && toks[j+1].Lower == "capital" {
			j += 2 // "from the capital Pyongyang"
		}
		return c.namedPlace(st, j, hi)
	}
	return gazetteer.Place{}, false
}

// placeOwned reports whether the place phrase opening at token k (its
// preposition) of h's clause is h's: false when another act of the
// sentence stands nearer before it, as what h is about (a gerund, an
// infinitive or a nominal act as h's object or after "of", "for", "to":
// "accused Russia of shelling a hospital in Kherson", "condemned the
// shelling of a hospital in Kherson") or in a clause of its own after a
// comma; and false when the place comes before h and h opens a writer's
// aside after a comma ("… fired rockets at Tel Aviv, a claim Hamas
// denied"). An act in an adjunct shares h's place: "made the pledge
// during talks with Moi in Washington".
func placeOwned(st *sentence, h *verbHit, k int) bool {
	toks := st.toks
	if inRelativeAside(toks, k, h.head) {
		return false // "Russia and Turkey, whose ministers met in Moscow, negotiated a deal" (relative_place.go)
	}
	if subjectMatterPlace(st, h, k) {
		return false // "reiterated calls to halt deployment of a missile system in South Korea" (places_country_area.go)
	}
	for i := range st.hits {
		g := &st.hits[i]
		if g.head == h.head || g.undone || g.p.has(flagSpeech) && g.p.Code == "010" {
			continue
		}
		switch {
		case h.head < g.head && g.head < k:
			if aboutAct(st, h, g) || toldAct(h, g) || commaBetween(toks, h.head, g.head) {
				return false
			}
		case g.head < k && k < h.head:
			if asideBetween(toks, k, h.head) {
				return false
			}
		}
	}
	return true
}

// aboutAct reports an act g told after h as what h is about rather than
// by a finite verb of its own: a gerund, an infinitive or a nominal act
// that is h's object ("condemned the shelling", "accused Russia of
// shelling", "urged Iran to halt", "called for strikes"), with at most
// three determiners, adjectives or names between.
func aboutAct(st *sentence, h, g *verbHit) bool {
	toks := st.toks
	t := toks[g.head]
	if !(g.p.Noun || strings.HasPrefix(t.Tag, "NN") || t.Tag == "VBG" || t.Tag == "VB") {
		return false
	}
	j := g.head - 1
	for n := 0; j >= h.end && n < 3; n++ {
		switch tg := toks[j].Tag; {
		case tg == "DT" || tg == "PRP$" || tg == "POS" || tg == "CD" || strings.HasPrefix(tg, "JJ") || tg == "NNP":
			j--
			continue
		}
		break
	}
	if j < h.end {
		return true // h's object: "condemned the shelling"
	}
	switch toks[j].Lower {
	case "of", "for", "to", "against", "over":
		return true
	}
	return false
}

// scene is where an event of intent, meeting, cooperation or aid (roots
// 03–06) that its sentence placed happened: its place, sentence, date and the countries
// of its actors (sceneFor).
type scene struct {
	loc       *dyad.Location
	sentence  int
	date      string
	countries [2]string
}

// sceneFor returns the location of ev given loc, what its own sentence
// and the dateline place it at. A verbal event (roots 01–13) that its
// sentence does not place, with no date of its own or the scene's, told
// after a sentence that placed a scene event (roots 03–06) of one of its
// actors' countries, happened there, not at the dateline (with no
// dateline, an event its sentence does not place stays unplaced): "NAIROBI - … the pledge during talks with Moi in Washington
// yesterday. … Moi thanked Camdessus for the IMF's help" is in
// Washington. An event its sentence places sets the scene.
func (ctx *articleCtx) sceneFor(ev *dyad.Event, loc *dyad.Location) *dyad.Location {
	root := ev.CAMEORoot
	if loc != nil && loc != ctx.dateline {
		if root >= "03" && root <= "06" {
			ctx.scene = &scene{loc: loc, sentence: ev.Sentence, date: ev.Date, countries: [2]string{actorCountry(ev.Source), actorCountry(ev.Target)}}
		}
		return loc
	}
	sc := ctx.scene
	if sc == nil || ctx.dateline == nil || sc.sentence >= ev.Sentence || root > "13" || ev.DateFrom != "published" && ev.Date != sc.date {
		return loc
	}
	for _, a := range [2]string{actorCountry(ev.Source), actorCountry(ev.Target)} {
		if a != "" && (a == sc.countries[0] || a == sc.countries[1]) {
			return sc.loc
		}
	}
	return loc
}

// actorCountry returns a's country, or its code for an organisation with
// none ("IGOUNOIMF"); "" for no actor.
func actorCountry(a *dyad.Actor) string {
	switch {
	case a == nil:
		return ""
	case a.Country != "":
		return a.Country
	}
	return a.Code
}

// asideBetween reports a writer's aside opening between tokens a and b:
// a comma then "a" or "an" (", a claim Hamas denied", ", a move Seoul
// condemned").
func asideBetween(toks []dyad.Token, a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if toks[k].Text == "," && (toks[k+1].Lower == "a" || toks[k+1].Lower == "an") {
			return true
		}
	}
	return false
}
